import { formatCaseReference, isCaseReference, nextSerial } from '../../domain/threads/caseReference';
import { createThreadEntity, type NewThreadInput } from '../../domain/threads/creation';
import { ThreadRuleError } from '../../domain/threads/errors';
import type { Actor, CoordinationThread, ThreadLocation, TimelineEntry } from '../../domain/threads/model';
import { desiredReminders, type Reminder, type ReminderPolicy } from '../../domain/threads/reminders';
import { DEFAULT_COORDINATION_POLICY, type CoordinationPolicy } from '../../domain/threads/policy';
import type { RoleDirectory } from '../../domain/threads/roles';
import { applyThreadAction, type ThreadAction } from '../../domain/threads/rules';
import { myWorkIn, type MyWork } from '../../domain/threads/myWork';
import { danishDateOf } from '../../domain/threads/time';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessenger } from '../../ports/outboundMessenger';
import { ConcurrencyConflictError, type Storage } from '../../ports/storage';
import {
  ADMIN_STREAM,
  auditEntryOf,
  auditToCsv,
  normaliseAuditEntries,
  threadStream,
  type AuditEntry,
} from './audit';

export const COLLECTIONS = {
  threads: 'coordination-threads',
  reminders: 'coordination-reminders',
  counters: 'coordination-counters',
  tombstones: 'coordination-deleted',
  auditOutbox: 'coordination-audit-outbox',
} as const;

export interface RetentionPolicy {
  /** Closed threads (and their reminders) are deleted this many days after closing. */
  readonly closedThreadDays: number;
  /** The audit stream of a deleted thread is purged this many days after deletion; null keeps it. */
  readonly auditDaysAfterDeletion: number | null;
}

export const DEFAULT_RETENTION: RetentionPolicy = { closedThreadDays: 365, auditDaysAfterDeletion: null };

export interface CoordinationServiceDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly roles: RoleDirectory;
  readonly reminderPolicy: ReminderPolicy;
  readonly retention: RetentionPolicy;
  /** Review weeks, default due days and digest time (config/coordination.yaml). */
  readonly policy?: CoordinationPolicy;
  /** Used to remove a purged thread's card from Teams (best effort). */
  readonly messenger?: OutboundMessenger;
  readonly random?: () => number;
}

export type ActResult =
  | { readonly kind: 'applied'; readonly thread: CoordinationThread; readonly event: TimelineEntry }
  /** The card was older than the stored thread: nothing applied; show the current thread. */
  | { readonly kind: 'stale'; readonly thread: CoordinationThread }
  /** The card claims a version the thread never had: tampered data. Nothing applied. */
  | { readonly kind: 'futureVersion'; readonly thread: CoordinationThread }
  | { readonly kind: 'notFound' };

export type CreateResult =
  | { readonly kind: 'created'; readonly thread: CoordinationThread }
  | { readonly kind: 'needsNameConfirmation' }
  | { readonly kind: 'caseRefTaken' };

/** Posts the new thread's card and says where it went. Called once the thread is stored. */
export type PublishThread = (thread: CoordinationThread) => Promise<ThreadLocation>;

export class NotAdminError extends Error {
  readonly code = 'NOT_ADMIN';
  constructor() {
    super('Only administrators may do this');
    this.name = 'NotAdminError';
  }
}

export class JournalNotAllowedError extends Error {
  readonly code = 'JOURNAL_NOT_ALLOWED';
  constructor() {
    super('Only the lead or an administrator may export the journal note');
    this.name = 'JournalNotAllowedError';
  }
}

export interface CoordinationService {
  /**
   * The thread for its journal note, to the lead or an administrator only. Every export is
   * audited in the thread's stream (with how it was delivered); a refusal too, and it throws.
   */
  exportJournal(
    threadId: string,
    user: AdminActor & { readonly aadObjectId: string },
    delivery: 'card' | 'file',
  ): Promise<CoordinationThread | undefined>;
  /** Reserves the next case reference (BU-<year>-<serial>) for a new creation form. */
  reserveCaseReference(): Promise<string>;
  createThread(input: NewThreadInput, owner: Actor, publish?: PublishThread): Promise<CreateResult>;
  getThread(threadId: string): Promise<CoordinationThread | undefined>;
  /** The open threads this person takes part in and their open tasks; nothing from other threads. */
  myWork(actor: Actor): Promise<MyWork>;
  /** One card click. `expectedVersion` is the version the clicked card showed. */
  act(threadId: string, expectedVersion: number, actor: Actor, action: ThreadAction): Promise<ActResult>;
  /** Records where the card lives (e.g. after an in-place post), keeping the version. */
  setLocation(threadId: string, location: ThreadLocation): Promise<CoordinationThread | undefined>;
  /**
   * A thread's audit trail. The administrator is checked before anything is looked up, so a
   * refusal says nothing about whether the case exists; a refusal is itself audited.
   */
  exportAudit(threadId: string, format: 'csv' | 'json', admin: AdminActor): Promise<string>;
  /** As exportAudit, by case reference (the thread may be deleted while its audit is kept). */
  exportAuditForCase(
    caseRef: string,
    format: 'csv' | 'json',
    admin: AdminActor,
  ): Promise<{ kind: 'exported'; text: string } | { kind: 'notFound' }>;
  /** Deletes a thread, its reminders and (unless keepAudit) its audit stream now. */
  purgeNow(threadId: string, admin: AdminActor, options?: { keepAudit?: boolean }): Promise<boolean>;
  /** Applies the retention policy once. Returns what it removed. */
  runRetention(): Promise<{ threadsDeleted: number; auditStreamsPurged: number }>;
  /** Writes audit entries whose first append failed (called by the scheduler). */
  drainAuditOutbox(): Promise<number>;
  isAdmin(user: AdminActor): boolean;
}

/** An administrator as config/roles.yaml lists them: by Entra object id or by UPN. */
export interface AdminActor {
  readonly aadObjectId?: string;
  readonly upn?: string;
}

function adminIdOf(admin: AdminActor): string {
  return admin.aadObjectId ?? admin.upn ?? 'unknown';
}

interface Tombstone {
  readonly threadId: string;
  readonly deletedAt: string;
  readonly reason: 'retention' | 'admin';
}

const MAX_CONFLICT_RETRIES = 50;

export function createCoordinationService(deps: CoordinationServiceDeps): CoordinationService {
  const { storage, clock, roles } = deps;
  const logger = deps.logger.child({ component: 'coordination' });
  const random = deps.random ?? Math.random;
  const policy = deps.policy ?? DEFAULT_COORDINATION_POLICY;
  const docs = storage.documents;

  async function appendAudit(entries: readonly AuditEntry[]): Promise<void> {
    for (const entry of entries) {
      const stream = entry.threadId === '' ? ADMIN_STREAM : threadStream(entry.threadId);
      try {
        await storage.auditLog.append(stream, { ...entry });
      } catch (error) {
        try {
          await storage.auditLog.append(stream, { ...entry });
        } catch {
          logger.error('audit append failed; queued in outbox', {
            threadId: entry.threadId,
            version: entry.version,
            error: (error as Error).name,
          });
          const id = `${entry.threadId || 'admin'}.${entry.version ?? 'x'}.${entry.action}.${Date.parse(entry.at)}`;
          await docs.put(COLLECTIONS.auditOutbox, id, { stream, entry }).catch(() => {
            logger.error('audit outbox write failed', { threadId: entry.threadId });
          });
        }
      }
    }
  }

  async function writeReminders(thread: CoordinationThread): Promise<void> {
    for (const reminder of desiredReminders(thread, deps.reminderPolicy)) {
      try {
        await docs.put<Reminder>(COLLECTIONS.reminders, reminder.id, reminder, { ifNoneMatch: '*' });
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError)) throw error;
      }
    }
  }

  async function deleteThreadData(threadId: string, reason: Tombstone['reason'], keepAudit: boolean) {
    const stored = await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId);
    for (const reminder of await docs.list(COLLECTIONS.reminders, { prefix: `${threadId}.` })) {
      await docs.delete(COLLECTIONS.reminders, reminder.id);
    }
    const at = clock.now().toISOString();
    if (keepAudit) {
      await docs.put<Tombstone>(COLLECTIONS.tombstones, threadId, { threadId, deletedAt: at, reason });
      await appendAudit([{ at, threadId, version: null, actor: 'system', action: `deleted:${reason}` }]);
    } else {
      await storage.auditLog.purge(threadStream(threadId));
      await docs.delete(COLLECTIONS.tombstones, threadId);
    }
    const deleted = stored ? await docs.delete(COLLECTIONS.threads, threadId) : false;
    const location = stored?.value.location;
    if (deleted && location?.activityId && deps.messenger) {
      await deps.messenger
        .remove(
          {
            serviceUrl: location.serviceUrl,
            conversationId: location.conversationId,
            tenantId: location.tenantId,
          },
          location.activityId,
        )
        .catch((error: Error) =>
          logger.warn('could not remove card of deleted thread', { threadId, error: error.name }),
        );
    }
    return deleted;
  }

  /** Refuses a non-administrator before anything is looked up, and records the attempt. */
  async function assertAdmin(admin: AdminActor, action: 'auditExport' | 'purge', subject: string) {
    if (roles.isAdmin(admin)) return;
    await appendAudit([
      {
        at: clock.now().toISOString(),
        threadId: '',
        version: null,
        actor: adminIdOf(admin),
        action: `${action}Refused`,
        // Only a well-formed case reference is recorded; anything else could be any text.
        subject: isCaseReference(subject) ? subject : 'invalid',
      },
    ]);
    logger.warn('coordination admin action refused', { action });
    throw new NotAdminError();
  }

  async function exportEntries(threadId: string, format: 'csv' | 'json', admin: AdminActor) {
    const entries = normaliseAuditEntries(await storage.auditLog.read(threadStream(threadId)));
    await appendAudit([
      {
        at: clock.now().toISOString(),
        threadId: '',
        version: null,
        actor: adminIdOf(admin),
        action: 'auditExported',
        subject: threadId,
      },
    ]);
    logger.info('coordination audit exported', { threadId, entries: entries.length, format });
    return format === 'csv' ? auditToCsv(entries) : `${JSON.stringify(entries, null, 2)}\n`;
  }

  function assertThreadId(threadId: string): void {
    if (!isCaseReference(threadId)) throw new ThreadRuleError('INVALID_INPUT', 'Bad thread id', 'threadId');
  }

  return {
    isAdmin: (user) => roles.isAdmin(user),

    async exportJournal(threadId, user, delivery) {
      assertThreadId(threadId);
      const thread = (await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId))?.value;
      if (!thread) return undefined;
      const at = clock.now().toISOString();
      const allowed = thread.ownerId === user.aadObjectId || roles.isAdmin(user);
      await appendAudit([
        {
          at,
          threadId,
          version: null,
          actor: user.aadObjectId,
          action: allowed ? 'journalExported' : 'journalExportRefused',
          subject: delivery,
        },
      ]);
      if (!allowed) {
        logger.warn('coordination journal export refused', { threadId });
        throw new JournalNotAllowedError();
      }
      logger.info('coordination journal exported', { threadId, delivery });
      return thread;
    },

    async reserveCaseReference() {
      const year = Number(danishDateOf(clock.now()).slice(0, 4));
      const counterId = `BU-${year}`;
      for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
        const current = await docs.get<{ last: number }>(COLLECTIONS.counters, counterId);
        const serial = nextSerial(current?.value.last ?? 0, random);
        try {
          await docs.put(
            COLLECTIONS.counters,
            counterId,
            { last: serial },
            current ? { ifMatch: current.etag } : { ifNoneMatch: '*' },
          );
          return formatCaseReference(year, serial);
        } catch (error) {
          if (!(error instanceof ConcurrencyConflictError)) throw error;
        }
      }
      throw new ConcurrencyConflictError(COLLECTIONS.counters, counterId);
    },

    async createThread(input, owner, publish) {
      const check = createThreadEntity(input, owner, clock.now(), roles.roleIds, policy);
      if (check.kind === 'needsNameConfirmation') return check;
      let thread = check.thread;
      await writeReminders(thread);
      let etag: string;
      try {
        etag = await docs.put(COLLECTIONS.threads, thread.id, thread, { ifNoneMatch: '*' });
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) return { kind: 'caseRefTaken' };
        throw error;
      }
      if (publish) {
        let location: ThreadLocation;
        try {
          location = await publish(thread);
        } catch (error) {
          // Not posted anywhere: remove it again so no invisible thread is left behind.
          await docs.delete(COLLECTIONS.threads, thread.id).catch(() => undefined);
          for (const r of await docs
            .list(COLLECTIONS.reminders, { prefix: `${thread.id}.` })
            .catch(() => [])) {
            await docs.delete(COLLECTIONS.reminders, r.id).catch(() => undefined);
          }
          throw error;
        }
        thread = { ...thread, location };
        await docs.put(COLLECTIONS.threads, thread.id, thread, { ifMatch: etag });
      }
      await appendAudit(thread.timeline.map((event) => auditEntryOf(thread.id, event)));
      logger.info('coordination thread created', {
        threadId: thread.id,
        participants: thread.participants.length,
        legalBasis: thread.legalBasis.kind,
        placement: thread.location?.kind ?? 'none',
      });
      return { kind: 'created', thread };
    },

    async getThread(threadId) {
      if (!isCaseReference(threadId)) return undefined;
      return (await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId))?.value;
    },

    async myWork(actor) {
      // A scan of all threads: fine for a municipality's few hundred open threads (see the bench).
      const threads = (await docs.list<CoordinationThread>(COLLECTIONS.threads)).map((doc) => doc.value);
      return myWorkIn(threads, actor, danishDateOf(clock.now()));
    },

    async act(threadId, expectedVersion, actor, action) {
      assertThreadId(threadId);
      for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
        const stored = await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId);
        if (!stored) return { kind: 'notFound' };
        const current = stored.value;
        if (expectedVersion > current.version) return { kind: 'futureVersion', thread: current };
        if (expectedVersion < current.version) return { kind: 'stale', thread: current };
        const applied = applyThreadAction(current, actor, action, clock.now(), roles.roleIds, policy);
        if (action.type === 'addTask' || action.type === 'setMeeting' || action.type === 'review') {
          await writeReminders(applied.thread);
        }
        try {
          await docs.put(COLLECTIONS.threads, threadId, applied.thread, { ifMatch: stored.etag });
        } catch (error) {
          if (error instanceof ConcurrencyConflictError) continue; // re-read: someone else changed it
          throw error;
        }
        await appendAudit([auditEntryOf(threadId, applied.event)]);
        logger.debug('coordination action applied', {
          threadId,
          action: action.type,
          version: applied.thread.version,
        });
        return { kind: 'applied', thread: applied.thread, event: applied.event };
      }
      throw new ConcurrencyConflictError(COLLECTIONS.threads, threadId);
    },

    async setLocation(threadId, location) {
      for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
        const stored = await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId);
        if (!stored) return undefined;
        const next = { ...stored.value, location };
        try {
          await docs.put(COLLECTIONS.threads, threadId, next, { ifMatch: stored.etag });
          return next;
        } catch (error) {
          if (!(error instanceof ConcurrencyConflictError)) throw error;
        }
      }
      throw new ConcurrencyConflictError(COLLECTIONS.threads, threadId);
    },

    async exportAudit(threadId, format, admin) {
      await assertAdmin(admin, 'auditExport', threadId);
      assertThreadId(threadId);
      return exportEntries(threadId, format, admin);
    },

    async exportAuditForCase(caseRef, format, admin) {
      await assertAdmin(admin, 'auditExport', caseRef);
      assertThreadId(caseRef);
      const threads = await docs.list<CoordinationThread>(COLLECTIONS.threads);
      const threadId = threads.find((t) => t.value.caseRef === caseRef)?.value.id ?? caseRef;
      const kept = await storage.auditLog.read(threadStream(threadId));
      if (kept.length === 0) return { kind: 'notFound' };
      return { kind: 'exported', text: await exportEntries(threadId, format, admin) };
    },

    async purgeNow(threadId, admin, options) {
      await assertAdmin(admin, 'purge', threadId);
      assertThreadId(threadId);
      const keepAudit = options?.keepAudit ?? deps.retention.auditDaysAfterDeletion !== 0;
      const deleted = await deleteThreadData(threadId, 'admin', keepAudit);
      await appendAudit([
        {
          at: clock.now().toISOString(),
          threadId: '',
          version: null,
          actor: adminIdOf(admin),
          action: 'purged',
          subject: threadId,
        },
      ]);
      logger.info('coordination thread purged by admin', { threadId, deleted, keepAudit });
      return deleted;
    },

    async runRetention() {
      const now = clock.now().getTime();
      let threadsDeleted = 0;
      let auditStreamsPurged = 0;
      const threadLimit = deps.retention.closedThreadDays * 86_400_000;
      for (const doc of await docs.list<CoordinationThread>(COLLECTIONS.threads)) {
        const closedAt = doc.value.closedAt ? Date.parse(doc.value.closedAt) : NaN;
        if (doc.value.status !== 'closed' || !(closedAt + threadLimit <= now)) continue;
        const keepAudit = deps.retention.auditDaysAfterDeletion !== 0;
        if (await deleteThreadData(doc.id, 'retention', keepAudit)) threadsDeleted++;
      }
      const auditDays = deps.retention.auditDaysAfterDeletion;
      if (auditDays !== null) {
        for (const doc of await docs.list<Tombstone>(COLLECTIONS.tombstones)) {
          if (Date.parse(doc.value.deletedAt) + auditDays * 86_400_000 > now) continue;
          await storage.auditLog.purge(threadStream(doc.id));
          await docs.delete(COLLECTIONS.tombstones, doc.id);
          auditStreamsPurged++;
        }
      }
      if (threadsDeleted + auditStreamsPurged > 0) {
        await appendAudit([
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
    },

    async drainAuditOutbox() {
      let drained = 0;
      for (const doc of await docs.list<{ stream: string; entry: AuditEntry }>(COLLECTIONS.auditOutbox)) {
        await storage.auditLog.append(doc.value.stream, { ...doc.value.entry });
        await docs.delete(COLLECTIONS.auditOutbox, doc.id);
        drained++;
      }
      return drained;
    },
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
