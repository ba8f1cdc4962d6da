/**
 * Feedback on answers (thumbs up/down with an optional comment), stored for review on the Storage
 * port's document store in the collection `feedback`.
 *
 * What is stored: the reaction, the comment with CPR numbers redacted, the id of the answer message
 * the feedback refers to, the kind of conversation and the time. Never the user's name or id, never
 * the conversation id.
 */
import { randomUUID } from 'node:crypto';
import { redactCpr } from '../../domain/privacy/cpr';
import {
  RECORDED_CONVERSATION_KINDS,
  type RecordedConversationKind,
} from '../../domain/shared/conversationKind';
import type { Clock } from '../../ports/clock';
import type { Storage } from '../../ports/storage';

export const FEEDBACK_COLLECTION = 'feedback';
export const MAX_COMMENT_LENGTH = 1000;

export type FeedbackReaction = 'like' | 'dislike';
/** Where the feedback came from: Teams' built-in feedback buttons or the fallback card. */
export type FeedbackChannel = 'feedbackLoop' | 'card';

export interface FeedbackInput {
  readonly reaction: FeedbackReaction;
  readonly comment?: string;
  /** Id of the bot message the feedback is about. */
  readonly replyToId?: string;
  readonly conversationType: RecordedConversationKind;
  readonly channel: FeedbackChannel;
}

export interface FeedbackEntry {
  readonly id: string;
  readonly reaction: FeedbackReaction;
  /** CPR-redacted and trimmed; absent when the user wrote nothing. */
  readonly comment?: string;
  readonly replyToId?: string;
  readonly conversationType: RecordedConversationKind;
  readonly channel: FeedbackChannel;
  /** ISO 8601 */
  readonly timestamp: string;
}

export interface FeedbackQuery {
  /** Only entries at or after this time. */
  readonly since?: Date;
  readonly reaction?: FeedbackReaction;
  /** Newest first; at most this many. */
  readonly limit?: number;
}

export interface FeedbackSummary {
  readonly total: number;
  readonly likes: number;
  readonly dislikes: number;
  readonly withComment: number;
}

export interface FeedbackService {
  record(input: FeedbackInput): Promise<FeedbackEntry>;
  /** Entries for review, newest first. */
  list(query?: FeedbackQuery): Promise<FeedbackEntry[]>;
  summarize(query?: Omit<FeedbackQuery, 'limit'>): Promise<FeedbackSummary>;
}

export class InvalidFeedbackError extends Error {
  readonly code = 'INVALID_FEEDBACK';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFeedbackError';
  }
}

export interface FeedbackServiceDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  /** Defaults to a random UUID. */
  readonly newId?: () => string;
}

const REACTIONS: readonly FeedbackReaction[] = ['like', 'dislike'];
const CHANNELS: readonly FeedbackChannel[] = ['feedbackLoop', 'card'];
/** Message ids are opaque; keep them short and printable. */
const REPLY_TO_ID = /^[\w:@.|;=,-]{1,200}$/;

/** Time prefix that sorts lexically in time order and is a valid storage name. */
function timeKey(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function cleanComment(comment: string | undefined): string | undefined {
  if (comment === undefined) return undefined;
  const redacted = redactCpr(comment.normalize('NFC')).trim();
  if (redacted === '') return undefined;
  return redacted.length > MAX_COMMENT_LENGTH ? `${redacted.slice(0, MAX_COMMENT_LENGTH - 1)}…` : redacted;
}

export function createFeedbackService(deps: FeedbackServiceDeps): FeedbackService {
  const newId = deps.newId ?? randomUUID;

  async function list(query: FeedbackQuery = {}): Promise<FeedbackEntry[]> {
    const documents = await deps.storage.documents.list<FeedbackEntry>(FEEDBACK_COLLECTION);
    const since = query.since?.getTime();
    const entries = documents
      .map((doc) => doc.value)
      .filter((entry) => since === undefined || Date.parse(entry.timestamp) >= since)
      .filter((entry) => query.reaction === undefined || entry.reaction === query.reaction)
      .sort((a, b) =>
        a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : b.id.localeCompare(a.id),
      );
    return query.limit === undefined ? entries : entries.slice(0, Math.max(0, query.limit));
  }

  return {
    async record(input) {
      if (!REACTIONS.includes(input.reaction)) throw new InvalidFeedbackError('Unknown reaction');
      if (!RECORDED_CONVERSATION_KINDS.includes(input.conversationType)) {
        throw new InvalidFeedbackError('Unknown conversation type');
      }
      if (!CHANNELS.includes(input.channel)) throw new InvalidFeedbackError('Unknown feedback channel');
      const now = deps.clock.now();
      const id = `${timeKey(now)}-${newId()}`;
      const comment = cleanComment(input.comment);
      const replyToId =
        input.replyToId !== undefined && REPLY_TO_ID.test(input.replyToId) ? input.replyToId : undefined;
      const entry: FeedbackEntry = {
        id,
        reaction: input.reaction,
        ...(comment !== undefined ? { comment } : {}),
        ...(replyToId !== undefined ? { replyToId } : {}),
        conversationType: input.conversationType,
        channel: input.channel,
        timestamp: now.toISOString(),
      };
      await deps.storage.documents.put(FEEDBACK_COLLECTION, id, entry, { ifNoneMatch: '*' });
      return entry;
    },
    list,
    async summarize(query = {}) {
      const entries = await list(query);
      return {
        total: entries.length,
        likes: entries.filter((e) => e.reaction === 'like').length,
        dislikes: entries.filter((e) => e.reaction === 'dislike').length,
        withComment: entries.filter((e) => e.comment !== undefined).length,
      };
    },
  };
}
