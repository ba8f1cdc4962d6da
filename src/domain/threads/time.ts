/** Danish local time <-> UTC for coordination threads, and the short da-DK display forms. */
import { DANISH_TIME_ZONE, wallClock, zoneOffsetMs } from '../shared/danishTime';
import type { Language } from '../shared/language';

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
  let guess = naive - zoneOffsetMs(new Date(naive));
  guess = naive - zoneOffsetMs(new Date(guess));
  return new Date(guess);
}

/** Day, short month and year in Danish time, with the clock when `withTime`, for one locale. */
function danishTimeFormat(locale: string, withTime: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    timeZone: DANISH_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}

const DISPLAY = danishTimeFormat('da-DK', true);
const DISPLAY_DATE = danishTimeFormat('da-DK', false);

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
  const c = wallClock(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

const ENGLISH_DISPLAY = danishTimeFormat('en-GB', true);
const ENGLISH_DISPLAY_DATE = danishTimeFormat('en-GB', false);

/** A YYYY-MM-DD date for a reader of this language: "3. dec. 2026" or "3 Dec 2026" (Danish time either way). */
export function formatDateIn(language: Language, date: string): string {
  return language === 'en'
    ? ENGLISH_DISPLAY_DATE.format(new Date(`${date}T12:00:00Z`))
    : formatDanishDate(date);
}

/** An instant in Danish time for a reader of this language: "3. dec. 2026 14.30" or "3 Dec 2026, 14:30". */
export function formatDateTimeIn(language: Language, instant: Date | string): string {
  return language === 'en'
    ? ENGLISH_DISPLAY.format(typeof instant === 'string' ? new Date(instant) : instant)
    : formatDanishDateTime(instant);
}
