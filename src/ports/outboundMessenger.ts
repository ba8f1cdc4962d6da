/**
 * Sending messages outside the current turn (proactive): new channel threads, reminders, updates
 * posted to many channels, and in-place updates of earlier cards. Implemented in the Teams layer;
 * services depend only on this port.
 */
export interface ConversationAddress {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId?: string;
}

export interface Mention {
  /** Teams user id (29:...) or AAD object id */
  readonly id: string;
  readonly name: string;
}

export interface OutboundMessage {
  readonly text?: string;
  /** An expanded Adaptive Card (JSON object). */
  readonly card?: Record<string, unknown>;
  readonly mentions?: readonly Mention[];
  /** Further attachments after the card (e.g. a Teams file consent card in a 1:1 chat). */
  readonly attachments?: readonly {
    readonly contentType: string;
    readonly content: unknown;
    readonly name?: string;
  }[];
}

export interface PostedMessage {
  readonly conversationId: string;
  readonly activityId: string;
}

export interface OutboundMessenger {
  /** Starts a new reply chain in a Teams channel (channelId is the 19:...@thread.tacv2 id). */
  startChannelThread(
    serviceUrl: string,
    channelId: string,
    message: OutboundMessage,
    tenantId?: string,
  ): Promise<PostedMessage>;
  post(address: ConversationAddress, message: OutboundMessage): Promise<PostedMessage>;
  update(address: ConversationAddress, activityId: string, message: OutboundMessage): Promise<void>;
  remove(address: ConversationAddress, activityId: string): Promise<void>;
}

/** A person the bot writes to in their own 1:1 chat (a daily digest). */
export interface DirectRecipient {
  readonly serviceUrl: string;
  /** Teams user id (29:...). */
  readonly userId: string;
  readonly tenantId?: string;
}

/** Messages to one person in their 1:1 chat with the bot (opened, or found, by the connector). */
export interface DirectMessenger {
  postToUser(recipient: DirectRecipient, message: OutboundMessage): Promise<PostedMessage>;
}

/** Thrown by OutboundMessenger when Teams throttles (HTTP 429); retryAfterMs from Retry-After. */
export class RateLimitedError extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterMs: number | undefined) {
    super('Rate limited by the Bot Connector service');
    this.name = 'RateLimitedError';
  }
}

/** Thrown by OutboundMessenger for other failures; `retryable` for 5xx and network errors. */
export class DeliveryError extends Error {
  readonly code = 'DELIVERY_FAILED';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
