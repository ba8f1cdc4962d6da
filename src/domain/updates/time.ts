/**
 * Times for knowledge updates are entered and shown in Danish local time (Europe/Copenhagen,
 * CET/CEST); storage is ISO 8601 UTC.
 */
import { DANISH_TIME_ZONE, wallClock, zoneOffsetMs } from '../shared/danishTime';

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * "2026-03-03" + "07:30" in Danish time -> ISO UTC. Returns undefined for malformed input and for
 * a time that does not exist (the hour skipped when summer time starts).
 */
export function localToIso(date: string, time: string, timeZone = DANISH_TIME_ZONE): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time.trim());
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [+d[1], +d[2], +d[3], +t[1], +t[2]];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  let guess = naive - zoneOffsetMs(new Date(naive), timeZone);
  guess = naive - zoneOffsetMs(new Date(guess), timeZone);
  const check = wallClock(new Date(guess), timeZone);
  if (
    check.year !== year ||
    check.month !== month ||
    check.day !== day ||
    check.hour !== hour ||
    check.minute !== minute
  ) {
    return undefined;
  }
  return new Date(guess).toISOString();
}

/** ISO -> { date: "2026-03-03", time: "07:30" } in Danish time, for prefilling the form. */
export function isoToLocal(iso: string, timeZone = DANISH_TIME_ZONE): { date: string; time: string } {
  const p = wallClock(new Date(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** "3. marts 2026 kl. 07.30" */
export function formatDanishDateTime(iso: string, timeZone = DANISH_TIME_ZONE): string {
  const p = wallClock(new Date(iso), timeZone);
  return `${p.day}. ${MONTHS[p.month - 1]} ${p.year} kl. ${String(p.hour).padStart(2, '0')}.${String(p.minute).padStart(2, '0')}`;
}

/** "3. marts 2026" */
export function formatDanishDate(iso: string, timeZone = DANISH_TIME_ZONE): string {
  const p = wallClock(new Date(iso), timeZone);
  return `${p.day}. ${MONTHS[p.month - 1]} ${p.year}`;
}
