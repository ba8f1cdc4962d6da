/** What the simulated users of the contention scenarios do, and how their timings are summarised. */
import { nearestRank } from '../../measure';

export const USERS = 50;
export const ACTIONS_PER_USER = 10;

/**
 * A person whose click hit a stale card sees the refreshed card first and clicks again a moment
 * later; without this pause 49 users would re-click in the same millisecond, which no Teams client
 * can do (a card refresh alone is a network round trip).
 */
export const RECLICK_DELAY_MS = { min: 20, max: 200 };

/** The invoke answer for a stale card carries this Danish note. */
export const STALE_MARKER = 'opdateret af en anden';

/** The 10 clicks of one user: each participant first accepts; the owner adds a decision instead. */
export const SCRIPT = [
  'accept',
  'addTask',
  'addDecision',
  'completeTask',
  'addTask',
  'addDecision',
  'completeTask',
  'addDecision',
  'addTask',
  'completeTask',
] as const;

export type ClickKind = (typeof SCRIPT)[number];

/** The owner (user 0) has nothing to accept, so the first click is a decision. */
export function clickOf(kind: ClickKind, userIndex: number): ClickKind {
  return kind === 'accept' && userIndex === 0 ? 'addDecision' : kind;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function reclickPause(random: () => number): Promise<unknown> {
  return sleep(RECLICK_DELAY_MS.min + random() * (RECLICK_DELAY_MS.max - RECLICK_DELAY_MS.min));
}

export function pause(ms: number): Promise<unknown> {
  return sleep(ms);
}

export function percentile(sorted: number[], p: number): number {
  return Math.round(nearestRank(sorted, p) * 100) / 100;
}

/** p50 and p99 of unsorted timings, rounded to hundredths. */
export function latencySummary(timings: number[]): { p50: number; p99: number } {
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 50), p99: percentile(timings, 99) };
}
