import type { AudienceDirectory, KnowledgePost } from '../../domain/updates';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessage, OutboundMessenger } from '../../ports/outboundMessenger';
import { ConcurrencyConflictError, type Storage, type StoredDocument } from '../../ports/storage';
import { decideOnFailure, DEFAULT_RETRY_POLICY, SendGate, type RetryPolicy, type Sleep } from './retry';
import {
  DELIVERIES,
  deliveryId,
  type DeliveryFailure,
  type DeliveryRecord,
  type DeliveryReport,
} from './records';

export interface DeliveryOptions {
  readonly retry: RetryPolicy;
  /** Channels worked on at the same time. */
  readonly concurrency: number;
  /** Pacing across all channels of one run. */
  readonly sendsPerSecond: number;
  /** A 'sending' record older than this was left by a crash (longer than any HTTP timeout). */
  readonly staleSendingMs: number;
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  retry: DEFAULT_RETRY_POLICY,
  concurrency: 8,
  /** Teams allows about 50 requests per second per bot and tenant; stay well below. */
  sendsPerSecond: 30,
  staleSendingMs: 2 * 60 * 1000,
};

export interface DeliveryDeps {
  readonly storage: Storage;
  readonly messenger: OutboundMessenger;
  readonly audiences: AudienceDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sleep: Sleep;
  readonly random: () => number;
  /** Monotonic milliseconds for pacing and Retry-After pauses (not the business clock). */
  readonly monotonicNow: () => number;
  readonly tenantId?: string;
  readonly defaultServiceUrl?: string;
  readonly options: DeliveryOptions;
}

interface RunCounters {
  retries: number;
  throttled: number;
}

/** Runs `work` over items with at most `limit` in flight. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(workers);
}

export function createDeliveryEngine(deps: DeliveryDeps) {
  const { storage, messenger, clock, logger, options } = deps;
  const docs = storage.documents;
  const now = () => clock.now().getTime();
  const iso = () => clock.now().toISOString();

  async function readRecord(postId: string, audienceId: string) {
    return docs.get<DeliveryRecord>(DELIVERIES, deliveryId(postId, audienceId));
  }

  /** Conditional write; undefined when someone else changed the record first. */
  async function writeRecord(
    record: DeliveryRecord,
    etag: string | undefined,
  ): Promise<StoredDocument<DeliveryRecord> | undefined> {
    try {
      const newEtag = await docs.put(
        DELIVERIES,
        deliveryId(record.postId, record.audienceId),
        record,
        etag === undefined ? { ifNoneMatch: '*' } : { ifMatch: etag },
      );
      return { id: deliveryId(record.postId, record.audienceId), value: record, etag: newEtag };
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) return undefined;
      throw error;
    }
  }

  /** Creates the missing 'pending' records of a post (idempotent). */
  async function ensureRecords(post: KnowledgePost): Promise<void> {
    for (const audienceId of post.audienceIds) {
      if (await readRecord(post.id, audienceId)) continue;
      const audience = deps.audiences.get(audienceId);
      const serviceUrl = audience?.serviceUrl ?? deps.defaultServiceUrl ?? '';
      await writeRecord(
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

  async function sendOne(
    post: KnowledgePost,
    audienceId: string,
    message: OutboundMessage,
    gate: SendGate,
    counters: RunCounters,
  ): Promise<void> {
    for (;;) {
      const current = await readRecord(post.id, audienceId);
      if (!current) return;
      let record = current.value;
      if (record.state === 'sending') {
        const since = record.sendingSince ? Date.parse(record.sendingSince) : 0;
        if (now() - since < options.staleSendingMs) return; // another worker is on it
        // Left by a crash between the send and the write after it: it may have arrived.
        await writeRecord({ ...record, state: 'unconfirmed', updatedAt: iso() }, current.etag);
        logger.warn('update delivery unconfirmed', { postId: post.id, audienceId });
        return;
      }
      if (record.state !== 'pending') return;

      await gate.waitTurn();
      const attempt = record.attempts + 1;
      const claimed = await writeRecord(
        { ...record, state: 'sending', attempts: attempt, sendingSince: iso(), updatedAt: iso() },
        current.etag,
      );
      if (!claimed) return; // someone else claimed this copy
      record = claimed.value;
      if (attempt > 1) counters.retries++;
      try {
        const posted = await messenger.startChannelThread(
          record.serviceUrl,
          record.channelId,
          message,
          deps.tenantId,
        );
        const { sendingSince: _s, lastError: _e, ...rest } = record;
        await writeRecord(
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
        return;
      } catch (error) {
        const decision = decideOnFailure(error, attempt, options.retry, deps.random);
        if (decision.throttled) {
          counters.throttled++;
          gate.pause(decision.delayMs);
        }
        const { sendingSince: _s, ...rest } = record;
        await writeRecord(
          {
            ...rest,
            state: decision.retry ? 'pending' : 'failed',
            lastError: decision.reason,
            updatedAt: iso(),
          },
          claimed.etag,
        );
        logger.info('update delivery attempt failed', {
          postId: post.id,
          audienceId,
          attempt,
          reason: decision.reason,
          willRetry: decision.retry,
        });
        if (!decision.retry) return;
        await deps.sleep(decision.delayMs);
      }
    }
  }

  async function report(post: KnowledgePost, counters: RunCounters): Promise<DeliveryReport> {
    const records = await docs.list<DeliveryRecord>(DELIVERIES, { prefix: `${post.id}.` });
    const delivered: string[] = [];
    const failed: DeliveryFailure[] = [];
    const unconfirmed: string[] = [];
    const pending: string[] = [];
    for (const { value } of records) {
      if (value.postId !== post.id) continue;
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
      retries: counters.retries,
      throttled: counters.throttled,
    };
  }

  /** Delivers (or resumes delivering) a published post to every audience channel. */
  async function deliver(post: KnowledgePost, message: OutboundMessage): Promise<DeliveryReport> {
    await ensureRecords(post);
    const counters: RunCounters = { retries: 0, throttled: 0 };
    const gate = new SendGate(deps.monotonicNow, deps.sleep, options.sendsPerSecond);
    await forEachLimited(post.audienceIds, options.concurrency, (audienceId) =>
      sendOne(post, audienceId, message, gate, counters),
    );
    const result = await report(post, counters);
    logger.info('update delivery finished', {
      postId: post.id,
      total: result.total,
      delivered: result.delivered.length,
      failed: result.failed.length,
      unconfirmed: result.unconfirmed.length,
      retries: result.retries,
    });
    return result;
  }

  /**
   * Replaces every delivered copy whose content is older than the post (edit), or with the
   * withdrawn card (retract), or refreshes the acknowledgement count (`force`).
   */
  async function updateCopies(
    post: KnowledgePost,
    message: OutboundMessage,
    mode: 'edit' | 'retract' | 'refresh',
  ): Promise<{ updated: number; failed: string[]; retries: number }> {
    const records = (await docs.list<DeliveryRecord>(DELIVERIES, { prefix: `${post.id}.` })).filter(
      (doc) => doc.value.postId === post.id,
    );
    // Copies still pending are not sent any more after a retract; they fail with a clear reason.
    if (mode === 'retract') {
      for (const doc of records) {
        if (doc.value.state === 'pending') {
          await writeRecord(
            { ...doc.value, state: 'failed', lastError: 'retracted', updatedAt: iso() },
            doc.etag,
          );
        }
      }
    }
    const targets = records.filter((doc) => {
      const value = doc.value;
      if (value.state !== 'delivered' || !value.activityId || !value.conversationId || value.withdrawn)
        return false;
      if (mode === 'edit') return (value.renderedVersion ?? 0) < post.version;
      return true;
    });
    const gate = new SendGate(deps.monotonicNow, deps.sleep, options.sendsPerSecond);
    const failed: string[] = [];
    let updated = 0;
    let retries = 0;
    await forEachLimited(targets, options.concurrency, async (doc) => {
      const value = doc.value;
      const address = {
        serviceUrl: value.serviceUrl,
        conversationId: value.conversationId!,
        ...(deps.tenantId ? { tenantId: deps.tenantId } : {}),
      };
      for (let attempt = 1; ; attempt++) {
        await gate.waitTurn();
        try {
          await messenger.update(address, value.activityId!, message);
          updated++;
          if (mode !== 'refresh') {
            const fresh = await readRecord(post.id, value.audienceId);
            if (fresh) {
              await writeRecord(
                {
                  ...fresh.value,
                  renderedVersion: post.version,
                  ...(mode === 'retract' ? { withdrawn: true } : {}),
                  updatedAt: iso(),
                },
                fresh.etag,
              );
            }
          }
          return;
        } catch (error) {
          const decision = decideOnFailure(error, attempt, options.retry, deps.random);
          if (decision.throttled) gate.pause(decision.delayMs);
          if (!decision.retry) {
            failed.push(value.audienceId);
            logger.warn('update copy failed', {
              postId: post.id,
              audienceId: value.audienceId,
              mode,
              reason: decision.reason,
            });
            return;
          }
          retries++;
          await deps.sleep(decision.delayMs);
        }
      }
    });
    return { updated, failed, retries };
  }

  return {
    deliver,
    updateCopies,
    report: (post: KnowledgePost) => report(post, { retries: 0, throttled: 0 }),
  };
}

export type DeliveryEngine = ReturnType<typeof createDeliveryEngine>;
