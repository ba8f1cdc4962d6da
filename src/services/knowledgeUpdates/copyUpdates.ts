import type { KnowledgePost } from '../../domain/updates';
import type { OutboundMessage } from '../../ports/outboundMessenger';
import type { StoredDocument } from '../../ports/storage';
import type { DeliveryDeps } from './delivery';
import { forEachLimited, type DeliveryRecords } from './deliveryRecords';
import type { DeliveryRecord } from './records';
import { decideOnFailure, SendGate } from './retry';

/** Why delivered copies are replaced: an edit, a retraction, or a new acknowledgement count. */
export type CopyUpdateMode = 'edit' | 'retract' | 'refresh';

export interface CopyUpdateResult {
  readonly updated: number;
  readonly failed: string[];
  readonly retries: number;
}

/**
 * Replaces every delivered copy whose content is older than the post (edit), or with the
 * withdrawn card (retract), or refreshes the acknowledgement count (`force`).
 */
export type UpdateCopies = (
  post: KnowledgePost,
  message: OutboundMessage,
  mode: CopyUpdateMode,
) => Promise<CopyUpdateResult>;

/** What the copy-update functions share: the engine's dependencies and the delivery records. */
interface CopyUpdateContext {
  readonly deps: DeliveryDeps;
  readonly records: DeliveryRecords;
}

export function createCopyUpdates(deps: DeliveryDeps, records: DeliveryRecords): UpdateCopies {
  const context: CopyUpdateContext = { deps, records };
  return async (post, message, mode) => {
    const copies = await records.listFor(post.id);
    if (mode === 'retract') await failPendingCopies(context, copies);
    const targets = copies.filter((doc) => needsUpdate(doc.value, post, mode));
    const gate = new SendGate(deps.monotonicNow, deps.sleep, deps.options.sendsPerSecond);
    const run: CopyUpdateRun = { post, message, mode, gate, tally: { updated: 0, failed: [], retries: 0 } };
    await forEachLimited(targets, deps.options.concurrency, ({ value }) => updateCopy(context, run, value));
    return run.tally;
  };
}

/** Copies still pending are not sent any more after a retract; they fail with a clear reason. */
async function failPendingCopies(
  { deps, records }: CopyUpdateContext,
  copies: readonly StoredDocument<DeliveryRecord>[],
): Promise<void> {
  for (const doc of copies) {
    if (doc.value.state === 'pending') {
      const updatedAt = deps.clock.now().toISOString();
      await records.write({ ...doc.value, state: 'failed', lastError: 'retracted', updatedAt }, doc.etag);
    }
  }
}

function needsUpdate(value: DeliveryRecord, post: KnowledgePost, mode: CopyUpdateMode): boolean {
  if (value.state !== 'delivered' || !value.activityId || !value.conversationId || value.withdrawn)
    return false;
  if (mode === 'edit') return (value.renderedVersion ?? 0) < post.version;
  return true;
}

/** One run's request, shared by every copy it updates. */
interface CopyUpdateRun {
  readonly post: KnowledgePost;
  readonly message: OutboundMessage;
  readonly mode: CopyUpdateMode;
  readonly gate: SendGate;
  /** Counted as it happens, so concurrent copies add to one result. */
  readonly tally: { updated: number; failed: string[]; retries: number };
}

/** Replaces one delivered copy, retrying as the retry policy allows. */
async function updateCopy(
  context: CopyUpdateContext,
  { post, message, mode, gate, tally }: CopyUpdateRun,
  value: DeliveryRecord,
): Promise<void> {
  const { deps } = context;
  const address = {
    serviceUrl: value.serviceUrl,
    conversationId: value.conversationId!,
    ...(deps.tenantId ? { tenantId: deps.tenantId } : {}),
  };
  for (let attempt = 1; ; attempt++) {
    await gate.waitTurn();
    try {
      await deps.messenger.update(address, value.activityId!, message);
      tally.updated++;
      await recordUpdated(context, post, value.audienceId, mode);
      return;
    } catch (error) {
      const decision = decideOnFailure(error, attempt, deps.options.retry, deps.random);
      if (decision.throttled) gate.pause(decision.delayMs);
      if (!decision.retry) {
        tally.failed.push(value.audienceId);
        deps.logger.warn('update copy failed', {
          postId: post.id,
          audienceId: value.audienceId,
          mode,
          reason: decision.reason,
        });
        return;
      }
      tally.retries++;
      await deps.sleep(decision.delayMs);
    }
  }
}

/** Notes on the record what the copy now shows (a refresh changes nothing the record knows). */
async function recordUpdated(
  { deps, records }: CopyUpdateContext,
  post: KnowledgePost,
  audienceId: string,
  mode: CopyUpdateMode,
): Promise<void> {
  if (mode === 'refresh') return;
  const fresh = await records.read(post.id, audienceId);
  if (!fresh) return;
  await records.write(
    {
      ...fresh.value,
      renderedVersion: post.version,
      ...(mode === 'retract' ? { withdrawn: true } : {}),
      updatedAt: deps.clock.now().toISOString(),
    },
    fresh.etag,
  );
}
