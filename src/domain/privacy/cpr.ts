/**
 * Danish CPR numbers (DDMMYY-SSSS), the one detector every path uses: chat messages, card inputs,
 * display names, uploaded documents, feedback and log lines.
 *
 * Since 2007 not every number passes the modulus-11 check, so detection relies on a date that
 * exists plus four digits. Over-detection is preferred: a false alarm costs a rephrase, a miss puts
 * a CPR number into chat history.
 *
 * People write the number in many ways, so the text is first reduced to what a reader sees:
 * format characters (zero-width space/joiners, word joiner, BOM, soft hyphen: Unicode category Cf)
 * are dropped and every character is NFKC-normalised (full-width and other compatibility digits
 * become 0-9). Between the date parts and before the serial number, up to a few separators
 * (spaces, line breaks, dashes, dots, slashes) are allowed. A match is mapped back to the original
 * text, so redaction removes exactly what the user typed.
 */

/** Characters people put between the groups of a CPR number (after NFKC normalisation). */
const SEPARATOR = '[\\s.\\-/\\u2010-\\u2015\\u2212_]';
const GAP = `${SEPARATOR}{0,4}`;
const CPR_CANDIDATE = new RegExp(`(?<!\\d)(\\d{2})${GAP}(\\d{2})${GAP}(\\d{2})${GAP}(\\d)(\\d{3})(?!\\d)`);
/**
 * The same expression with the global flag, compiled once: cprSpans is called for every message,
 * card value and log line. Safe to share because cprSpans is synchronous and resets lastIndex.
 */
const CPR_CANDIDATES = new RegExp(CPR_CANDIDATE.source, 'g');
const FORMAT_CHARACTER = /^\p{Cf}$/u;

/**
 * The full year a CPR number's date means, from its two-digit year and the first digit of the
 * serial number (CPR-kontoret's century table).
 */
export function cprCentury(yearTwoDigits: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yearTwoDigits <= 36 ? 2000 : 1900;
  return yearTwoDigits <= 57 ? 2000 : 1800;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when day/month/year is a date in the calendar (29 February only in leap years). */
export function isCalendarDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

/** A character that normalisation changed: where it is in the original and in the normalised text. */
interface ChangedCharacter {
  readonly original: number;
  readonly originalEnd: number;
  readonly normalised: number;
  readonly normalisedEnd: number;
}

interface NormalisedText {
  readonly text: string;
  /** In order; everything between them is copied unchanged (most text: ASCII, æ, ø, å). */
  readonly changed: readonly ChangedCharacter[];
}

const NON_ASCII = /[^\p{ASCII}]/gu;

/** Drops format characters and NFKC-normalises what NFKC changes, remembering where it came from. */
function normalise(original: string): NormalisedText {
  const pieces: string[] = [];
  const changed: ChangedCharacter[] = [];
  let copiedUpTo = 0;
  let length = 0;
  for (const match of original.matchAll(NON_ASCII)) {
    const character = match[0];
    const replacement = FORMAT_CHARACTER.test(character) ? '' : character.normalize('NFKC');
    if (replacement === character) continue;
    const start = match.index ?? 0;
    pieces.push(original.slice(copiedUpTo, start), replacement);
    length += start - copiedUpTo;
    changed.push({
      original: start,
      originalEnd: start + character.length,
      normalised: length,
      normalisedEnd: length + replacement.length,
    });
    length += replacement.length;
    copiedUpTo = start + character.length;
  }
  if (changed.length === 0) return { text: original, changed };
  pieces.push(original.slice(copiedUpTo));
  return { text: pieces.join(''), changed };
}

/** Where the character at `index` of the normalised text starts (`edge` 'start') or ends in the original. */
function originalPosition(text: NormalisedText, index: number, edge: 'start' | 'end'): number {
  const { changed } = text;
  let low = 0;
  let high = changed.length - 1;
  let before: ChangedCharacter | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (changed[middle].normalised <= index) {
      before = changed[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (!before) return edge === 'start' ? index : index + 1;
  if (index < before.normalisedEnd) return edge === 'start' ? before.original : before.originalEnd;
  const position = before.originalEnd + (index - before.normalisedEnd);
  return edge === 'start' ? position : position + 1;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function cprSpans(original: string): Span[] {
  if (!/\p{N}/u.test(original)) return [];
  const normalised = normalise(original);
  const spans: Span[] = [];
  const candidate = CPR_CANDIDATES;
  candidate.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = candidate.exec(normalised.text)) !== null) {
    const [, day, month, year, seventh] = match;
    const fullYear = cprCentury(Number(year), Number(seventh)) + Number(year);
    if (!isCalendarDate(Number(day), Number(month), fullYear)) {
      // A group that is not a date may still begin a real number a little further on.
      candidate.lastIndex = match.index + 1;
      continue;
    }
    const last = match.index + match[0].length - 1;
    spans.push({
      start: originalPosition(normalised, match.index, 'start'),
      end: originalPosition(normalised, last, 'end'),
    });
  }
  return spans;
}

export function containsCpr(text: string): boolean {
  return cprSpans(text).length > 0;
}

export function containsCprInValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === 'string') return containsCpr(value);
  if (typeof value === 'number') return containsCpr(String(value));
  if (Array.isArray(value)) return value.some((item) => containsCprInValue(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.values(value).some((item) => containsCprInValue(item, depth + 1));
  }
  return false;
}

export const CPR_MASK = '[CPR fjernet]';

/** Replaces every CPR number, in whatever form it was written, with `mask`. */
export function redactCpr(text: string, mask: string = CPR_MASK): string {
  let result = text;
  for (const span of cprSpans(text).reverse()) {
    result = result.slice(0, span.start) + mask + result.slice(span.end);
  }
  return result;
}

/**
 * A display name as it may be stored and shown: a CPR number in it is removed, and a name that was
 * nothing but a CPR number becomes undefined (the caller then shows a role or id instead).
 */
export function displayNameWithoutCpr(name: string | undefined): string | undefined {
  if (name === undefined || !containsCpr(name)) return name;
  const rest = redactCpr(name, '').replace(/\s+/g, ' ').trim();
  return /[\p{L}]/u.test(rest) ? rest : undefined;
}
