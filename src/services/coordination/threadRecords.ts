import type { CoordinationThread, ThreadLocation } from '../../domain/threads/model';
import { desiredReminders, type Reminder, type ReminderPolicy } from '../../domain/threads/reminders';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessenger } from '../../ports/outboundMessenger';
import { ConcurrencyConflictError, type Storage } from '../../ports/storage';
import { threadStream } from './audit';
import type { AuditTrail } from './auditTrail';
import { COLLECTIONS, type Tombstone } from './collections';

/** The documents that belong to one thread besides the thread itself: reminders, tombstone, card. */
export interface ThreadRecords {
  /** Stores the reminders the thread now calls for; one already stored is left as it is. */
  writeReminders(thread: CoordinationThread): Promise<void>;
  /** Best-effort removal of a thread whose card could not be posted, so no invisible thread is left. */
  discardUnpublished(threadId: string): Promise<void>;
  /**
   * Deletes a thread, its reminders and its card in Teams; the audit stream is kept behind a
   * tombstone or purged now. True when a stored thread was deleted.
   */
  deleteThread(threadId: string, reason: Tombstone['reason'], keepAudit: boolean): Promise<boolean>;
}

export interface ThreadRecordsDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly audit: AuditTrail;
  readonly reminderPolicy: ReminderPolicy;
  readonly messenger?: OutboundMessenger;
}

export function createThreadRecords(deps: ThreadRecordsDeps): ThreadRecords {
  const { storage, clock, logger, audit } = deps;
  const docs = storage.documents;

  async function removeCard(threadId: string, location: ThreadLocation | undefined): Promise<void> {
    if (!location?.activityId || !deps.messenger) return;
    const { serviceUrl, conversationId, tenantId } = location;
    await deps.messenger
      .remove({ serviceUrl, conversationId, tenantId }, location.activityId)
      .catch((error: Error) =>
        logger.warn('could not remove card of deleted thread', { threadId, error: error.name }),
      );
  }

  return {
    async writeReminders(thread) {
      for (const reminder of desiredReminders(thread, deps.reminderPolicy)) {
        try {
          await docs.put<Reminder>(COLLECTIONS.reminders, reminder.id, reminder, { ifNoneMatch: '*' });
        } catch (error) {
          if (!(error instanceof ConcurrencyConflictError)) throw error;
        }
      }
    },

    async discardUnpublished(threadId) {
      await docs.delete(COLLECTIONS.threads, threadId).catch(() => undefined);
      for (const r of await docs.list(COLLECTIONS.reminders, { prefix: `${threadId}.` }).catch(() => [])) {
        await docs.delete(COLLECTIONS.reminders, r.id).catch(() => undefined);
      }
    },

    async deleteThread(threadId, reason, keepAudit) {
      const stored = await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId);
      for (const reminder of await docs.list(COLLECTIONS.reminders, { prefix: `${threadId}.` })) {
        await docs.delete(COLLECTIONS.reminders, reminder.id);
      }
      const at = clock.now().toISOString();
      if (keepAudit) {
        await docs.put<Tombstone>(COLLECTIONS.tombstones, threadId, { threadId, deletedAt: at, reason });
        await audit.append([{ at, threadId, version: null, actor: 'system', action: `deleted:${reason}` }]);
      } else {
        await storage.auditLog.purge(threadStream(threadId));
        await docs.delete(COLLECTIONS.tombstones, threadId);
      }
      const deleted = stored ? await docs.delete(COLLECTIONS.threads, threadId) : false;
      if (deleted) await removeCard(threadId, stored?.value.location);
      return deleted;
    },
  };
}
