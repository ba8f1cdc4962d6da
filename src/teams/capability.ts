import type { Logger } from '../ports/logger';
import type { Language } from './texts';
import type { CapabilityRoutes } from './turn/routes';
import type { Turn } from './turn/turn';

/** What the router knows about an incoming text message after mention removal and trimming. */
export interface IncomingText {
  /** The text with the bot @mention removed and whitespace trimmed. */
  readonly text: string;
  /** The text after the command keyword (e.g. after "forløb"), trimmed; equals `text` for plain messages. */
  readonly argument: string;
  readonly language: Language;
  /** Logger bound to this turn's correlation id. */
  readonly logger: Logger;
}

/**
 * One product capability as seen by the Teams layer. Each lives in its own handler module under
 * src/teams/handlers/, works with the SDK-free turn port, and is plugged into the router in app.ts.
 */
export interface Capability {
  readonly id: CapabilityId;
  /** Handles a text message routed to this capability (its command, or free text it claimed). */
  onMessage(turn: Turn, incoming: IncomingText): Promise<void>;
  /**
   * Optional: claims free text that is not a command (e.g. a description that reads as a concern
   * about a child is claimed by pathway guidance before it falls through to the policy Q&A).
   */
  claimsFreeText?(text: string): Promise<boolean>;
  /** Optional: card verbs, message extension commands, feedback and file consent it answers. */
  readonly routes?: CapabilityRoutes;
}

export type CapabilityId =
  'help' | 'policyQuestion' | 'pathway' | 'coordination' | 'knowledgeUpdates' | 'questions';
