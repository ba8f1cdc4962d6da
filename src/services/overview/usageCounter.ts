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

/**
 * Weekly counters on the document store: one document per ISO week, incremented with an etag
 * so that instances counting at the same time lose nothing. Writes are queued per process, so a
 * burst of turns costs one conditional write after another rather than a storm of conflicts.
 */
export function createUsageCounter(deps: { readonly storage: Storage; readonly logger: Logger }) {
  const docs = deps.storage.documents;
  let queue: Promise<void> = Promise.resolve();

  async function increment(week: string, event: UsageEvent): Promise<void> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const stored = await docs.get<WeekCounts>(USAGE_COLLECTION, week);
      const counts = { ...(stored?.value.counts ?? {}) };
      counts[event] = (counts[event] ?? 0) + 1;
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

  const recorder: UsageRecorder & UsageReader & { flush(): Promise<void> } = {
    record(event, at) {
      const week = isoWeekOf(at);
      queue = queue
        .then(() => increment(week, event))
        .catch((error: Error) => deps.logger.warn('usage count not recorded', { errorName: error.name }));
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
