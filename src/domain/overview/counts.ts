import { wallClock, DANISH_TIME_ZONE } from '../shared/danishTime';

/**
 * Usage figures are shown to managers as counts only. A count below this could point at one
 * person (one social worker's one case), so it is replaced by "under 5".
 */
export const SUPPRESSION_THRESHOLD = 5;

/** A count as the tab shows it: the number, or `null` when it is suppressed. */
export type ShownCount = number | null;

export function suppressSmall(count: number): ShownCount {
  return count > 0 && count < SUPPRESSION_THRESHOLD ? null : count;
}

/**
 * A share is only shown when both counts behind it are shown: a rate of 1/3 would reveal the
 * small numbers it hides.
 */
export function suppressedRate(part: number, whole: number): number | null {
  if (suppressSmall(part) === null || suppressSmall(whole) === null || whole === 0) return null;
  if (whole - part > 0 && whole - part < SUPPRESSION_THRESHOLD) return null;
  return Math.round((part / whole) * 1000) / 1000;
}

/** ISO 8601 week of an instant in Danish time, as "2026-W09". */
export function isoWeekOf(instant: Date, timeZone: string = DANISH_TIME_ZONE): string {
  const local = wallClock(instant, timeZone);
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the week's Thursday decides its year
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The `count` weeks up to and including the week of `now`, oldest first. */
export function recentWeeks(now: Date, count: number, timeZone: string = DANISH_TIME_ZONE): string[] {
  const weeks: string[] = [];
  for (let i = count - 1; i >= 0; i--)
    weeks.push(isoWeekOf(new Date(now.getTime() - i * 7 * 86_400_000), timeZone));
  return weeks;
}
