import type { TurnContext } from '../../turnContext';
import type { AdaptiveCardJson } from '../../cards/updates/updatesCards';

/** One card verb: this user's card, or a message that replaces it. */
export type VerbHandler = (context: TurnContext, data: unknown) => Promise<AdaptiveCardJson | string>;
