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

export function createCopyUpdates(deps: DeliveryDeps, records: DeliveryRecords): UpdateCopies {
  const { messenger, clock, logger, options } = deps;
  const iso = () => clock.now().toISOString();

  /** Copies still pending are not sent any more after a retract; they fail with a clear reason. */
  async function failPendingCopies(copies: readonly StoredDocument<DeliveryRecord>[]): Promise<void> {
    for (const doc of copies) {
      if (doc.value.state === 'pending') {
        await records.write(
          { ...doc.value, state: 'failed', lastError: 'retracted', updatedAt: iso() },
          doc.etag,
        );
      }
    }
  }

  function needsUpdate(value: DeliveryRecord, post: KnowledgePost, mode: CopyUpdateMode): boolean {
    if (value.state !== 'delivered' || !value.activityId || !value.conversationId || value.withdrawn)
      return false;
    if (mode === 'edit') return (value.renderedVersion ?? 0) < post.version;
    return true;
  }

  /** Notes on the record what the copy now shows (a refresh changes nothing the record knows). */
  async function recordUpdated(post: KnowledgePost, audienceId: string, mode: CopyUpdateMode) {
    if (mode === 'refresh') return;
    const fresh = await records.read(post.id, audienceId);
    if (!fresh) return;
    await records.write(
      {
        ...fresh.value,
        renderedVersion: post.version,
        ...(mode === 'retract' ? { withdrawn: true } : {}),
        updatedAt: iso(),
      },
      fresh.etag,
    );
  }

  return async (post, message, mode) => {
    const copies = await records.listFor(post.id);
    if (mode === 'retract') await failPendingCopies(copies);
    const targets = copies.filter((doc) => needsUpdate(doc.value, post, mode));
    const gate = new SendGate(deps.monotonicNow, deps.sleep, options.sendsPerSecond);
    const failed: string[] = [];
    let updated = 0;
    let retries = 0;
    await forEachLimited(targets, options.concurrency, async ({ value }) => {
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
          await recordUpdated(post, value.audienceId, mode);
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
  };
}
