import { isoWeekOf } from '../../domain/overview/counts';
import type { Logger } from '../../ports/logger';
import { ConcurrencyConflictError, type Storage } from '../../ports/storage';
import type { UsageEvent, UsageReader, UsageRecorder, UsageWeekCounts } from '../../ports/usage';

export const USAGE_COLLECTION = 'usageCounts';
const MAX_RETRIES = 20;

interface WeekCounts {
  readonly week: string;
  readonly counts: Record<string, number>;
}

/** Adds the events to the week's document, retrying when another instance wrote in between. */
async function addToWeek(
  docs: Storage['documents'],
  week: string,
  events: ReadonlyMap<UsageEvent, number>,
): Promise<void> {
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const stored = await docs.get<WeekCounts>(USAGE_COLLECTION, week);
    const counts = { ...(stored?.value.counts ?? {}) };
    for (const [event, n] of events) counts[event] = (counts[event] ?? 0) + n;
    try {
      await docs.put<WeekCounts>(
        USAGE_COLLECTION,
        week,
        { week, counts },
        stored ? { ifMatch: stored.etag } : { ifNoneMatch: '*' },
      );
      return;
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
  }
  throw new ConcurrencyConflictError(USAGE_COLLECTION, week);
}

/** How long counted events wait in memory before they are written together. */
export const USAGE_WRITE_DELAY_MS = 15_000;

/**
 * Weekly counters on the document store: one document per ISO week, incremented with an etag
 * so that instances counting at the same time lose nothing. Events are counted in memory and
 * written together once `writeDelayMs` after the first unwritten one, on `flush()` (shutdown,
 * tests) and before the counts are read: a turn then costs no storage write for statistics.
 * The timer does not keep the process alive; a stop flushes what is left.
 */
export function createUsageCounter(deps: {
  readonly storage: Storage;
  readonly logger: Logger;
  readonly writeDelayMs?: number;
}) {
  const docs = deps.storage.documents;
  const writeDelayMs = deps.writeDelayMs ?? USAGE_WRITE_DELAY_MS;
  let queue: Promise<void> = Promise.resolve();
  /** Week -> event -> how many, not yet written. */
  let pending = new Map<string, Map<UsageEvent, number>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The week of the last second an event came in: turns arrive many to a second. */
  let lastWeek: { second: number; week: string } | undefined;

  function weekOf(at: Date): string {
    const second = Math.floor(at.getTime() / 1000);
    if (lastWeek?.second !== second) lastWeek = { second, week: isoWeekOf(at) };
    return lastWeek.week;
  }

  async function writeBatch(batch: ReadonlyMap<string, ReadonlyMap<UsageEvent, number>>): Promise<void> {
    for (const [week, events] of batch) {
      try {
        await addToWeek(docs, week, events);
      } catch (error) {
        deps.logger.warn('usage count not recorded', { errorName: (error as Error).name });
      }
    }
  }

  /** Hands what is pending to the write queue (one write after another, never two at once). */
  function writePending(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.size > 0) {
      const batch = pending;
      pending = new Map();
      queue = queue.then(() => writeBatch(batch));
    }
    return queue;
  }

  const recorder: UsageRecorder & UsageReader & { flush(): Promise<void> } = {
    record(event, at) {
      const week = weekOf(at);
      let events = pending.get(week);
      if (!events) pending.set(week, (events = new Map()));
      events.set(event, (events.get(event) ?? 0) + 1);
      if (timer) return;
      timer = setTimeout(() => void writePending(), writeDelayMs);
      timer.unref();
    },
    async weekly(weeks): Promise<UsageWeekCounts[]> {
      // This instance's own recent events count too.
      await writePending();
      const found = await Promise.all(weeks.map((week) => docs.get<WeekCounts>(USAGE_COLLECTION, week)));
      return weeks.map((week, i) => ({ week, counts: found[i]?.value.counts ?? {} }));
    },
    /** Writes every recorded event now and resolves when they are stored (shutdown, tests). */
    flush: writePending,
  };
  return recorder;
}

export type UsageCounter = ReturnType<typeof createUsageCounter>;
