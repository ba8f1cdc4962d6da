import type { Actor } from '../../domain/shared/actor';
import type {
  Acknowledgement,
  AudienceDirectory,
  KnowledgePost,
  PublisherDirectory,
} from '../../domain/updates';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessenger } from '../../ports/outboundMessenger';
import type { Storage } from '../../ports/storage';
import type { KnowledgeUpdateSink } from '../contracts';
import type { DeliveryOptions } from './delivery';
import type { DeliveryReport } from './records';
import type { Sleep } from './retry';

/** Turns posts into the expanded Adaptive Cards the channels show. Implemented in the Teams layer. */
export interface UpdateCardRenderer {
  /** The shared card in every audience channel (no personal data: only the count). */
  channelCard(post: KnowledgePost, ackCount: number): Record<string, unknown>;
  /** Replaces every copy when the author retracts the post. */
  withdrawnCard(post: KnowledgePost): Record<string, unknown>;
  /** Sent to the author's 1:1 chat when a delivery run ends (which channels got it, which failed). */
  deliveryReportCard(post: KnowledgePost, report: DeliveryReport): Record<string, unknown>;
}

/**
 * The person behind an updates turn: the shared Actor (whose `id` keys authorship and
 * acknowledgements), plus the object id and UPN the publisher directory matches and the reply
 * address a delivery report goes to.
 */
export interface UpdatesActor extends Actor, UserIdentity {
  /** The caller's 1:1 chat with the bot, when the turn came from there. */
  readonly replyAddress?: {
    readonly serviceUrl: string;
    readonly conversationId: string;
    readonly tenantId?: string;
  };
}

export interface KnowledgeUpdatesDeps {
  readonly storage: Storage;
  readonly messenger: OutboundMessenger;
  readonly renderer: UpdateCardRenderer;
  readonly publishers: PublisherDirectory;
  readonly audiences: AudienceDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly knowledgeSink?: KnowledgeUpdateSink;
  readonly tenantId?: string;
  readonly defaultServiceUrl?: string;
  readonly delivery?: Partial<DeliveryOptions>;
  /** Debounce for updating the count on channel copies (default 5 s). */
  readonly ackRefreshDelayMs?: number;
  /** How old the count on a reader's own card may be (default 3 s); see cachedAckCount. */
  readonly ackCountCacheMs?: number;
  /** IANA zone for times in the CSV (default Europe/Copenhagen). */
  readonly timeZone?: string;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly newId?: () => string;
}

export interface PostView {
  readonly post: KnowledgePost;
  readonly ackCount: number;
  readonly isAuthor: boolean;
  readonly myAcknowledgement?: Acknowledgement;
  /** Only for the author. */
  readonly acknowledgements?: readonly Acknowledgement[];
  /** Only for the author of a published or retracted post. */
  readonly delivery?: DeliveryReport;
}

export interface AckResult extends PostView {
  readonly alreadyAcknowledged: boolean;
}
