import { COORDINATION_VERBS } from '../coordination/verbs';

/** Every Action.Execute verb the pathway cards use. A test checks each one has a handler. */
export const PATHWAY_VERBS = {
  /** The intake card's submit button (handled by the pathway capability). */
  classify: 'pathway.classify',
  /** The answer card's triage questions: assess again with the answers. */
  triage: 'pathway.triage',
} as const;

/** A triage toggle sends "yes" when ticked: only a yes raises a warning. */
export const TRIAGE_YES = 'yes';

/** The answer card's "Start koordineringstråd" button (handled by the coordination capability). */
export const PREFILL_VERB = COORDINATION_VERBS.prefill;
