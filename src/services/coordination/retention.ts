import type { CoordinationThread } from '../../domain/threads/model';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { Storage } from '../../ports/storage';
import { threadStream } from './audit';
import type { AuditTrail } from './auditTrail';
import { COLLECTIONS, type Tombstone } from './collections';
import type { CoordinationService } from './coordinationService';
import type { ThreadRecords } from './threadRecords';

export interface RetentionPolicy {
  /** Closed threads (and their reminders) are deleted this many days after closing. */
  readonly closedThreadDays: number;
  /** The audit stream of a deleted thread is purged this many days after deletion; null keeps it. */
  readonly auditDaysAfterDeletion: number | null;
}

export const DEFAULT_RETENTION: RetentionPolicy = { closedThreadDays: 365, auditDaysAfterDeletion: null };

const DAY_MS = 86_400_000;

export interface RetentionDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly retention: RetentionPolicy;
  readonly audit: AuditTrail;
  readonly records: ThreadRecords;
}

/** Applies the retention policy once: closed threads first, then the audit streams they left. */
export function createRetention(deps: RetentionDeps): CoordinationService['runRetention'] {
  const { storage, clock, logger, retention, audit, records } = deps;
  const docs = storage.documents;

  async function deleteExpiredThreads(now: number): Promise<number> {
    let threadsDeleted = 0;
    const threadLimit = retention.closedThreadDays * DAY_MS;
    for (const doc of await docs.list<CoordinationThread>(COLLECTIONS.threads)) {
      const closedAt = doc.value.closedAt ? Date.parse(doc.value.closedAt) : NaN;
      if (doc.value.status !== 'closed' || !(closedAt + threadLimit <= now)) continue;
      const keepAudit = retention.auditDaysAfterDeletion !== 0;
      if (await records.deleteThread(doc.id, 'retention', keepAudit)) threadsDeleted++;
    }
    return threadsDeleted;
  }

  async function purgeExpiredAuditStreams(now: number): Promise<number> {
    const auditDays = retention.auditDaysAfterDeletion;
    if (auditDays === null) return 0;
    let auditStreamsPurged = 0;
    for (const doc of await docs.list<Tombstone>(COLLECTIONS.tombstones)) {
      if (Date.parse(doc.value.deletedAt) + auditDays * DAY_MS > now) continue;
      await storage.auditLog.purge(threadStream(doc.id));
      await docs.delete(COLLECTIONS.tombstones, doc.id);
      auditStreamsPurged++;
    }
    return auditStreamsPurged;
  }

  return async () => {
    const now = clock.now().getTime();
    const threadsDeleted = await deleteExpiredThreads(now);
    const auditStreamsPurged = await purgeExpiredAuditStreams(now);
    if (threadsDeleted + auditStreamsPurged > 0) {
      await audit.append([
        {
          at: clock.now().toISOString(),
          threadId: '',
          version: null,
          actor: 'system',
          action: 'retention',
          subject: `${threadsDeleted}/${auditStreamsPurged}`,
        },
      ]);
      logger.info('coordination retention applied', { threadsDeleted, auditStreamsPurged });
    }
    return { threadsDeleted, auditStreamsPurged };
  };
}

/**
 * Work for the reminder scheduler's leader (pass as `onLeaderTick`): writes queued audit entries
 * on every tick and applies the retention policy at most once per `retentionEveryMs`.
 */
export function createCoordinationMaintenance(
  service: CoordinationService,
  clock: Clock,
  options: {
    readonly retentionEveryMs?: number;
    /** The daily digest (it sends only once a day, after its time; see createDailyDigest). */
    readonly dailyDigest?: () => Promise<unknown>;
  } = {},
): () => Promise<void> {
  const every = options.retentionEveryMs ?? 3_600_000;
  let lastRetention = Number.NEGATIVE_INFINITY;
  return async () => {
    await service.drainAuditOutbox();
    const now = clock.now().getTime();
    if (now - lastRetention >= every) {
      lastRetention = now;
      await service.runRetention();
    }
    await options.dailyDigest?.();
  };
}
