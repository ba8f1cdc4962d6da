/**
 * The README's deploy section against what the files do: the app package paths against the outputs
 * of teamsapp.yml and `npm run package`, the commands against package.json and the lifecycles, the
 * paths against the repository, and the Azure roles against the role assignments in azure.bicep.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { buildAppPackage } from '../../../src/cli/packageApp';

const ROOT = join(__dirname, '..', '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const DEPLOY = /## Deploy with teamsapp\.yml[\s\S]*?(?=\n## )/.exec(README)![0];
const LLM_PROVIDERS = ['none', 'azure-openai', 'openai'];

interface Action {
  uses: string;
  with?: Record<string, unknown>;
}
type Lifecycles = Record<string, Action[] | undefined>;

function yml(file: string): Lifecycles {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as Lifecycles;
}

/** teamsapp.yml's zip path for an environment, as the Toolkit fills it. */
function toolkitZip(env: string): string {
  const zips = [...(yml('teamsapp.yml').provision ?? []), ...(yml('teamsapp.yml').publish ?? [])]
    .filter((a) => a.uses === 'teamsApp/zipAppPackage')
    .map((a) => String(a.with!.outputZipPath));
  expect(new Set(zips).size).toBe(1);
  return zips[0].replace(/^\.\//, '').replace('${{TEAMSFX_ENV}}', env);
}

describe('README.md, "Deploy with teamsapp.yml"', () => {
  let npmPackageZip: (env: string) => string;

  beforeAll(async () => {
    // Where `npm run package` really writes, found by running it on a copy of the project.
    const work = mkdtempSync(join(tmpdir(), 'readme-deploy-'));
    try {
      for (const folder of ['appPackage', 'env'])
        cpSync(join(ROOT, folder), join(work, folder), { recursive: true });
      const built = await buildAppPackage({ rootDir: work, env: 'local', processEnv: {} });
      const written = relative(work, built.zipPath).split('\\').join('/');
      npmPackageZip = (env) => written.replace('appPackage.local.zip', `appPackage.${env}.zip`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  beforeEach(() => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
  });
  afterEach(() => jest.restoreAllMocks());

  it('names only app package paths that teamsapp.yml or npm run package write', () => {
    const mentioned = [
      ...new Set([...DEPLOY.matchAll(/[\w./<>-]*appPackage\.[\w<>-]+\.zip/g)].map((m) => m[0])),
    ];
    expect(mentioned.length).toBeGreaterThan(0);
    const known = ['dev', '<env>'].flatMap((env) => [toolkitZip(env), npmPackageZip(env)]);
    expect(mentioned.filter((path) => !known.includes(path))).toEqual([]);
    // The zip named right after provision and publish is the Toolkit's, and npm run package's is told apart.
    expect(DEPLOY).toContain(`\`${toolkitZip('dev')}\``);
    expect(DEPLOY).toContain(`\`${npmPackageZip('<env>')}\``);
    expect(DEPLOY).toContain(`\`${toolkitZip('<env>')}\``);
  });

  it('uses only npm scripts that package.json has', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
    );
    const used = [...README.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(used).toEqual(expect.arrayContaining(['package', 'plan:teamsapp']));
    expect(used.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('runs teamsapp lifecycles that the yml files have, on environments that exist', () => {
    const commands = [...DEPLOY.matchAll(/teamsapp (provision|deploy|publish) --env (\w+)/g)];
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const [, lifecycle, env] of commands) {
      const file = env === 'local' ? 'teamsapp.local.yml' : 'teamsapp.yml';
      expect({ lifecycle, env, defined: (yml(file)[lifecycle] ?? []).length > 0 }).toEqual({
        lifecycle,
        env,
        defined: true,
      });
      expect(existsSync(join(ROOT, 'env', `.env.${env}`))).toBe(true);
    }
  });

  it('names only repository files that exist', () => {
    const paths = [...DEPLOY.matchAll(/`((?:infra|env|appPackage)\/[^`\s]+)`/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(3);
    for (const path of paths) {
      if (path.includes('/build/')) continue; // written by a build, checked above
      const expanded = path.includes('<LLM_PROVIDER>')
        ? LLM_PROVIDERS.map((p) => path.replace('<LLM_PROVIDER>', p))
        : // env/.env.dev.user is each developer's own copy of the committed example.
          [path === 'env/.env.dev.user' ? 'env/.env.dev.user.example' : path];
      for (const file of expanded)
        expect({ file, exists: existsSync(join(ROOT, file)) }).toEqual({ file, exists: true });
    }
  });

  it('states the Azure roles needed: Contributor, a role that may assign roles, and the roles azure.bicep assigns', () => {
    const bicep = readFileSync(join(ROOT, 'infra', 'azure.bicep'), 'utf8');
    const builtInRoles: Record<string, string> = {
      'ba92f5b4-2d11-453d-a403-e96b0029c9fe': 'Storage Blob Data Contributor',
      '4633458b-17de-408a-b874-0445c86b69e6': 'Key Vault Secrets User',
    };
    const assigned = [...bicep.matchAll(/RoleId = '([0-9a-f-]{36})'/g)].map((m) => m[1]);
    expect(assigned.length).toBe((bicep.match(/Microsoft\.Authorization\/roleAssignments@/g) ?? []).length);
    for (const id of assigned) expect(DEPLOY).toContain(builtInRoles[id]);
    expect(DEPLOY).toContain('**Contributor**');
    for (const role of ['Owner', 'User Access Administrator', 'Role Based Access Control Administrator']) {
      expect(DEPLOY).toContain(role);
    }
    expect(DEPLOY).toContain('Microsoft.Authorization/roleAssignments/write');
  });

  it('explains raising the manifest version for each update sent to the Teams admin center', () => {
    expect(DEPLOY).toMatch(/Raise `version` in `appPackage\/manifest\.json`/);
    expect(DEPLOY).toContain('Teams admin center');
  });

  it('mentions VS Code "Debug in Teams" nowhere, as there is no .vscode folder', () => {
    expect(existsSync(join(ROOT, '.vscode'))).toBe(false);
    for (const file of [
      'README.md',
      'teamsapp.local.yml',
      'teamsapp.yml',
      'env/.env.local',
      'env/.env.dev',
    ]) {
      expect({ file, mentions: readFileSync(join(ROOT, file), 'utf8').includes('Debug in Teams') }).toEqual({
        file,
        mentions: false,
      });
    }
  });
});
