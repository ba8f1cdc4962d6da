import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { PNG } from 'pngjs';
import { escapeLoneBrackets } from '../../../src/cli/appPackage/localization';
import { PackageAppError } from '../../../src/cli/appPackage/packageAppError';
import {
  LOCAL_PLACEHOLDERS,
  parseEnvFile,
  substitutePlaceholders,
} from '../../../src/cli/appPackage/variables';
import { buildAppPackage, parseArguments } from '../../../src/cli/packageApp';

const ROOT = join(__dirname, '..', '..', '..');
const TEAMS_APP_ID = '0b7e5d2c-9a41-4f3e-8c6d-2e1f0a9b8c7d';
const BOT_ID = '6c5b4a39-2817-4f06-9e5d-4c3b2a190817';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'package-app-'));
  jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

/** A project copy with the real appPackage/ and the given env files. */
function project(envFiles: Record<string, string>): string {
  const root = join(work, 'project');
  cpSync(join(ROOT, 'appPackage'), join(root, 'appPackage'), {
    recursive: true,
    filter: (source) => !source.includes(`${join('appPackage', 'build')}`),
  });
  mkdirSync(join(root, 'env'), { recursive: true });
  for (const [name, text] of Object.entries(envFiles)) writeFileSync(join(root, 'env', name), text);
  return root;
}

async function errorOf(promise: Promise<unknown>): Promise<PackageAppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PackageAppError) return error;
    throw error;
  }
  throw new Error('expected a PackageAppError');
}

function readZip(path: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(path)));
}

describe('buildAppPackage', () => {
  it('packs exactly manifest.json, the English translation and the two icons for the committed local environment, offline', async () => {
    const outDir = join(work, 'out');
    const built = await buildAppPackage({ rootDir: ROOT, env: 'local', outDir, processEnv: {} });

    expect(built.zipPath).toBe(join(outDir, 'appPackage.local.zip'));
    const entries = readZip(built.zipPath);
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(strFromU8(entries['en.json'])).toBe(readFileSync(join(ROOT, 'appPackage', 'en.json'), 'utf8'));

    const manifestText = strFromU8(entries['manifest.json']);
    expect(manifestText).not.toContain('${{');
    const manifest = JSON.parse(manifestText) as { id: string; bots: { botId: string }[] };
    expect(manifest.id).toBe(LOCAL_PLACEHOLDERS.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(LOCAL_PLACEHOLDERS.BOT_ID);
    expect(built.placeholdersUsed).toEqual(['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN']);

    expect(
      Buffer.compare(Buffer.from(entries['color.png']), readFileSync(join(ROOT, 'appPackage', 'color.png'))),
    ).toBe(0);
    expect(PNG.sync.read(Buffer.from(entries['outline.png'])).width).toBe(32);
  });

  it('fills the placeholders from env file, then .user file, then the process environment', async () => {
    const root = project({
      '.env.test': `TEAMSFX_ENV=test\nTEAMS_APP_ID=${TEAMS_APP_ID}\nBOT_ID=11111111-1111-4111-8111-111111111111\nBOT_DOMAIN=from-file.example\n`,
      '.env.test.user': `BOT_ID=${BOT_ID}\n`,
    });
    const built = await buildAppPackage({
      rootDir: root,
      env: 'test',
      processEnv: { BOT_DOMAIN: 'bot.herning.test' },
    });

    expect(built.zipPath).toBe(join(root, 'build', 'appPackage', 'appPackage.test.zip'));
    const manifest = JSON.parse(strFromU8(readZip(built.zipPath)['manifest.json'])) as {
      id: string;
      bots: { botId: string }[];
      composeExtensions: { botId: string }[];
      validDomains: string[];
    };
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['bot.herning.test']);
    expect(built.placeholdersUsed).toEqual([]);
  });

  it('fails naming the variable that has no value, and writes no zip', async () => {
    const root = project({ '.env.test': `TEAMS_APP_ID=${TEAMS_APP_ID}\nBOT_DOMAIN=bot.herning.test\n` });
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'test', processEnv: {} }));
    expect(error.code).toBe('MISSING_VARIABLE');
    expect(error.details).toEqual(['BOT_ID']);
    expect(error.message).toContain('BOT_ID');
    expect(error.message).toContain('env/.env.test');
    expect(() => readFileSync(join(root, 'build', 'appPackage', 'appPackage.test.zip'))).toThrow();
  });

  it('treats an empty value as missing outside the local environment', async () => {
    const root = project({ '.env.dev': `TEAMS_APP_ID=\nBOT_ID=${BOT_ID}\nBOT_DOMAIN=bot.herning.test\n` });
    const error = await errorOf(
      buildAppPackage({ rootDir: root, env: 'dev', processEnv: { TEAMS_APP_ID: '  ' } }),
    );
    expect(error.details).toEqual(['TEAMS_APP_ID']);
  });

  it('names the known environments when asked for one without an env file', async () => {
    const root = project({ '.env.local': '', '.env.dev': '' });
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'prod', processEnv: {} }));
    expect(error.code).toBe('UNKNOWN_ENVIRONMENT');
    expect(error.message).toContain('env/.env.prod');
    expect(error.message).toContain('dev, local');
  });

  it('refuses an environment name that could escape the env folder', async () => {
    const error = await errorOf(buildAppPackage({ rootDir: ROOT, env: '../secrets', processEnv: {} }));
    expect(error.code).toBe('UNKNOWN_ENVIRONMENT');
  });

  it('refuses an icon of the wrong size', async () => {
    const root = project({ '.env.local': '' });
    writeFileSync(
      join(root, 'appPackage', 'outline.png'),
      PNG.sync.write(new PNG({ width: 48, height: 48 })),
    );
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.code).toBe('INVALID_ICON');
    expect(error.message).toContain('outline.png is 48x48');
  });

  it('refuses a manifest that does not match its schema', async () => {
    const root = project({ '.env.local': '' });
    const path = join(root, 'appPackage', 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { accentColor: string };
    manifest.accentColor = 'blå';
    writeFileSync(path, JSON.stringify(manifest));
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.code).toBe('INVALID_MANIFEST');
    expect(error.details.some((d) => d.startsWith('/accentColor'))).toBe(true);
  });
});

describe('buildAppPackage with localization files', () => {
  function editTranslation(root: string, edit: (translations: Record<string, unknown>) => void): void {
    const path = join(root, 'appPackage', 'en.json');
    const translations = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    edit(translations);
    writeFileSync(path, JSON.stringify(translations));
  }

  it('refuses a translation file that leaves a manifest string untranslated, naming the string', async () => {
    const root = project({ '.env.local': '' });
    editTranslation(root, (t) => delete t['bots[0].commandLists[1].commands[2].description']);
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.code).toBe('INVALID_LOCALIZATION');
    expect(error.details).toEqual([
      'appPackage/en.json has no translation for bots[0].commandLists[1].commands[2].description',
    ]);
    expect(() => readFileSync(join(root, 'build', 'appPackage', 'appPackage.local.zip'))).toThrow();
  });

  it('refuses a key for a string the manifest does not have', async () => {
    const root = project({ '.env.local': '' });
    editTranslation(root, (t) => (t['bots[0].commandLists[0].commands[9].title'] = 'extra'));
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.details).toEqual([
      'appPackage/en.json translates bots[0].commandLists[0].commands[9].title, which the manifest does not have',
    ]);
  });

  it('checks the file against the bundled localization schema: too long a short name is refused offline', async () => {
    const root = project({ '.env.local': '' });
    editTranslation(root, (t) => (t['name.short'] = 'Assistant for Children and Young People'));
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.code).toBe('INVALID_LOCALIZATION');
    expect(
      error.details.some((d) => d.startsWith('appPackage/en.json: /name.short must NOT have more than 30')),
    ).toBe(true);
  });

  it('requires the localization schema of the manifest version', async () => {
    const root = project({ '.env.local': '' });
    editTranslation(
      root,
      (t) =>
        (t.$schema =
          'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.Localization.schema.json'),
    );
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.details).toEqual([
      'appPackage/en.json must have "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json" (the manifest\'s version).',
    ]);
  });

  it('names a missing localization file', async () => {
    const root = project({ '.env.local': '' });
    rmSync(join(root, 'appPackage', 'en.json'));
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.code).toBe('MISSING_FILE');
    expect(error.message).toContain('appPackage/en.json');
  });

  it('refuses a localization file outside appPackage/', async () => {
    const root = project({ '.env.local': '' });
    const path = join(root, 'appPackage', 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      localizationInfo: { additionalLanguages: { file: string }[] };
    };
    manifest.localizationInfo.additionalLanguages[0].file = '../en.json';
    writeFileSync(path, JSON.stringify(manifest));
    const error = await errorOf(buildAppPackage({ rootDir: root, env: 'local', processEnv: {} }));
    expect(error.code).toBe('INVALID_LOCALIZATION');
  });
});

describe('escapeLoneBrackets', () => {
  it('escapes a ] that closes no character class and leaves classes and escapes alone', () => {
    expect(escapeLoneBrackets('^a\\[\\b([0-9]|1[01])\\b]\\.x$')).toBe('^a\\[\\b([0-9]|1[01])\\b\\]\\.x$');
    expect(() => new RegExp(escapeLoneBrackets('^x\\[\\b(1)\\b]$'), 'u')).not.toThrow();
    const lone = '^x\\[\\b(1)\\b]$';
    expect(() => new RegExp(lone, 'u')).toThrow();
  });
});

describe('parseEnvFile', () => {
  it('reads KEY=VALUE lines, skipping comments and blank lines, unquoting values', () => {
    expect(
      parseEnvFile(
        '# comment\n\nA=1\nexport B = two words # note\nC="quoted # kept"\nD=\'x\'\nE=\r\nnot a line\n',
      ),
    ).toEqual({ A: '1', B: 'two words', C: 'quoted # kept', D: 'x', E: '' });
  });
});

describe('substitutePlaceholders', () => {
  it('JSON-escapes values so the manifest stays valid JSON', () => {
    const out = substitutePlaceholders('{"a":"${{X}}"}', () => 'say "hej"\\', 'env/.env.x');
    expect(JSON.parse(out)).toEqual({ a: 'say "hej"\\' });
  });

  it('names every missing variable at once', () => {
    expect(() => substitutePlaceholders('${{A}} ${{ B }} ${{A}}', () => undefined, 'env/.env.x')).toThrow(
      /values for A, B: set them in env\/\.env\.x/,
    );
  });
});

describe('parseArguments', () => {
  it('defaults to the local environment and accepts --env, --out and a bare name', () => {
    expect(parseArguments([])).toEqual({ env: 'local', outDir: undefined });
    expect(parseArguments(['--env', 'dev']).env).toBe('dev');
    expect(parseArguments(['--env=dev', '--out=/tmp/x'])).toEqual({ env: 'dev', outDir: '/tmp/x' });
    expect(parseArguments(['dev']).env).toBe('dev');
    expect(() => parseArguments(['--zip'])).toThrow(PackageAppError);
  });
});

describe('npm run package (the command line)', () => {
  const run = promisify(execFile);
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const cli = join(ROOT, 'src', 'cli', 'packageApp.ts');

  it('prints the path of the zip it wrote, and fails with a clear message for an unknown environment', async () => {
    const outDir = join(work, 'cli-out');
    const ok = await run(tsx, [cli, '--out', outDir], { cwd: work });
    expect(ok.stdout.trim()).toBe(join(outDir, 'appPackage.local.zip'));
    expect(Object.keys(readZip(ok.stdout.trim())).sort()).toEqual([
      'color.png',
      'en.json',
      'manifest.json',
      'outline.png',
    ]);

    const failed = await run(tsx, [cli, '--env', 'nowhere', '--out', outDir], { cwd: work }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('No environment file env/.env.nowhere');
  });
});
