import type { CoordinationThread } from '../../domain/threads/model';
import { reminderStillValid, type Reminder } from '../../domain/threads/reminders';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import {
  DeliveryError,
  RateLimitedError,
  type OutboundMessage,
  type OutboundMessenger,
} from '../../ports/outboundMessenger';
import {
  ConcurrencyConflictError,
  type DocumentStore,
  type Storage,
  type StoredDocument,
} from '../../ports/storage';
import { COLLECTIONS } from './collections';

export const REMINDER_LEASE = 'coordination-reminders';

/** Turns a due reminder into the message posted in the thread (Danish text lives in the Teams layer). */
export type ReminderPresenter = (reminder: Reminder, thread: CoordinationThread) => OutboundMessage;

export interface ReminderSchedulerDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly messenger: OutboundMessenger;
  readonly present: ReminderPresenter;
  /** Unique per running instance (e.g. host name + process id + random). */
  readonly holderId: string;
  readonly intervalMs?: number;
  /** Lease lifetime; renewed on every tick. Default three intervals. */
  readonly leaseTtlMs?: number;
  /** Delivery attempts before a reminder is given up. */
  readonly maxAttempts?: number;
  /** Optional work done by the leader on each tick (audit outbox, retention). */
  readonly onLeaderTick?: () => Promise<void>;
}

export interface TickReport {
  readonly leader: boolean;
  readonly fired: number;
  readonly cancelled: number;
  readonly failed: number;
}

export interface ReminderScheduler {
  start(): void;
  /** Stops the timer, waits for a running tick and releases the lease. */
  stop(): Promise<void>;
  /** One pass; exposed for tests and for a manual run. */
  tick(): Promise<TickReport>;
}

/**
 * Fires due reminders. Only the instance holding the lease works; each reminder is claimed with a
 * conditional write (etag) before it is posted, so even two leaders at once (a lease that expired
 * mid-tick) can never post the same reminder twice. A crash between claim and post loses that
 * one reminder rather than risk a duplicate: at most once.
 */
export function createReminderScheduler(deps: ReminderSchedulerDeps): ReminderScheduler {
  const intervalMs = deps.intervalMs ?? 60_000;
  const leaseTtlMs = deps.leaseTtlMs ?? intervalMs * 3;
  const maxAttempts = deps.maxAttempts ?? 5;
  const logger = deps.logger.child({ component: 'reminderScheduler' });
  const docs = deps.storage.documents;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TickReport> | undefined;
  const { clock, messenger, present, holderId } = deps;
  const firing: FiringDeps = { docs, clock, logger, messenger, present, holderId, maxAttempts };

  async function tickOnce(): Promise<TickReport> {
    const counts = { fired: 0, cancelled: 0, failed: 0 };
    const leader = await deps.storage.leases.tryAcquire(REMINDER_LEASE, deps.holderId, leaseTtlMs);
    if (!leader) return { leader, ...counts };
    const now = deps.clock.now();
    const due = (await docs.list<Reminder>(COLLECTIONS.reminders)).filter(
      (doc) => doc.value.state === 'pending' && Date.parse(doc.value.dueAt) <= now.getTime(),
    );
    for (const doc of due) {
      try {
        counts[await fireReminder(firing, doc, now)]++;
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) continue; // another instance got there first
        logger.error('reminder tick failed', { reminderId: doc.id, error: (error as Error).name });
        break; // storage trouble: try again on the next tick
      }
    }
    if (deps.onLeaderTick) {
      await deps
        .onLeaderTick()
        .catch((error: Error) => logger.error('leader tick work failed', { error: error.name }));
    }
    if (counts.fired + counts.cancelled + counts.failed > 0) logger.info('reminders processed', counts);
    return { leader, ...counts };
  }

  function tick(): Promise<TickReport> {
    if (!running) {
      running = tickOnce().finally(() => {
        running = undefined;
      });
    }
    return running;
  }

  return {
    start() {
      if (timer) return;
      timer = setInterval(() => {
        tick().catch((error: Error) => logger.error('reminder tick failed', { error: error.name }));
      }, intervalMs);
      timer.unref();
      void tick().catch((error: Error) => logger.error('reminder tick failed', { error: error.name }));
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
      await deps.storage.leases.release(REMINDER_LEASE, deps.holderId).catch(() => undefined);
    },
    tick,
  };
}

/** What firing one reminder needs; the scheduler builds it once. */
interface FiringDeps {
  readonly docs: DocumentStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly messenger: OutboundMessenger;
  readonly present: ReminderPresenter;
  readonly holderId: string;
  readonly maxAttempts: number;
}

/**
 * Claims one due reminder (conditional write), then posts it; a reminder whose thread no longer
 * wants it, or has no card to post under, is cancelled instead.
 */
async function fireReminder(
  deps: FiringDeps,
  doc: StoredDocument<Reminder>,
  now: Date,
): Promise<'fired' | 'cancelled' | 'failed'> {
  const { docs, logger } = deps;
  const threadDoc = await docs.get<CoordinationThread>(COLLECTIONS.threads, doc.value.threadId);
  const thread = threadDoc?.value;
  if (!reminderStillValid(doc.value, thread, now) || !thread?.location) {
    await docs.put<Reminder>(
      COLLECTIONS.reminders,
      doc.id,
      { ...doc.value, state: 'cancelled' },
      { ifMatch: doc.etag },
    );
    return 'cancelled';
  }
  const claimed: Reminder = {
    ...doc.value,
    state: 'claimed',
    claimedBy: deps.holderId,
    claimedAt: now.toISOString(),
    attempts: doc.value.attempts + 1,
  };
  const claimEtag = await docs.put<Reminder>(COLLECTIONS.reminders, doc.id, claimed, { ifMatch: doc.etag });
  const { serviceUrl, conversationId, tenantId } = thread.location;
  try {
    await deps.messenger.post({ serviceUrl, conversationId, tenantId }, deps.present(doc.value, thread));
  } catch (error) {
    const retryable =
      error instanceof RateLimitedError || (error instanceof DeliveryError && error.retryable);
    const giveUp = !retryable || claimed.attempts >= deps.maxAttempts;
    await docs.put<Reminder>(
      COLLECTIONS.reminders,
      doc.id,
      { ...claimed, state: giveUp ? 'cancelled' : 'pending' },
      { ifMatch: claimEtag },
    );
    logger.warn('reminder delivery failed', {
      reminderId: doc.id,
      error: (error as Error).name,
      attempts: claimed.attempts,
      givenUp: giveUp,
    });
    return 'failed';
  }
  await docs.put<Reminder>(
    COLLECTIONS.reminders,
    doc.id,
    { ...claimed, state: 'fired', firedAt: deps.clock.now().toISOString() },
    { ifMatch: claimEtag },
  );
  return 'fired';
}
