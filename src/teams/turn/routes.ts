/**
 * What a capability answers besides text messages, as plain tables: Action.Execute verbs, message
 * extension search commands and Teams' feedback form. app.ts registers them with the SDK in one place.
 */
import type { AdaptiveCardJson, Turn, TurnAttachment } from './turn';

/**
 * One Action.Execute verb: the clicking user's own card, or a message that replaces it. Only the
 * clicking user gets the answer; what everyone in a chat or channel sees is changed by services.
 */
export type CardAction = (turn: Turn, data: unknown) => Promise<AdaptiveCardJson | string>;

/** A search query from a message extension command. */
export interface SearchQuery {
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly skip: number;
  readonly count: number;
}

/** A search result item: the card inserted into the chat and its preview in the result list. */
export type SearchResultItem = TurnAttachment & { readonly preview: TurnAttachment };

export type SearchResult =
  | { readonly type: 'message'; readonly text: string }
  | {
      readonly type: 'result';
      readonly attachmentLayout: 'list';
      readonly attachments: readonly SearchResultItem[];
    };

export type SearchCommand = (turn: Turn, query: SearchQuery) => Promise<SearchResult>;

/** What Teams' feedback form (thumbs up/down with a comment) sends. */
export interface FeedbackSubmission {
  readonly actionValue?: {
    readonly reaction?: string;
    readonly feedback?: unknown;
  };
}

export type FeedbackHandler = (turn: Turn, submission: FeedbackSubmission) => Promise<void>;

/**
 * Teams' file consent card answered: `accept` gets the upload session (context and uploadInfo),
 * `decline` the context. Teams waits for the handler before it shows the outcome.
 */
export interface FileConsentHandlers {
  accept(turn: Turn, response: unknown): Promise<void>;
  decline(turn: Turn, response: unknown): Promise<void>;
}

export interface CapabilityRoutes {
  /** Action.Execute verb -> handler. */
  readonly cardActions?: Readonly<Record<string, CardAction>>;
  /** Message extension command id -> search. */
  readonly searchCommands?: Readonly<Record<string, SearchCommand>>;
  /** Teams' feedback form on the bot's messages (one capability may claim it). */
  readonly feedback?: FeedbackHandler;
  /** Teams' file consent card (one capability may claim it). */
  readonly fileConsent?: FileConsentHandlers;
}
