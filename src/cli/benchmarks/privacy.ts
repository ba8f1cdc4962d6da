/**
 * Benchmark of the one CPR detector: how fast it reads a chat message and a large document, how
 * many seeded written forms of real CPR numbers it catches, and its false-positive rate on
 * ordinary staff text (eval/cpr-ordinary-text.json, the corpus the unit test also uses).
 * Run through `npm run bench` (name = 'privacy') or `npx tsx src/cli/benchmarks/privacy.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containsCpr, cprCentury, isCalendarDate, redactCpr } from '../../domain/privacy/cpr';
import { nearestRank, seededRandom } from '../measure';

export const name = 'privacy';

const ROOT = join(__dirname, '..', '..', '..');
const SEPARATORS = ['', ' ', '-', '.', '/', ' - ', '. ', '\n', '\u2013', '\u00a0'];
const INVISIBLES = ['', '', '\u200b', '\u2060', '\ufeff', '\u00ad'];
const round = (value: number, digits = 3): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Seeded written forms of real dates with a serial whose 7th digit fits the century. */
function writtenForms(count: number): string[] {
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const forms: string[] = [];
  while (forms.length < count) {
    const year = 1858 + Math.floor(random() * 179);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 31);
    const seventh = Math.floor(random() * 10);
    if (!isCalendarDate(day, month, year) || cprCentury(year % 100, seventh) + (year % 100) !== year)
      continue;
    const serial = `${seventh}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
    let number = [
      pad(day),
      pick(SEPARATORS),
      pad(month),
      pick(SEPARATORS),
      pad(year % 100),
      pick(SEPARATORS),
      serial,
    ].join('');
    const invisible = pick(INVISIBLES);
    const at = 1 + Math.floor(random() * (number.length - 1));
    number = number.slice(0, at) + invisible + number.slice(at);
    if (random() < 0.2) number = number.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    forms.push(`eleven ${number} har fravær`);
  }
  return forms;
}

function microseconds(fn: () => void, rounds: number): { p50: number; p99: number } {
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    timings.push((performance.now() - t0) * 1000);
  }
  timings.sort((a, b) => a - b);
  return { p50: round(nearestRank(timings, 50), 1), p99: round(nearestRank(timings, 99), 1) };
}

export async function run(): Promise<Record<string, unknown>> {
  const corpus = JSON.parse(readFileSync(join(ROOT, 'eval', 'cpr-ordinary-text.json'), 'utf8')) as string[];
  const flagged = corpus.filter((text) => containsCpr(text));
  const forms = writtenForms(10_000);
  const caught = forms.filter((form) => containsCpr(form) && !containsCpr(redactCpr(form))).length;

  const message = 'Hvad siger politikken om trivsel for en elev i 8.b, tlf 97 12 34 56?';
  const paragraph =
    'Børn og unge i Herning skal trives i fællesskaber. Mødet holdes 15.03.2026 kl. 10.30, sag BU-2026-0042. ';
  const document = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
  for (let i = 0; i < 200; i++) containsCpr(message);
  const messageUs = microseconds(() => containsCpr(message), 5000);
  const documentUs = microseconds(() => redactCpr(document), 21);
  return {
    writtenFormsGenerated: forms.length,
    writtenFormsCaught: caught,
    corpusMessages: corpus.length,
    corpusFlagged: flagged.length,
    falsePositiveRate: round(flagged.length / corpus.length, 4),
    messageP50Us: messageUs.p50,
    messageP99Us: messageUs.p99,
    document200KbRedactP50Ms: round(documentUs.p50 / 1000),
    document200KbRedactP99Ms: round(documentUs.p99 / 1000),
  };
}

if (require.main === module) {
  void run().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
