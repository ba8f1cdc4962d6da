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

/**
 * Weekly counters on the document store: one document per ISO week, incremented with an etag
 * so that instances counting at the same time lose nothing. Events wait in memory while a write
 * is under way and go out together in the next one. A timed window would batch more on SQLite
 * (whose writes finish before the next turn), but it writes at an unrelated later moment, and a
 * request that must change nothing (bad input) could then see a statistics write land during it.
 */
export function createUsageCounter(deps: { readonly storage: Storage; readonly logger: Logger }) {
  const docs = deps.storage.documents;
  let queue: Promise<void> = Promise.resolve();
  /** Week -> event -> how many, not yet written. */
  let pending = new Map<string, Map<UsageEvent, number>>();
  let writeScheduled = false;
  /** The week of the last second an event came in: turns arrive many to a second. */
  let lastWeek: { second: number; week: string } | undefined;

  function weekOf(at: Date): string {
    const second = Math.floor(at.getTime() / 1000);
    if (lastWeek?.second !== second) lastWeek = { second, week: isoWeekOf(at) };
    return lastWeek.week;
  }

  async function writePending(): Promise<void> {
    writeScheduled = false;
    const batch = pending;
    pending = new Map();
    for (const [week, events] of batch) {
      try {
        await addToWeek(docs, week, events);
      } catch (error) {
        deps.logger.warn('usage count not recorded', { errorName: (error as Error).name });
      }
    }
  }

  const recorder: UsageRecorder & UsageReader & { flush(): Promise<void> } = {
    record(event, at) {
      const week = weekOf(at);
      let events = pending.get(week);
      if (!events) pending.set(week, (events = new Map()));
      events.set(event, (events.get(event) ?? 0) + 1);
      if (writeScheduled) return;
      writeScheduled = true;
      queue = queue.then(writePending);
    },
    async weekly(weeks): Promise<UsageWeekCounts[]> {
      const found = await Promise.all(weeks.map((week) => docs.get<WeekCounts>(USAGE_COLLECTION, week)));
      return weeks.map((week, i) => ({ week, counts: found[i]?.value.counts ?? {} }));
    },
    /** Resolves when every recorded event has been written (tests, shutdown). */
    flush: () => queue,
  };
  return recorder;
}

export type UsageCounter = ReturnType<typeof createUsageCounter>;
