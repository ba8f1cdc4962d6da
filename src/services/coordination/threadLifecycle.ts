import { formatCaseReference, isCaseReference, nextSerial } from '../../domain/threads/caseReference';
import { createThreadEntity, type NewThreadInput } from '../../domain/threads/creation';
import { ThreadRuleError } from '../../domain/threads/errors';
import type { Actor } from '../../domain/shared/actor';
import type { CoordinationThread, ThreadLocation } from '../../domain/threads/model';
import { myWorkIn } from '../../domain/threads/myWork';
import type { CoordinationPolicy } from '../../domain/threads/policy';
import type { RoleDirectory } from '../../domain/threads/roles';
import { applyThreadAction, type ThreadAction } from '../../domain/threads/rules';
import { danishDateOf } from '../../domain/threads/time';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import { ConcurrencyConflictError, type Storage } from '../../ports/storage';
import { auditEntryOf } from './audit';
import type { AuditTrail } from './auditTrail';
import { COLLECTIONS } from './collections';
import type { ActResult, CoordinationService, CreateResult, PublishThread } from './coordinationService';
import type { ThreadRecords } from './threadRecords';

/** A thread's life from reserving its case reference to each card click. */
export type ThreadLifecycle = Pick<
  CoordinationService,
  'reserveCaseReference' | 'createThread' | 'getThread' | 'myWork' | 'act' | 'setLocation'
>;

export interface ThreadLifecycleDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly roles: RoleDirectory;
  readonly policy: CoordinationPolicy;
  readonly random: () => number;
  readonly audit: AuditTrail;
  readonly records: ThreadRecords;
}

/** Optimistic writes retry on a conflict; this many conflicts in a row means something is wrong. */
const MAX_CONFLICT_RETRIES = 50;

/** Verbs that can change which reminders a thread needs. */
const REMINDER_VERBS: ReadonlySet<string> = new Set(['addTask', 'setMeeting', 'review']);

export function assertThreadId(threadId: string): void {
  if (!isCaseReference(threadId)) throw new ThreadRuleError('INVALID_INPUT', 'Bad thread id', 'threadId');
}

export function createThreadLifecycle(deps: ThreadLifecycleDeps): ThreadLifecycle {
  const docs = deps.storage.documents;
  return {
    reserveCaseReference: () => reserveCaseReference(deps),
    createThread: (input, owner, publish) => createThread(deps, input, owner, publish),
    async getThread(threadId) {
      if (!isCaseReference(threadId)) return undefined;
      return (await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId))?.value;
    },
    async myWork(actor) {
      // A scan of all threads: fine for a municipality's few hundred open threads (see the bench).
      const threads = (await docs.list<CoordinationThread>(COLLECTIONS.threads)).map((doc) => doc.value);
      return myWorkIn(threads, actor, danishDateOf(deps.clock.now()));
    },
    act: (threadId, expectedVersion, actor, action) => act(deps, threadId, expectedVersion, actor, action),
    setLocation: (threadId, location) => setLocation(deps, threadId, location),
  };
}

async function reserveCaseReference({ storage, clock, random }: ThreadLifecycleDeps): Promise<string> {
  const docs = storage.documents;
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
}

/** Stores the thread, then posts its card; a thread whose card could not be posted is removed again. */
async function createThread(
  deps: ThreadLifecycleDeps,
  input: NewThreadInput,
  owner: Actor,
  publish: PublishThread | undefined,
): Promise<CreateResult> {
  const { clock, logger, roles, policy, audit, records } = deps;
  const docs = deps.storage.documents;
  const check = createThreadEntity(input, owner, clock.now(), roles.roleIds, policy);
  if (check.kind === 'needsNameConfirmation') return check;
  let thread = check.thread;
  await records.writeReminders(thread);
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
      await records.discardUnpublished(thread.id);
      throw error;
    }
    thread = { ...thread, location };
    await docs.put(COLLECTIONS.threads, thread.id, thread, { ifMatch: etag });
  }
  await audit.append(thread.timeline.map((event) => auditEntryOf(thread.id, event)));
  logger.info('coordination thread created', {
    threadId: thread.id,
    participants: thread.participants.length,
    legalBasis: thread.legalBasis.kind,
    placement: thread.location?.kind ?? 'none',
  });
  return { kind: 'created', thread };
}

/** One card click, applied only to the version the card showed; a conflicting write is retried. */
async function act(
  deps: ThreadLifecycleDeps,
  threadId: string,
  expectedVersion: number,
  actor: Actor,
  action: ThreadAction,
): Promise<ActResult> {
  const { clock, logger, roles, policy, audit, records } = deps;
  const docs = deps.storage.documents;
  assertThreadId(threadId);
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
    const stored = await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId);
    if (!stored) return { kind: 'notFound' };
    const current = stored.value;
    if (expectedVersion > current.version) return { kind: 'futureVersion', thread: current };
    if (expectedVersion < current.version) return { kind: 'stale', thread: current };
    const applied = applyThreadAction(current, actor, action, clock.now(), roles.roleIds, policy);
    if (REMINDER_VERBS.has(action.type)) await records.writeReminders(applied.thread);
    try {
      await docs.put(COLLECTIONS.threads, threadId, applied.thread, { ifMatch: stored.etag });
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) continue; // re-read: someone else changed it
      throw error;
    }
    await audit.append([auditEntryOf(threadId, applied.event)]);
    logger.debug('coordination action applied', {
      threadId,
      action: action.type,
      version: applied.thread.version,
    });
    return { kind: 'applied', thread: applied.thread, event: applied.event };
  }
  throw new ConcurrencyConflictError(COLLECTIONS.threads, threadId);
}

async function setLocation(
  { storage }: ThreadLifecycleDeps,
  threadId: string,
  location: ThreadLocation,
): Promise<CoordinationThread | undefined> {
  const docs = storage.documents;
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
}
