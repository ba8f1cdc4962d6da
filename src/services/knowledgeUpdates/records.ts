import type { KnowledgePost } from '../../domain/updates';

export const POSTS = 'updates';
export const ACKS = 'update-acks';
export const DELIVERIES = 'update-deliveries';

/**
 * One record per (post, channel), written BEFORE each send attempt (state 'sending') and AFTER it
 * ('delivered', 'pending' for a retry, or 'failed'). Claiming a record for a send is an
 * etag-guarded write, so two workers or instances can never both send the same copy. A record
 * left in 'sending' by a crash becomes 'unconfirmed' and is NOT resent: the Bot Connector has no
 * idempotency key, so at-most-once is the only way to promise "never twice"; the author sees
 * the channel listed as unconfirmed.
 */
export type DeliveryState = 'pending' | 'sending' | 'delivered' | 'failed' | 'unconfirmed';

export interface DeliveryRecord {
  readonly postId: string;
  readonly audienceId: string;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly sendingSince?: string;
  readonly conversationId?: string;
  readonly activityId?: string;
  /** Post version shown by this copy; edit/retract update copies whose version is older. */
  readonly renderedVersion?: number;
  /** True once the copy shows the "trukket tilbage" card. */
  readonly withdrawn?: boolean;
  readonly lastError?: string;
  readonly updatedAt: string;
}

export interface DeliveryFailure {
  readonly audienceId: string;
  readonly name: string;
  readonly reason: string;
}

export interface DeliveryReport {
  readonly postId: string;
  readonly total: number;
  readonly delivered: readonly string[];
  readonly failed: readonly DeliveryFailure[];
  readonly unconfirmed: readonly string[];
  readonly pending: readonly string[];
  /** Attempts beyond the first, over all channels (this run). */
  readonly retries: number;
  readonly throttled: number;
}

export function deliveryId(postId: string, audienceId: string): string {
  return `${postId}.${audienceId}`;
}

export interface StoredPost {
  readonly post: KnowledgePost;
  readonly etag: string;
}
