/**
 * Coordination threads: a case's shared card, its reminders, its audit trail and its retention.
 * The service is composed of parts with one concern each: the thread lifecycle (create, act),
 * the administrators' actions, retention and the audit trail; this interface is all the Teams
 * layer and the scheduler see.
 */
import type { NewThreadInput } from '../../domain/threads/creation';
import type { Actor } from '../../domain/shared/actor';
import type { CoordinationThread, ThreadLocation, TimelineEntry } from '../../domain/threads/model';
import type { MyWork } from '../../domain/threads/myWork';
import type { ReminderPolicy } from '../../domain/threads/reminders';
import { DEFAULT_COORDINATION_POLICY, type CoordinationPolicy } from '../../domain/threads/policy';
import type { RoleDirectory } from '../../domain/threads/roles';
import type { ThreadAction } from '../../domain/threads/rules';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessenger } from '../../ports/outboundMessenger';
import type { Storage } from '../../ports/storage';
import { createAdminActions } from './adminActions';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import { createAuditTrail } from './auditTrail';
import { createRetention, type RetentionPolicy } from './retention';
import { createThreadLifecycle } from './threadLifecycle';
import { createThreadRecords } from './threadRecords';

export { COLLECTIONS } from './collections';
export { JournalNotAllowedError, NotAdminError } from './adminErrors';
export { createCoordinationMaintenance, DEFAULT_RETENTION, type RetentionPolicy } from './retention';

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

export interface CoordinationService {
  /**
   * The thread for its journal note, to the lead or an administrator only. Every export is
   * audited in the thread's stream (with how it was delivered); a refusal too, and it throws.
   */
  exportJournal(
    threadId: string,
    user: UserIdentity & { readonly aadObjectId: string },
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
  exportAudit(threadId: string, format: 'csv' | 'json', admin: UserIdentity): Promise<string>;
  /** As exportAudit, by case reference (the thread may be deleted while its audit is kept). */
  exportAuditForCase(
    caseRef: string,
    format: 'csv' | 'json',
    admin: UserIdentity,
  ): Promise<{ kind: 'exported'; text: string } | { kind: 'notFound' }>;
  /** Deletes a thread, its reminders and (unless keepAudit) its audit stream now. */
  purgeNow(threadId: string, admin: UserIdentity, options?: { keepAudit?: boolean }): Promise<boolean>;
  /** Applies the retention policy once. Returns what it removed. */
  runRetention(): Promise<{ threadsDeleted: number; auditStreamsPurged: number }>;
  /** Writes audit entries whose first append failed (called by the scheduler). */
  drainAuditOutbox(): Promise<number>;
  isAdmin(user: UserIdentity): boolean;
}

export function createCoordinationService(deps: CoordinationServiceDeps): CoordinationService {
  const { storage, clock, roles } = deps;
  const logger = deps.logger.child({ component: 'coordination' });
  const audit = createAuditTrail(storage, logger);
  const records = createThreadRecords({
    storage,
    clock,
    logger,
    audit,
    reminderPolicy: deps.reminderPolicy,
    ...(deps.messenger ? { messenger: deps.messenger } : {}),
  });
  const parts = { storage, clock, logger, roles, audit, records };
  return {
    ...createThreadLifecycle({
      ...parts,
      policy: deps.policy ?? DEFAULT_COORDINATION_POLICY,
      random: deps.random ?? Math.random,
    }),
    ...createAdminActions({ ...parts, retention: deps.retention }),
    runRetention: createRetention({ ...parts, retention: deps.retention }),
    drainAuditOutbox: () => audit.drainOutbox(),
  };
}
