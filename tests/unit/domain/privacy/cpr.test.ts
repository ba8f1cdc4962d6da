/**
 * The one CPR detector: every written form of a real date plus four digits is caught (property
 * test), forms of dates that do not exist are not, and ordinary Danish staff text is not flagged
 * (a corpus with a reported false-positive rate). The figures go to test-output/privacy/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import {
  containsCpr,
  containsCprInValue,
  cprCentury,
  CPR_MASK,
  displayNameWithoutCpr,
  isCalendarDate,
  redactCpr,
} from '../../../../src/domain/privacy/cpr';

const OUTPUT_DIR = resolve(__dirname, '..', '..', '..', '..', 'test-output', 'privacy');
const figures: Record<string, unknown> = {};

afterAll(() => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, 'cpr-detection.json'), `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`CPR detection figures: ${JSON.stringify(figures)}\n`);
});

const pad = (n: number) => String(n).padStart(2, '0');

/** Separators people put between the groups: none, one, or several. */
const SEPARATORS = ['', ' ', '-', '.', '/', ' - ', '. ', '\n', '-\n', ' / ', '\u2013', '\u00a0', '  '];
/** What may sit inside the number without a reader noticing. */
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

const FULL_WIDTH_ZERO = 0xff10;
const toFullWidth = (text: string) =>
  text.replace(/\d/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));

interface CprParts {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly serial: string;
}

/** A written form: separators between the groups, maybe invisible characters, maybe full-width digits. */
const writtenForm = (parts: fc.Arbitrary<CprParts>) =>
  fc
    .record({
      parts,
      gaps: fc.tuple(
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...SEPARATORS),
      ),
      invisible: fc.option(fc.tuple(fc.constantFrom(...INVISIBLES), fc.nat(9)), { nil: undefined }),
      fullWidth: fc.boolean(),
      before: fc.constantFrom('', 'eleven ', 'cpr: ', 'Barnet (', 'abc', '\n'),
      after: fc.constantFrom('', ' har fravær', ')', 'xyz', '.'),
    })
    .map(({ parts, gaps, invisible, fullWidth, before, after }) => {
      const groups = [pad(parts.day), pad(parts.month), pad(parts.year % 100)];
      let number = `${groups[0]}${gaps[0]}${groups[1]}${gaps[1]}${groups[2]}${gaps[2]}${parts.serial}`;
      if (invisible) {
        const [character, at] = invisible;
        const position = Math.min(at + 1, number.length - 1);
        number = number.slice(0, position) + character + number.slice(position);
      }
      if (fullWidth) number = toFullWidth(number);
      return { text: `${before}${number}${after}`, number, parts };
    });

const daysIn = (month: number, year: number) =>
  [
    31,
    (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][month - 1];

/** A serial number whose first digit puts the two-digit year in `year`'s century (CPR table). */
function serialFor(year: number, seventh: number, rest: number): string | undefined {
  const yy = year % 100;
  if (cprCentury(yy, seventh) + yy !== year) return undefined;
  return `${seventh}${String(rest).padStart(3, '0')}`;
}

const validCpr: fc.Arbitrary<CprParts> = fc
  .record({
    year: fc.integer({ min: 1858, max: 2036 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    seventh: fc.integer({ min: 0, max: 9 }),
    rest: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ year, month, dayFraction, seventh, rest }) => {
    const day = 1 + Math.min(daysIn(month, year) - 1, Math.floor(dayFraction * daysIn(month, year)));
    return { day, month, year, serial: serialFor(year, seventh, rest) };
  })
  .filter((p): p is CprParts => p.serial !== undefined);

/** Dates that do not exist: day 0 or past the month's end, month 0 or 13+, 29 February off leap years. */
const invalidCpr: fc.Arbitrary<CprParts> = fc.oneof(
  fc
    .record({
      day: fc.integer({ min: 32, max: 99 }),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: 1900, max: 1999 }),
      rest: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ day, month, year, rest }) => ({ day, month, year, serial: `0${String(rest).padStart(3, '0')}` })),
  fc
    .record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
      year: fc.integer({ min: 1900, max: 1999 }),
      rest: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ day, month, year, rest }) => ({ day, month, year, serial: `1${String(rest).padStart(3, '0')}` })),
  fc
    .record({
      month: fc.constantFrom(4, 6, 9, 11),
      year: fc.integer({ min: 1900, max: 1999 }),
      rest: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ month, year, rest }) => ({ day: 31, month, year, serial: `2${String(rest).padStart(3, '0')}` })),
  fc
    .record({
      year: fc.integer({ min: 1901, max: 1999 }).filter((y) => y % 4 !== 0),
      rest: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ year, rest }) => ({ day: 29, month: 2, year, serial: `3${String(rest).padStart(3, '0')}` })),
  fc
    .record({
      day: fc.constant(0),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: 1900, max: 1999 }),
      rest: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ day, month, year, rest }) => ({ day, month, year, serial: `0${String(rest).padStart(3, '0')}` })),
);

describe('written forms of CPR numbers', () => {
  it('catches every written form of a date that exists, and redaction removes the whole number', () => {
    let generated = 0;
    let caught = 0;
    fc.assert(
      fc.property(writtenForm(validCpr), ({ text, number }) => {
        generated++;
        const found = containsCpr(text);
        if (found) caught++;
        const redacted = redactCpr(text);
        return found && redacted.includes(CPR_MASK) && !redacted.includes(number) && !containsCpr(redacted);
      }),
      { numRuns: 20_000, seed: 20261130 },
    );
    figures.validFormsGenerated = generated;
    figures.validFormsCaught = caught;
    expect(caught).toBe(generated);
  });

  it('does not flag the same forms when the date does not exist', () => {
    let generated = 0;
    let flagged = 0;
    fc.assert(
      fc.property(writtenForm(invalidCpr), ({ text, parts }) => {
        generated++;
        const found = containsCpr(text);
        if (found) flagged++;
        expect(isCalendarDate(parts.day, parts.month, parts.year)).toBe(false);
        return !found;
      }),
      { numRuns: 10_000, seed: 20261130 },
    );
    figures.invalidFormsGenerated = generated;
    figures.invalidFormsFlagged = flagged;
    expect(flagged).toBe(0);
  });

  it.each([
    ['15.03.87-4303'],
    ['15 03 87 4304'],
    ['15-03-87-4308'],
    ['150387 4303'],
    ['１５０３８７－４３０３'],
    ['1503\u200b87-4303'],
    ['15\u00ad03\u00ad87\u00ad4303'],
    ['eleven150387-4303harfravær'],
    ['født 150387-\n4303'],
    ['150387/4303'],
    ['15. 03. 87 - 4303'],
  ])('catches the probe form %j', (text) => {
    expect(containsCpr(text)).toBe(true);
    expect(redactCpr(text)).not.toMatch(/4303/);
  });

  it('applies the century of the 7th digit to 29 February', () => {
    expect(containsCpr('290200-1234')).toBe(false); // 1900 was not a leap year
    expect(containsCpr('290200-4234')).toBe(true); // 2000 was
    expect(containsCpr('290296-1234')).toBe(true); // 1996
    expect(containsCpr('290201-4234')).toBe(false);
  });

  it('keeps text around a redacted number exactly as written', () => {
    expect(redactCpr('Barnet 1503\u200b87-4303 er 8 år')).toBe(`Barnet ${CPR_MASK} er 8 år`);
    expect(redactCpr('a １５０３８７４３０３ b')).toBe(`a ${CPR_MASK} b`);
  });

  it('finds a number in nested card data and in a number value', () => {
    expect(containsCprInValue({ form: { rows: ['x', '15 03 87 4303'] } })).toBe(true);
    expect(containsCprInValue({ n: 1503874303 })).toBe(true);
    expect(containsCprInValue({ form: { rows: ['8.b', 'BU-2026-0042'] } })).toBe(false);
  });

  it('keeps a display name free of CPR numbers', () => {
    expect(displayNameWithoutCpr('Anna Hansen')).toBe('Anna Hansen');
    expect(displayNameWithoutCpr('Anna 150387-4303 Hansen')).toBe('Anna Hansen');
    expect(displayNameWithoutCpr('150387-4303')).toBeUndefined();
    expect(displayNameWithoutCpr(undefined)).toBeUndefined();
  });
});

/**
 * Realistic staff text from schools, day care and family services (eval/cpr-ordinary-text.json,
 * shared with `npm run bench`): phone numbers, dates with times, case references, class names,
 * amounts, postal codes with years, order and journal numbers.
 */
const ORDINARY_TEXT = JSON.parse(
  readFileSync(resolve(__dirname, '..', '..', '..', '..', 'eval', 'cpr-ordinary-text.json'), 'utf8'),
) as string[];

describe('ordinary staff text', () => {
  it('flags at most 5 % of realistic messages and reports the rate', () => {
    const flagged = ORDINARY_TEXT.filter((text) => containsCpr(text));
    const rate = flagged.length / ORDINARY_TEXT.length;
    figures.corpusMessages = ORDINARY_TEXT.length;
    figures.corpusFlagged = flagged.length;
    figures.falsePositiveRate = rate;
    figures.corpusFlaggedExamples = flagged;
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('leaves ordinary text unchanged when redacting', () => {
    for (const text of ORDINARY_TEXT.filter((t) => !containsCpr(t))) expect(redactCpr(text)).toBe(text);
  });
});
