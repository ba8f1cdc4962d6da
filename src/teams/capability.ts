import type { Logger } from '../ports/logger';
import type { Language } from './texts';
import type { CapabilityRoutes } from './turn/routes';
import type { Turn } from './turn/turn';

/**
 * What the router knows about an incoming text message after mention removal and trimming. `Claim`
 * is what the capability's claimsFreeText learnt while claiming it.
 */
export interface IncomingText<Claim = unknown> {
  /** The text with the bot @mention removed and whitespace trimmed. */
  readonly text: string;
  /** The text after the command keyword (e.g. after "forløb"), trimmed; equals `text` for plain messages. */
  readonly argument: string;
  readonly language: Language;
  /** Logger bound to this turn's correlation id. */
  readonly logger: Logger;
  /** What claimsFreeText returned for this message; absent for a command. */
  readonly claim?: Claim;
}

/**
 * One product capability as seen by the Teams layer. Each lives in its own handler module under
 * src/teams/handlers/, works with the SDK-free turn port, and is plugged into the router in app.ts.
 */
export interface Capability<Claim = unknown> {
  readonly id: CapabilityId;
  /** Handles a text message routed to this capability (its command, or free text it claimed). */
  onMessage(turn: Turn, incoming: IncomingText<Claim>): Promise<void>;
  /**
   * Optional: claims free text that is not a command (e.g. a description that reads as a concern
   * about a child is claimed by pathway guidance before it falls through to the policy Q&A). What it
   * returns (undefined: not claimed) reaches onMessage as `incoming.claim`, so the work of deciding
   * is not done again.
   */
  claimsFreeText?(text: string): Promise<Claim | undefined>;
  /** Optional: card verbs, message extension commands, feedback and file consent it answers. */
  readonly routes?: CapabilityRoutes;
}

export type CapabilityId =
  'help' | 'policyQuestion' | 'pathway' | 'coordination' | 'knowledgeUpdates' | 'questions';
