import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/knowledge');

interface AskLine {
  question: string;
  answered: boolean;
  confidence: number;
  answer: string;
  citations: { title: string; section: string; quote: string; source: string }[];
}

function ask(args: readonly string[], input?: string): string {
  return execFileSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'src/cli/ask.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
    env: { ...process.env, LOG_LEVEL: 'info' },
  });
}

/** One question given as arguments: the raw stdout and its one JSON line. */
function askOne(args: readonly string[]): { stdout: string; line: AskLine } {
  const stdout = ask(['--json', ...args]);
  return { stdout, line: JSON.parse(stdout.trim()) as AskLine };
}

describe('ask CLI contract', () => {
  it('answers stdin questions one JSON line each, citing verbatim quotes, with nothing else on stdout', () => {
    const stdout = ask(
      ['--json', '--knowledge', FIXTURES],
      'hvilke temaer har skolepolitikken?\n\nhvornår er der sommerferie?\nhvornår får forældrene besked om fravær\n',
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const [themes, holiday, absence] = lines.map((l) => JSON.parse(l) as AskLine);
    for (const line of [themes, holiday, absence]) {
      expect(Object.keys(line).sort()).toEqual(['answer', 'answered', 'citations', 'confidence', 'question']);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
    expect(themes.answered).toBe(true);
    expect(themes.citations[0]).toMatchObject({
      title: 'Testkommunens skolepolitik',
      section: 'Testkommunens skolepolitik > Politikkens tre temaer',
      source: 'https://example.org/skolepolitik',
    });
    expect(readFileSync(join(FIXTURES, 'skolepolitik.md'), 'utf8')).toContain(themes.citations[0].quote);
    expect(holiday).toMatchObject({ answered: false, answer: '', citations: [] });
    expect(absence.answered).toBe(true);
    expect(readFileSync(join(FIXTURES, 'kommuneside.txt'), 'utf8')).toContain(absence.citations[0].quote);
  });

  it('answers a yes/no question about a claim from the section that settles it', () => {
    // "Passer det at ..." asks whether a claim holds: the framing carries no topic of its own.
    const { line } = askOne([
      '--collection',
      'starter',
      'Passer det at man selv skal underrette, også når lederen ved det?',
    ]);
    expect(line.answered).toBe(true);
    expect(line.citations[0].section).toMatch(/underret|Pligten er personlig/i);
  });

  it('takes the question as an argument and redacts a CPR number', () => {
    const { stdout, line } = askOne([
      '--knowledge',
      join(FIXTURES, 'skolepolitik.md'),
      'kontakt',
      'til',
      'PPR',
      'for',
      '010203-1234',
    ]);
    expect(line.answered).toBe(true);
    expect(line.question).not.toContain('010203');
    expect(stdout).not.toContain('010203-1234');
    expect(line.citations[0].section).toBe('Testkommunens skolepolitik > Kontakt til PPR');
  });
});
