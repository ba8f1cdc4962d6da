/**
 * The turn port: what a capability sees of one incoming activity and what it may do in reply,
 * without the Teams SDK. Handlers take a `Turn` and return verb tables (`CapabilityRoutes`); only
 * the SDK adapter (./sdkTurn.ts) builds a `Turn` from botbuilder's TurnContext, and only app.ts
 * registers the routes with teams-ai. A move to a newer Teams SDK replaces those two files.
 */
import type { ConversationKind } from '../../domain/shared/conversationKind';
import type { Logger } from '../../ports/logger';
import type { AdaptiveCardJson } from '../cards/shared/expandTemplate';

export type { AdaptiveCardJson };

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const THUMBNAIL_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';

/** A file or card attached to an activity, in or out. */
export interface TurnAttachment {
  readonly contentType: string;
  readonly content?: unknown;
  readonly name?: string;
  /** Where the file lives (a file info card after an upload). */
  readonly contentUrl?: string;
}

/** The incoming activity as the handlers read it: plain data, no SDK types. */
export interface TurnActivity {
  /** `message`, `invoke`, `conversationUpdate`, ... */
  readonly type: string;
  /** `msteams` in Teams; `webchat`, `directline`, ... elsewhere. */
  readonly channelId?: string;
  /** The text as sent (HTML and @mentions included); the router hands handlers the plain text. */
  readonly text?: string;
  readonly value?: unknown;
  readonly locale?: string;
  /** The message a card action or feedback refers to. */
  readonly replyToId?: string;
  readonly serviceUrl?: string;
  readonly conversation: {
    readonly id?: string;
    /** Personal, group chat or channel, read the same way everywhere. */
    readonly kind: ConversationKind;
    /** Teams' own `conversationType` as sent (may be missing outside Teams). */
    readonly type?: string;
    readonly isGroup?: boolean;
    /** From channelData.tenant, else the conversation. */
    readonly tenantId?: string;
  };
  readonly from: { readonly id?: string; readonly aadObjectId?: string; readonly name?: string };
  readonly attachments: readonly TurnAttachment[];
}

/** A suggested action above the compose box (imBack). */
export interface SuggestedAction {
  readonly type: 'imBack';
  readonly title: string;
  readonly value: string;
}

/** A message the bot sends: text (Markdown), cards, citation entities, Teams' channel data. */
export interface OutgoingMessage {
  text?: string;
  textFormat?: 'markdown' | 'plain';
  attachments?: TurnAttachment[];
  entities?: readonly unknown[];
  channelData?: Record<string, unknown>;
  suggestedActions?: { readonly actions: readonly SuggestedAction[] };
}

/** A member of the conversation as the Teams roster knows them. */
export interface ConversationMember {
  readonly aadObjectId: string;
  readonly teamsUserId?: string;
  readonly name?: string;
  readonly upn?: string;
}

/** One turn: the activity, this turn's logger, and the replies a handler may make. */
export interface Turn {
  readonly activity: TurnActivity;
  /** Logger bound to this turn's correlation id. */
  readonly logger: Logger;
  /** Sends a message into the conversation; returns the id Teams gave it. */
  send(message: string | OutgoingMessage): Promise<{ readonly id?: string }>;
  /** Replaces an earlier message of the bot's in this conversation. */
  update(activityId: string, message: OutgoingMessage): Promise<void>;
  /** Deletes an earlier message of the bot's in this conversation. */
  delete(activityId: string): Promise<void>;
  /** The caller's UPN from the Teams roster; undefined when it cannot be read. */
  callerUpn(): Promise<string | undefined>;
  /**
   * A member of this conversation by Entra object id, UPN/e-mail or Teams id (works in channels
   * and group chats the person belongs to); undefined when unknown or the roster cannot be read.
   */
  member(id: string): Promise<ConversationMember | undefined>;
  /** Up to `limit` members of this team or group chat (without UPN); empty when it cannot be read. */
  members(limit: number): Promise<readonly ConversationMember[]>;
}

/** An Adaptive Card as an attachment. */
export function adaptiveCardAttachment(card: AdaptiveCardJson): TurnAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** A message that holds one Adaptive Card. */
export function cardMessage(card: AdaptiveCardJson): OutgoingMessage {
  return { attachments: [adaptiveCardAttachment(card)] };
}
