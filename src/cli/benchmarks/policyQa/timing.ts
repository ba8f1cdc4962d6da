/** How the policy Q&A benchmark times queries: percentiles, CPU time and garbage collections. */
import { PerformanceObserver } from 'node:perf_hooks';
import { round } from '../../evaluations/policyQa/ranking';
import { nearestRank } from '../../measure';

function percentile(values: readonly number[], p: number): number {
  return nearestRank(
    [...values].sort((a, b) => a - b),
    p,
  );
}

export function latency(samples: readonly number[]): { p50Ms: number; p99Ms: number; queries: number } {
  return {
    p50Ms: round(percentile(samples, 50), 3),
    p99Ms: round(percentile(samples, 99), 3),
    queries: samples.length,
  };
}

/** Timed queries per measurement (after an untimed warm-up), so that p99 rests on 10+ samples. */
export const TIMED_QUERIES = 1500;
export const WARM_UP_QUERIES = 200;

/** Garbage collections (count, total pause) while `fn` runs. */
export async function withGcStats<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; gcCount: number; gcPauseMs: number }> {
  let gcCount = 0;
  let gcPauseMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcCount++;
      gcPauseMs += e.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    const result = await fn();
    // GC entries are delivered on a later timer turn.
    await new Promise((r) => setTimeout(r, 50));
    return { result, gcCount, gcPauseMs: round(gcPauseMs, 1) };
  } finally {
    observer.disconnect();
  }
}

export function cpuMs(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
}
