import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function runCli(args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync(TSX, ['src/cli/pathway.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

const KEYS = ['text', 'pathway', 'alsoConsider', 'dutyToNotify', 'acute', 'reasons', 'involve', 'nextSteps'];

describe('pathway CLI (--json contract)', () => {
  it('classifies descriptions from stdin, one JSON object per line and nothing else', () => {
    const input = [
      'drengen på 4 år i børnehaven taler meget lidt',
      '',
      // Neglect without danger now: a disclosure of violence may read as acute to the model.
      'en elev i 8. klasse kommer hver dag uden madpakke og er altid sulten',
      'pigen tør ikke gå hjem, mor slog hende i går',
      'han er 3 år, CPR 010203-1234, og har blå mærker',
    ].join('\n');
    const result = runCli(['--json'], input);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const record of records) expect(Object.keys(record)).toEqual(KEYS);
    expect(records[0]).toMatchObject({ pathway: 'dagtilbud', dutyToNotify: false, acute: false });
    expect(records[1]).toMatchObject({
      pathway: 'social',
      dutyToNotify: true,
      acute: false,
      alsoConsider: ['skole'],
    });
    expect(records[2]).toMatchObject({ dutyToNotify: true, acute: true });
    expect(records[3].text).not.toContain('010203');
    expect(result.stdout).not.toContain('1234');
  });

  it('classifies the TEXT argument', () => {
    const result = runCli(['--json', 'vi legede slå-på-tæppe']);
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({ text: 'vi legede slå-på-tæppe', dutyToNotify: false, acute: false });
  });

  it('stops with the file and line when the config is broken', () => {
    const result = runCli(['--json', 'x'], undefined, {
      CONFIG_DIR: join(ROOT, 'tests', 'no-such-config-dir'),
      // With the model on (the default) its file is read first; this test is about pathways.yaml.
      SAFETY_MODEL: 'off',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/pathways\.yaml/);
  });
});
