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

/** What the sending functions share: the engine's dependencies and the delivery records. */
interface SendingContext {
  readonly deps: DeliveryDeps;
  readonly records: DeliveryRecords;
}

/** The business clock's time as stored on the records. */
function isoNow({ deps }: SendingContext): string {
  return deps.clock.now().toISOString();
}

export function createSending(deps: DeliveryDeps, records: DeliveryRecords): Sending {
  const context: SendingContext = { deps, records };
  return {
    deliver: (post, message) => deliver(context, post, message),
    report: (post) => report(context, post, { retries: 0, throttled: 0 }),
  };
}

/** Creates the missing 'pending' records of a post (idempotent). */
async function ensureRecords(context: SendingContext, post: KnowledgePost): Promise<void> {
  const { deps, records } = context;
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
        updatedAt: isoNow(context),
      },
      undefined,
    );
  }
}

/** A 'sending' record: another worker's send in progress, or a crash's leftover. */
async function settleSending(
  context: SendingContext,
  current: StoredDocument<DeliveryRecord>,
): Promise<void> {
  const { deps, records } = context;
  const record = current.value;
  const since = record.sendingSince ? Date.parse(record.sendingSince) : 0;
  if (deps.clock.now().getTime() - since < deps.options.staleSendingMs) return; // another worker is on it
  // Left by a crash between the send and the write after it: it may have arrived.
  await records.write({ ...record, state: 'unconfirmed', updatedAt: isoNow(context) }, current.etag);
  deps.logger.warn('update delivery unconfirmed', { postId: record.postId, audienceId: record.audienceId });
}

/** One send of a claimed copy; returns the pause before the next attempt, or undefined when done. */
async function attemptSend(
  context: SendingContext,
  post: KnowledgePost,
  message: OutboundMessage,
  claimed: StoredDocument<DeliveryRecord>,
  run: DeliveryRun,
): Promise<number | undefined> {
  const { deps, records } = context;
  const record = claimed.value;
  try {
    const posted = await deps.messenger.startChannelThread(
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
        updatedAt: isoNow(context),
      },
      claimed.etag,
    );
    return undefined;
  } catch (error) {
    const decision = decideOnFailure(error, record.attempts, deps.options.retry, deps.random);
    if (decision.throttled) {
      run.throttled++;
      run.gate.pause(decision.delayMs);
    }
    const { sendingSince: _s, ...rest } = record;
    const state = decision.retry ? 'pending' : 'failed';
    await records.write(
      { ...rest, state, lastError: decision.reason, updatedAt: isoNow(context) },
      claimed.etag,
    );
    deps.logger.info('update delivery attempt failed', {
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
  context: SendingContext,
  post: KnowledgePost,
  audienceId: string,
  message: OutboundMessage,
  run: DeliveryRun,
): Promise<void> {
  const { deps, records } = context;
  for (;;) {
    const current = await records.read(post.id, audienceId);
    if (!current) return;
    const record = current.value;
    if (record.state === 'sending') return settleSending(context, current);
    if (record.state !== 'pending') return;

    await run.gate.waitTurn();
    const attempt = record.attempts + 1;
    const claimed = await records.write(
      {
        ...record,
        state: 'sending',
        attempts: attempt,
        sendingSince: isoNow(context),
        updatedAt: isoNow(context),
      },
      current.etag,
    );
    if (!claimed) return; // someone else claimed this copy
    if (attempt > 1) run.retries++;
    const pauseMs = await attemptSend(context, post, message, claimed, run);
    if (pauseMs === undefined) return;
    await deps.sleep(pauseMs);
  }
}

async function report(
  context: SendingContext,
  post: KnowledgePost,
  run: Omit<DeliveryRun, 'gate'>,
): Promise<DeliveryReport> {
  const { deps, records } = context;
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

/** Delivers (or resumes delivering) a published post to every audience channel. */
async function deliver(
  context: SendingContext,
  post: KnowledgePost,
  message: OutboundMessage,
): Promise<DeliveryReport> {
  const { deps } = context;
  await ensureRecords(context, post);
  const gate = new SendGate(deps.monotonicNow, deps.sleep, deps.options.sendsPerSecond);
  const run: DeliveryRun = { gate, retries: 0, throttled: 0 };
  await forEachLimited(post.audienceIds, deps.options.concurrency, (audienceId) =>
    sendOne(context, post, audienceId, message, run),
  );
  const result = await report(context, post, run);
  deps.logger.info('update delivery finished', {
    postId: post.id,
    total: result.total,
    delivered: result.delivered.length,
    failed: result.failed.length,
    unconfirmed: result.unconfirmed.length,
    retries: result.retries,
  });
  return result;
}
