import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseEnvFile } from '../../../src/cli/appPackage/variables';

const ROOT = join(__dirname, '..', '..', '..');

interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Lifecycle {
  version: string;
  environmentFolderPath?: string;
  provision: Action[];
  deploy?: Action[];
  publish?: Action[];
}

/** Variables the Toolkit provides itself. */
const BUILT_IN = [
  'TEAMSFX_ENV',
  'APP_NAME_SUFFIX',
  'TEAMS_APP_TENANT_ID',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
];

function load(file: string): { text: string; doc: Lifecycle } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return { text, doc: parse(text) as Lifecycle };
}

function action(actions: Action[] | undefined, uses: string): Action {
  const found = (actions ?? []).filter((a) => a.uses === uses);
  expect(found.map((a) => a.uses)).toEqual([uses]);
  return found[0];
}

function uses(actions: Action[] | undefined): string[] {
  return (actions ?? []).map((a) => a.uses);
}

function placeholders(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
  return [...new Set([...withoutComments.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]))];
}

function bicepOutputs(): string[] {
  const bicep = readFileSync(join(ROOT, 'infra', 'azure.bicep'), 'utf8');
  return [...bicep.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]);
}

function written(doc: Lifecycle): string[] {
  return [...doc.provision, ...(doc.deploy ?? []), ...(doc.publish ?? [])].flatMap((a) =>
    Object.values(a.writeToEnvironmentFile ?? {}),
  );
}

function expectAllFilesExist(doc: Lifecycle): void {
  for (const a of [...doc.provision, ...(doc.deploy ?? []), ...(doc.publish ?? [])]) {
    for (const key of ['manifestPath', 'ignoreFile']) {
      const value = a.with?.[key];
      if (typeof value === 'string')
        expect({ key, exists: existsSync(join(ROOT, value)) }).toEqual({ key, exists: true });
    }
  }
}

describe('teamsapp.yml (Azure environments)', () => {
  const { text, doc } = load('teamsapp.yml');

  it('is a v1.x Toolkit project whose environments live in env/', () => {
    expect(doc.version).toMatch(/^v1\.\d+$/);
    expect(text).toContain(`$schema=https://aka.ms/teams-toolkit/${doc.version}/yaml.schema.json`);
    expect(doc.environmentFolderPath).toBe('./env');
    expect(existsSync(join(ROOT, 'env', '.env.dev'))).toBe(true);
  });

  it('provisions the Teams app and the Azure resources, then validates, packs and updates the app', () => {
    expect(uses(doc.provision)).toEqual([
      'teamsApp/create',
      'arm/deploy',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(action(doc.provision, 'teamsApp/create').writeToEnvironmentFile).toEqual({
      teamsAppId: 'TEAMS_APP_ID',
    });
    const templates = action(doc.provision, 'arm/deploy').with!.templates as {
      path: string;
      parameters: string;
    }[];
    expect(templates).toHaveLength(1);
    expect(templates[0].path).toBe('./infra/azure.bicep');
    expect(existsSync(join(ROOT, templates[0].path))).toBe(true);
    // One parameters file per language model, so that no optional variable is ever an empty placeholder.
    expect(templates[0].parameters).toBe('./infra/azure.parameters.${{LLM_PROVIDER}}.json');
    for (const provider of ['none', 'azure-openai', 'openai']) {
      const file = templates[0].parameters.replace('${{LLM_PROVIDER}}', provider);
      expect({ file, exists: existsSync(join(ROOT, file)) }).toEqual({ file, exists: true });
    }
    expect(parseEnvFile(readFileSync(join(ROOT, 'env', '.env.dev'), 'utf8')).LLM_PROVIDER).toBe('none');
    const zip = action(doc.provision, 'teamsApp/zipAppPackage').with!;
    expect(action(doc.provision, 'teamsApp/update').with!.appPackagePath).toBe(zip.outputZipPath);
    expectAllFilesExist(doc);
  });

  it('deploys by installing, building and zip-deploying to the App Service that arm/deploy created', () => {
    expect(uses(doc.deploy)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    const npmArgs = doc
      .deploy!.filter((a) => a.uses === 'cli/runNpmCommand')
      .map((a) => String(a.with!.args));
    expect(npmArgs[0]).toMatch(/^(ci|install)\b/);
    expect(npmArgs[1]).toMatch(/^run build\b/);
    const zipDeploy = action(doc.deploy, 'azureAppService/zipDeploy').with!;
    expect(zipDeploy.resourceId).toBe('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(bicepOutputs()).toContain('BOT_AZURE_APP_SERVICE_RESOURCE_ID');
    const ignored = readFileSync(join(ROOT, String(zipDeploy.ignoreFile)), 'utf8').split('\n');
    for (const entry of ['node_modules', 'tests', 'data', 'env/*.user', '.localConfigs'])
      expect(ignored).toContain(entry);
  });

  it('publishes a validated package to the Teams admin center', () => {
    expect(uses(doc.publish)).toEqual(
      expect.arrayContaining(['teamsApp/validateAppPackage', 'teamsApp/publishAppPackage']),
    );
    expect(uses(doc.publish).indexOf('teamsApp/validateAppPackage')).toBeLessThan(
      uses(doc.publish).indexOf('teamsApp/publishAppPackage'),
    );
  });

  it('uses only variables that are built in, written by an action or a Bicep output, or declared in env/.env.dev', () => {
    const declared = Object.keys(parseEnvFile(readFileSync(join(ROOT, 'env', '.env.dev'), 'utf8')));
    const known = new Set([...BUILT_IN, ...written(doc), ...bicepOutputs(), ...declared]);
    expect(placeholders(text).filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('teamsapp.local.yml (bot on this machine behind a dev tunnel)', () => {
  const { text, doc } = load('teamsapp.local.yml');

  it('creates the Teams app, a bot app registration and the Bot Framework registration, then packs and updates', () => {
    expect(doc.version).toMatch(/^v1\.\d+$/);
    expect(uses(doc.provision)).toEqual([
      'teamsApp/create',
      'botAadApp/create',
      'botFramework/create',
      'file/createOrUpdateEnvironmentFile',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(action(doc.provision, 'botAadApp/create').writeToEnvironmentFile).toEqual({
      botId: 'BOT_ID',
      botPassword: 'SECRET_BOT_PASSWORD',
    });
    const registration = action(doc.provision, 'botFramework/create').with!;
    expect(registration.botId).toBe('${{BOT_ID}}');
    expect(registration.messagingEndpoint).toBe('${{BOT_ENDPOINT}}/api/messages');
    expect(registration.channels).toEqual([{ name: 'msteams' }]);
    expectAllFilesExist(doc);
  });

  it('writes the runtime settings to the git-ignored .localConfigs, using only names the bot reads', () => {
    const file = action(doc.provision, 'file/createOrUpdateEnvironmentFile').with!;
    expect(file.target).toBe('./.localConfigs');
    const envs = file.envs as Record<string, unknown>;
    expect(envs).toMatchObject({
      BOT_ID: '${{BOT_ID}}',
      BOT_PASSWORD: '${{SECRET_BOT_PASSWORD}}',
      BOT_TYPE: 'MultiTenant',
    });
    // The reader is src/config.ts; each concern's variables are declared in src/configSections/.
    const configSource = [
      join(ROOT, 'src', 'config.ts'),
      ...readdirSync(join(ROOT, 'src', 'configSections')).map((file) =>
        join(ROOT, 'src', 'configSections', file),
      ),
    ]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(Object.keys(envs).filter((name) => !new RegExp(`\\b${name}\\b`).test(configSource))).toEqual([]);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.localConfigs');
  });

  it('uses only variables that are built in, written by an earlier action or declared in env/.env.local', () => {
    const declared = Object.keys(parseEnvFile(readFileSync(join(ROOT, 'env', '.env.local'), 'utf8')));
    const known = new Set([...BUILT_IN, ...written(doc), ...declared]);
    expect(placeholders(text).filter((name) => !known.has(name))).toEqual([]);
  });

  it('leaves the generated ids empty in env/.env.local so the Toolkit creates them', () => {
    const local = parseEnvFile(readFileSync(join(ROOT, 'env', '.env.local'), 'utf8'));
    expect(local).toMatchObject({ TEAMSFX_ENV: 'local', TEAMS_APP_ID: '', BOT_ID: '' });
  });
});
