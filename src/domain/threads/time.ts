import { DANISH_TIME_ZONE } from '../shared/danishTime';

/* Danish local time <-> UTC without a date library (Intl knows the Europe/Copenhagen rules). */

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function offsetMs(instant: Date): number {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** `2026-12-03`, `14:30` in Danish time -> the UTC instant. Returns undefined for invalid input. */
export function danishLocalToUtc(date: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (hour > 23 || minute > 59) return undefined;
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  let guess = naive - offsetMs(new Date(naive));
  guess = naive - offsetMs(new Date(guess));
  return new Date(guess);
}

const DISPLAY = new Intl.DateTimeFormat('da-DK', {
  timeZone: DANISH_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DISPLAY_DATE = new Intl.DateTimeFormat('da-DK', {
  timeZone: DANISH_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "3. dec. 2026 14.30" */
export function formatDanishDateTime(instant: Date | string): string {
  return DISPLAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** "3. dec. 2026" for a YYYY-MM-DD date. */
export function formatDanishDate(date: string): string {
  return DISPLAY_DATE.format(new Date(`${date}T12:00:00Z`));
}

/** The Danish calendar date (YYYY-MM-DD) of an instant. */
export function danishDateOf(instant: Date): string {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
