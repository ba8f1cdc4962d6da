import type { Turn } from '../../turn/turn';
import type { AdaptiveCardJson } from '../../cards/updates/updatesCards';

/** One card verb: this user's card, or a message that replaces it. */
export type VerbHandler = (turn: Turn, data: unknown) => Promise<AdaptiveCardJson | string>;
