/**
 * Pathway guidance in Teams: `forløb` opens an intake card; `forløb <beskrivelse>` or a message that
 * reads as a concern about a child is classified directly. The answer card puts the acute and
 * duty-to-notify warnings first, then the Herningmodel pathway, the user's own words that led to
 * it, first steps, roles, citations and law, and a button that carries a pseudonymous summary into
 * the coordination thread form.
 *
 * Privacy: a description with a CPR number is refused before it is classified. Descriptions are
 * never stored or logged; the log gets the outcome only (pathway and warning flags).
 */
import type { CardTemplates } from '../cards/shared/cardTemplates';
import { z } from 'zod';
import { LANGUAGES } from '../../domain/shared/language';
import { containsCpr, containsCprInValue, redactCpr } from '../../domain/privacy/cpr';
import type { Logger } from '../../ports/logger';
import type { ConcernReading, PathwayGuidanceService } from '../../services/pathwayGuidance';
import type { Capability, IncomingText } from '../capability';
import { TRIAGE_QUESTION_IDS, type TriageAnswers } from '../../domain/pathways';
import {
  createPathwayCards,
  renderIntakeCard,
  type AdaptiveCardJson,
  type PathwayCards,
} from '../cards/pathway/pathwayCards';
import { PATHWAY_VERBS, TRIAGE_YES } from '../cards/pathway/verbs';
import type { Language, Texts } from '../texts';
import { cardMessage, type Turn } from '../turn/turn';

export interface PathwayCapabilityDeps {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly service: PathwayGuidanceService;
  readonly texts: (language: Language) => Texts;
  /** The municipality's official channel for written notifications (underretninger). */
  readonly notificationChannel: { readonly name: string; readonly url: string };
  readonly logger: Logger;
  /** Longest description accepted, in characters (default 4000). */
  readonly maxDescriptionLength?: number;
  /**
   * The role ids the card's "involve" suggestions (their Danish text) mean, carried into the
   * coordination form (default: none).
   */
  readonly involveRoles?: (involve: readonly string[]) => readonly string[];
  /**
   * The answer cards prepared at start-up with these texts and this channel (the wiring shares
   * them with the step-up guidance); prepared here when not given.
   */
  readonly answerCards?: PathwayCards;
}

const triageAnswer = z.enum(['yes', 'no']).optional();
const triageSchema = z
  .object({
    description: z.string().max(8000),
    lang: z.enum(LANGUAGES).optional(),
    dangerNow: triageAnswer,
    disclosure: triageAnswer,
    unexplainedInjury: triageAnswer,
  })
  .passthrough();

const intakeSchema = z
  .object({
    ageOrGrade: z.string().max(200).optional(),
    setting: z.string().max(40).optional(),
    observed: z.string().max(8000).optional(),
    lang: z.enum(LANGUAGES).optional(),
  })
  .passthrough();

/** Classifies and renders; the description lives only for the duration of this call. */
async function guidanceCard(
  deps: PathwayCapabilityDeps & { readonly answerCards: PathwayCards },
  description: string,
  requested: Language,
  logger: Logger,
  { triageAnswers, claimed }: AnswerInputs = {},
): Promise<AdaptiveCardJson> {
  const { service } = deps;
  // The service logs the outcome (pathway and warning flags) on the turn's logger: one line a turn.
  const guidance = await service.classifyReviewed(description, { triageAnswers }, logger, claimed);
  const language: Language = requested === 'en' || guidance.context.language === 'en' ? 'en' : 'da';
  return deps.answerCards.answer({
    language,
    guidance,
    warnings: service.warnings,
    summary: service.summarize(guidance, language),
    description,
    triageQuestions: service.triageQuestions,
    involveRoles: deps.involveRoles?.(guidance.involve.map((role) => role.da)),
  });
}

/** What a guidance card is made from besides the description: triage answers, the claim's reading. */
interface AnswerInputs {
  readonly triageAnswers?: TriageAnswers;
  readonly claimed?: ConcernReading;
}

/** The intake form's fields as one description; age and setting alone are not one. */
function intakeDescription(data: z.infer<typeof intakeSchema>): { description: string } {
  const told = data.observed?.trim() ?? '';
  const setting = data.setting && data.setting !== 'ukendt' ? data.setting : undefined;
  const parts = [data.ageOrGrade?.trim(), setting, told];
  return { description: told === '' ? '' : parts.filter((p): p is string => !!p).join('. ') };
}

export function createPathwayCapability(deps: PathwayCapabilityDeps): Capability<ConcernReading> {
  const { service } = deps;
  const maxLength = deps.maxDescriptionLength ?? 4000;
  const answerCards = deps.answerCards ?? createPathwayCards(deps);

  const answerFor = (description: string, requested: Language, logger: Logger, inputs?: AnswerInputs) =>
    guidanceCard({ ...deps, answerCards }, description, requested, logger, inputs);

  async function onMessage(turn: Turn, incoming: IncomingText<ConcernReading>): Promise<void> {
    const { logger, language, claim: claimed } = incoming;
    const texts = deps.texts(language);
    if (containsCpr(incoming.text)) {
      logger.info('pathway description refused', { reason: 'cpr' });
      await turn.send(texts.common.errors.cprRefused);
      return;
    }
    const description = incoming.argument.trim();
    if (description === '') {
      await turn.send(cardMessage(renderIntakeCard(deps.cardTemplates, texts.pathway, language)));
      return;
    }
    if (description.length > maxLength) {
      await turn.send(texts.common.errors.messageTooLong(maxLength));
      return;
    }
    await turn.send(cardMessage(await answerFor(description, language, logger, { claimed })));
  }

  /**
   * One path for every card that sends a description (the intake form, the triage questions): the
   * data is checked for a CPR number and its shape, the description for length, and only then is
   * it classified. `describe` turns valid data into the description and any triage answers.
   */
  async function onCardDescription<T extends { lang?: Language }>(
    turn: Turn,
    raw: unknown,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    describe: (data: T, logger: Logger) => { description: string; triageAnswers?: TriageAnswers },
  ): Promise<AdaptiveCardJson | string> {
    const logger = turn.logger;
    const parsed = schema.safeParse(raw ?? {});
    const language: Language = parsed.success && parsed.data.lang === 'en' ? 'en' : 'da';
    const texts = deps.texts(language);
    if (containsCprInValue(raw)) {
      logger.info('pathway description refused', { reason: 'cpr' });
      return texts.common.errors.cprRefused;
    }
    if (!parsed.success) return texts.common.errors.invalidCardData;
    const { description, triageAnswers } = describe(parsed.data, logger);
    if (description === '') return texts.pathway.errors.emptyDescription;
    if (description.length > maxLength) return texts.common.errors.messageTooLong(maxLength);
    return answerFor(description, language, logger, { triageAnswers });
  }

  const onIntake = (turn: Turn, raw: unknown) =>
    onCardDescription(turn, raw, intakeSchema, intakeDescription);

  /** The triage questions answered: assess the same description again with the answers. */
  const onTriage = (turn: Turn, raw: unknown) =>
    onCardDescription(turn, raw, triageSchema, (data, logger) => {
      const triageAnswers: TriageAnswers = Object.fromEntries(
        TRIAGE_QUESTION_IDS.map((id) => [id, data[id] === TRIAGE_YES]),
      );
      logger.info('pathway triage answered', {
        yes: TRIAGE_QUESTION_IDS.filter((id) => triageAnswers[id]).length,
      });
      return { description: data.description.trim(), triageAnswers };
    });

  return {
    id: 'pathway',
    onMessage,
    // A CPR number is masked before the check, and onMessage then refuses the message. The reading
    // made here comes back to onMessage as the claim: the classifier is asked once a turn.
    claimsFreeText: (text: string) => service.readAsConcern(redactCpr(text)),
    routes: { cardActions: { [PATHWAY_VERBS.classify]: onIntake, [PATHWAY_VERBS.triage]: onTriage } },
  };
}
