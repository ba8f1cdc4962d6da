import type { KnowledgePost } from '../../domain/updates';
import type { OutboundMessage } from '../../ports/outboundMessenger';
import type { StoredDocument } from '../../ports/storage';
import type { DeliveryDeps } from './delivery';
import { forEachLimited, type DeliveryRecords } from './deliveryRecords';
import type { DeliveryFailure, DeliveryRecord, DeliveryReport } from './records';
import { decideOnFailure, SendGate } from './retry';

/** Sending a published post to its channels, and the report of where it arrived. */
export interface Sending {
  /** Delivers (or resumes delivering) a published post to every audience channel. */
  deliver(post: KnowledgePost, message: OutboundMessage): Promise<DeliveryReport>;
  /** Where the post stands now, without sending. */
  report(post: KnowledgePost): Promise<DeliveryReport>;
}

/** One delivery run's pacing and counts, shared by all its channels. */
interface DeliveryRun {
  readonly gate: SendGate;
  retries: number;
  throttled: number;
}

export function createSending(deps: DeliveryDeps, records: DeliveryRecords): Sending {
  const { messenger, clock, logger, options } = deps;
  const iso = () => clock.now().toISOString();

  /** Creates the missing 'pending' records of a post (idempotent). */
  async function ensureRecords(post: KnowledgePost): Promise<void> {
    for (const audienceId of post.audienceIds) {
      if (await records.read(post.id, audienceId)) continue;
      const audience = deps.audiences.get(audienceId);
      const serviceUrl = audience?.serviceUrl ?? deps.defaultServiceUrl ?? '';
      await records.write(
        {
          postId: post.id,
          audienceId,
          state: audience && serviceUrl ? 'pending' : 'failed',
          attempts: 0,
          serviceUrl,
          channelId: audience?.channelId ?? '',
          ...(audience && serviceUrl ? {} : { lastError: 'unknown-channel' }),
          updatedAt: iso(),
        },
        undefined,
      );
    }
  }

  /** A 'sending' record: another worker's send in progress, or a crash's leftover. */
  async function settleSending(current: StoredDocument<DeliveryRecord>): Promise<void> {
    const record = current.value;
    const since = record.sendingSince ? Date.parse(record.sendingSince) : 0;
    if (clock.now().getTime() - since < options.staleSendingMs) return; // another worker is on it
    // Left by a crash between the send and the write after it: it may have arrived.
    await records.write({ ...record, state: 'unconfirmed', updatedAt: iso() }, current.etag);
    logger.warn('update delivery unconfirmed', { postId: record.postId, audienceId: record.audienceId });
  }

  /** One send of a claimed copy; returns the pause before the next attempt, or undefined when done. */
  async function attemptSend(
    post: KnowledgePost,
    message: OutboundMessage,
    claimed: StoredDocument<DeliveryRecord>,
    run: DeliveryRun,
  ): Promise<number | undefined> {
    const record = claimed.value;
    try {
      const posted = await messenger.startChannelThread(
        record.serviceUrl,
        record.channelId,
        message,
        deps.tenantId,
      );
      const { sendingSince: _s, lastError: _e, ...rest } = record;
      await records.write(
        {
          ...rest,
          state: 'delivered',
          conversationId: posted.conversationId,
          activityId: posted.activityId,
          renderedVersion: post.version,
          updatedAt: iso(),
        },
        claimed.etag,
      );
      return undefined;
    } catch (error) {
      const decision = decideOnFailure(error, record.attempts, options.retry, deps.random);
      if (decision.throttled) {
        run.throttled++;
        run.gate.pause(decision.delayMs);
      }
      const { sendingSince: _s, ...rest } = record;
      const state = decision.retry ? 'pending' : 'failed';
      await records.write({ ...rest, state, lastError: decision.reason, updatedAt: iso() }, claimed.etag);
      logger.info('update delivery attempt failed', {
        postId: post.id,
        audienceId: record.audienceId,
        attempt: record.attempts,
        reason: decision.reason,
        willRetry: decision.retry,
      });
      return decision.retry ? decision.delayMs : undefined;
    }
  }

  async function sendOne(
    post: KnowledgePost,
    audienceId: string,
    message: OutboundMessage,
    run: DeliveryRun,
  ): Promise<void> {
    for (;;) {
      const current = await records.read(post.id, audienceId);
      if (!current) return;
      const record = current.value;
      if (record.state === 'sending') return settleSending(current);
      if (record.state !== 'pending') return;

      await run.gate.waitTurn();
      const attempt = record.attempts + 1;
      const claimed = await records.write(
        { ...record, state: 'sending', attempts: attempt, sendingSince: iso(), updatedAt: iso() },
        current.etag,
      );
      if (!claimed) return; // someone else claimed this copy
      if (attempt > 1) run.retries++;
      const pauseMs = await attemptSend(post, message, claimed, run);
      if (pauseMs === undefined) return;
      await deps.sleep(pauseMs);
    }
  }

  async function report(post: KnowledgePost, run: Omit<DeliveryRun, 'gate'>): Promise<DeliveryReport> {
    const delivered: string[] = [];
    const failed: DeliveryFailure[] = [];
    const unconfirmed: string[] = [];
    const pending: string[] = [];
    for (const { value } of await records.listFor(post.id)) {
      if (value.state === 'delivered') delivered.push(value.audienceId);
      else if (value.state === 'failed')
        failed.push({
          audienceId: value.audienceId,
          name: deps.audiences.get(value.audienceId)?.name ?? value.audienceId,
          reason: value.lastError ?? 'error',
        });
      else if (value.state === 'unconfirmed') unconfirmed.push(value.audienceId);
      else pending.push(value.audienceId);
    }
    return {
      postId: post.id,
      total: post.audienceIds.length,
      delivered,
      failed,
      unconfirmed,
      pending,
      retries: run.retries,
      throttled: run.throttled,
    };
  }

  return {
    async deliver(post, message) {
      await ensureRecords(post);
      const gate = new SendGate(deps.monotonicNow, deps.sleep, options.sendsPerSecond);
      const run: DeliveryRun = { gate, retries: 0, throttled: 0 };
      await forEachLimited(post.audienceIds, options.concurrency, (audienceId) =>
        sendOne(post, audienceId, message, run),
      );
      const result = await report(post, run);
      logger.info('update delivery finished', {
        postId: post.id,
        total: result.total,
        delivered: result.delivered.length,
        failed: result.failed.length,
        unconfirmed: result.unconfirmed.length,
        retries: result.retries,
      });
      return result;
    },

    report: (post) => report(post, { retries: 0, throttled: 0 }),
  };
}
