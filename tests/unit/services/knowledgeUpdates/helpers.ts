import type { KnowledgePost } from '../../../../src/domain/updates';
import type { Clock } from '../../../../src/ports/clock';
import type { Logger } from '../../../../src/ports/logger';
import type {
  ConversationAddress,
  OutboundMessage,
  OutboundMessenger,
  PostedMessage,
} from '../../../../src/ports/outboundMessenger';
import type { DeliveryReport, UpdateCardRenderer } from '../../../../src/services/knowledgeUpdates';

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

export class TestClock implements Clock {
  constructor(private time: number) {}
  now(): Date {
    return new Date(this.time);
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

/** A plain renderer: the service only needs some card per post and count. */
export const plainRenderer: UpdateCardRenderer = {
  channelCard: (post: KnowledgePost, ackCount: number) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `${post.title} v${post.version} (${ackCount})` }],
  }),
  withdrawnCard: (post: KnowledgePost) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `trukket tilbage ${post.id}` }],
  }),
  deliveryReportCard: (post: KnowledgePost, report: DeliveryReport) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        text: `rapport ${post.id}: ${report.delivered.length}/${report.total}; fejl: ${report.failed.map((f) => f.audienceId).join(',')}`,
      },
    ],
  }),
};

type Step = (call: { method: string; target: string; attempt: number }) => Error | undefined;

/** Records calls in memory; `fail` decides per call whether it throws (before anything is stored). */
export class RecordingMessenger implements OutboundMessenger {
  readonly posts = new Map<string, number>();
  readonly cards = new Map<string, Record<string, unknown> | undefined>();
  readonly updates: { conversationId: string; text: string }[] = [];
  readonly removes: string[] = [];
  private readonly attempts = new Map<string, number>();
  private next = 1;

  constructor(private readonly fail: Step = () => undefined) {}

  private check(method: string, target: string): void {
    const key = `${method} ${target}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    const error = this.fail({ method, target, attempt });
    if (error) throw error;
  }

  async startChannelThread(
    _serviceUrl: string,
    channelId: string,
    message: OutboundMessage,
  ): Promise<PostedMessage> {
    this.check('POST', channelId);
    this.posts.set(channelId, (this.posts.get(channelId) ?? 0) + 1);
    const id = String(this.next++);
    const conversationId = `${channelId};messageid=${id}`;
    this.cards.set(conversationId, message.card);
    return { conversationId, activityId: id };
  }

  readonly direct: { conversationId: string; text: string }[] = [];

  async post(address: ConversationAddress, message: OutboundMessage): Promise<PostedMessage> {
    this.check('DIRECT', address.conversationId);
    this.direct.push({
      conversationId: address.conversationId,
      text: JSON.stringify(message.card ?? message.text),
    });
    return { conversationId: address.conversationId, activityId: String(this.next++) };
  }

  async update(address: ConversationAddress, _activityId: string, message: OutboundMessage): Promise<void> {
    this.check('PUT', address.conversationId);
    this.cards.set(address.conversationId, message.card);
    this.updates.push({ conversationId: address.conversationId, text: JSON.stringify(message.card) });
  }

  async remove(address: ConversationAddress): Promise<void> {
    this.removes.push(address.conversationId);
  }

  cardText(conversationId: string): string {
    return JSON.stringify(this.cards.get(conversationId));
  }
}
