/**
 * No Bicep compiler installs from the registries this project uses (the Bicep CLI is a binary that
 * `bicep-node` and the Toolkit download from GitHub; the npm registry has no build of it), so this
 * is a structural review of infra/azure.bicep in code: every resource type and API version from the
 * checked list infra/resource-types.json, every parameter and variable used, parameters files that
 * fit the template, every output consumed, and the settings an IT department asks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile } from '../../../src/cli/appPackage/variables';

const ROOT = join(__dirname, '..', '..', '..');
const BICEP = readFileSync(join(ROOT, 'infra', 'azure.bicep'), 'utf8');
const RESOURCE_TYPES = (
  JSON.parse(readFileSync(join(ROOT, 'infra', 'resource-types.json'), 'utf8')) as { resources: string[] }
).resources;
const PARAMETER_FILES = readdirSync(join(ROOT, 'infra'))
  .filter((name) => /^azure\.parameters\.[a-z-]+\.json$/.test(name))
  .sort();

interface ParametersFile {
  $schema: string;
  parameters: Record<string, { value: unknown }>;
}

function parametersFile(name: string): ParametersFile {
  return JSON.parse(readFileSync(join(ROOT, 'infra', name), 'utf8')) as ParametersFile;
}

/** The bicep without // comments, so a commented-out line never satisfies a check. */
const CODE = BICEP.split('\n')
  .map((line) => line.replace(/\s\/\/.*$/, '').replace(/^\s*\/\/.*$/, ''))
  .join('\n');

interface Declaration {
  readonly symbol: string;
  readonly type: string;
  readonly apiVersion: string;
  readonly body: string;
}

/** The text between the brace that opens at `start` and its matching close brace. */
function block(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error('unbalanced braces in azure.bicep');
}

function resources(): Declaration[] {
  const found: Declaration[] = [];
  for (const match of CODE.matchAll(
    /^resource\s+(\w+)\s+'([^'@]+)@(\d{4}-\d{2}-\d{2}(?:-preview)?)'\s*=\s*(?:if\s*\([^\n]*\)\s*)?\{/gm,
  )) {
    found.push({
      symbol: match[1],
      type: match[2],
      apiVersion: match[3],
      body: block(CODE, match.index + match[0].length - 1),
    });
  }
  return found;
}

function resource(symbol: string): Declaration {
  const matches = resources().filter((r) => r.symbol === symbol);
  expect(matches.map((r) => r.symbol)).toEqual([symbol]);
  return matches[0];
}

function ofType(type: string): Declaration[] {
  return resources().filter((r) => r.type === type);
}

interface Param {
  readonly name: string;
  readonly type: string;
  readonly defaultValue?: string;
  readonly secure: boolean;
  readonly allowed: string[];
}

function params(): Param[] {
  const lines = CODE.split('\n');
  const result: Param[] = [];
  lines.forEach((line, index) => {
    const match = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.*))?$/.exec(line.trim());
    if (!match) return;
    let secure = false;
    let i = index - 1;
    while (i >= 0 && (lines[i].trim().startsWith('@') || /^\s*('[^']*'|\]\)?|)\s*$/.test(lines[i]))) {
      if (lines[i].trim().startsWith('@secure()')) secure = true;
      i--;
    }
    const decorators = lines.slice(i + 1, index).join('\n');
    const allowedBlock = /@allowed\(\[([\s\S]*?)\]\)/.exec(decorators);
    const allowed = allowedBlock ? [...allowedBlock[1].matchAll(/'([^']*)'/g)].map((m) => m[1]) : [];
    result.push({ name: match[1], type: match[2], defaultValue: match[3]?.trim(), secure, allowed });
  });
  return result;
}

function param(name: string): Param {
  const found = params().find((p) => p.name === name);
  expect(found?.name).toBe(name);
  return found!;
}

/** App settings as written in the code: name -> value expression, from every settings list. */
function appSettings(): Map<string, string> {
  const settings = new Map<string, string>();
  for (const match of CODE.matchAll(/\{\s*name:\s*'([A-Za-z0-9_]+)'\s*,\s*value:\s*([^}\n]+?)\s*\}/g)) {
    expect(settings.has(match[1])).toBe(false);
    settings.set(match[1], match[2]);
  }
  return settings;
}

/** The items of a `var NAME = [ ... ]` list of app settings. */
function settingsList(name: string): string[] {
  const match = new RegExp(`^var ${name} = \\[([\\s\\S]*?)^\\]`, 'm').exec(CODE);
  expect(match).not.toBeNull();
  return [...match![1].matchAll(/name:\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]);
}

function outputs(): string[] {
  return [...CODE.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]);
}

describe('infra/azure.bicep', () => {
  it('has balanced braces, brackets and parentheses', () => {
    const withoutStrings = CODE.replace(/'(?:[^'\\]|\\.)*'/g, "''");
    for (const [open, close] of [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ]) {
      expect(withoutStrings.split(open).length).toBe(withoutStrings.split(close).length);
    }
  });

  it('uses exactly the resource types and API versions checked in infra/resource-types.json', () => {
    const used = [...new Set(resources().map((r) => `${r.type}@${r.apiVersion}`))].sort();
    expect(used).toEqual([...RESOURCE_TYPES].sort());
    // Every declaration was recognised: no resource line the pattern above missed.
    expect(resources()).toHaveLength([...CODE.matchAll(/^resource\s/gm)].length);
  });

  it('uses every parameter and every variable it declares', () => {
    for (const name of [
      ...params().map((p) => p.name),
      ...[...CODE.matchAll(/^var\s+(\w+)\s*=/gm)].map((m) => m[1]),
    ]) {
      const uses = CODE.match(new RegExp(`\\b${name}\\b`, 'g')) ?? [];
      expect({ name, usedBeyondItsDeclaration: uses.length > 1 }).toEqual({
        name,
        usedBeyondItsDeclaration: true,
      });
    }
  });

  it('runs the web app on Linux Node 20, always on, HTTPS only, TLS 1.2, no FTP, and without basic publishing credentials', () => {
    expect(resource('plan').body).toMatch(/reserved:\s*true/);
    const site = resource('webApp').body;
    expect(site).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(site).toMatch(/alwaysOn:\s*true/);
    expect(site).toMatch(/httpsOnly:\s*true/);
    expect(site).toContain("ftpsState: 'Disabled'");
    expect(site).toContain("minTlsVersion: '1.2'");
    expect(site).toMatch(/type:\s*'UserAssigned'/);
    expect(site).toContain("'${identity.id}': {}");
    const policies = ofType('Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    expect(policies.map((p) => /name:\s*'(\w+)'/.exec(p.body)![1]).sort()).toEqual(['ftp', 'scm']);
    for (const policy of policies) {
      expect(policy.body).toContain('parent: webApp');
      expect(policy.body).toMatch(/allow:\s*false/);
    }
  });

  it('registers the bot with the managed identity in a region parameter that defaults to West Europe, with the Teams channel', () => {
    const location = param('botServiceLocation');
    expect(location.defaultValue).toBe("'westeurope'");
    expect(location.allowed).toEqual(expect.arrayContaining(['westeurope', 'global']));
    const bot = resource('bot').body;
    expect(bot).toContain('location: botServiceLocation');
    expect(bot).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bot).toContain('msaAppId: identity.properties.clientId');
    expect(bot).toContain('msaAppMSIResourceId: identity.id');
    expect(bot).toContain('msaAppTenantId: identity.properties.tenantId');
    expect(bot).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    const channel = resource('teamsChannel').body;
    expect(channel).toContain('parent: bot');
    expect(channel).toContain('location: botServiceLocation');
    expect(channel).toContain("channelName: 'MsTeamsChannel'");
  });

  it('keeps bot state in a private, key-less storage account with soft delete, versioning and a version clean-up rule', () => {
    const storage = resource('storage').body;
    expect(storage).toContain("kind: 'StorageV2'");
    expect(storage).toMatch(/supportsHttpsTrafficOnly:\s*true/);
    expect(storage).toMatch(/allowBlobPublicAccess:\s*false/);
    expect(storage).toContain("minimumTlsVersion: 'TLS1_2'");
    expect(storage).toMatch(/allowSharedKeyAccess:\s*false/);
    const blob = resource('blobService').body;
    expect(blob).toMatch(/isVersioningEnabled:\s*true/);
    expect(blob).toMatch(/deleteRetentionPolicy:\s*\{\s*enabled:\s*true\s*days:\s*blobSoftDeleteDays\s*\}/);
    expect(blob).toMatch(
      /containerDeleteRetentionPolicy:\s*\{\s*enabled:\s*true\s*days:\s*blobSoftDeleteDays\s*\}/,
    );
    expect(resource('versionCleanup').body).toMatch(
      /version:\s*\{\s*delete:\s*\{\s*daysAfterCreationGreaterThan:\s*blobVersionRetentionDays/,
    );
    expect(resource('stateContainer').body).toContain('name: storageContainerName');
    const role = resource('blobDataContributor').body;
    expect(CODE).toContain("storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'");
    expect(role).toContain('scope: storage');
    expect(role).toContain('principalId: identity.properties.principalId');
  });

  it('keeps the language model key in an RBAC Key Vault that only the identity reads, as a Key Vault reference', () => {
    const vault = resource('keyVault').body;
    expect(vault).toMatch(/enableRbacAuthorization:\s*true/);
    expect(vault).toMatch(/enableSoftDelete:\s*true/);
    expect(vault).toMatch(/enablePurgeProtection:\s*true/);
    expect(CODE).toContain("keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'");
    const role = resource('keyVaultSecretsUser').body;
    expect(role).toContain('scope: keyVault');
    expect(role).toContain('keyVaultSecretsUserRoleId');
    expect(role).toContain('principalId: identity.properties.principalId');
    expect(CODE).toMatch(/resource llmKeySecret '[^']+' = if \(!empty\(llmApiKey\)\)/);
    expect(resource('llmKeySecret').body).toContain('value: llmApiKey');
    // The key itself goes nowhere else: only into the secret.
    expect((CODE.match(/\bllmApiKey\b/g) ?? []).length).toBe(3);
    expect(resource('webApp').body).toContain('keyVaultReferenceIdentity: identity.id');
    const settings = appSettings();
    expect(settings.get('AZURE_OPENAI_API_KEY')).toBe('llmKeyReference');
    expect(settings.get('OPENAI_API_KEY')).toBe('llmKeyReference');
    expect(CODE).toContain(
      "var llmKeyReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${llmKeySecretName})'",
    );
    expect(param('llmApiKey').secure).toBe(true);
    expect(
      params()
        .filter((p) => p.secure)
        .map((p) => p.name),
    ).toEqual(['llmApiKey']);
  });

  it('sends the logs to a Log Analytics workspace with a retention parameter, behind workspace-based Application Insights', () => {
    const retention = param('logRetentionDays');
    expect(retention.type).toBe('int');
    expect(resource('workspace').body).toMatch(/retentionInDays:\s*logRetentionDays/);
    const insights = resource('appInsights').body;
    expect(insights).toContain('WorkspaceResourceId: workspace.id');
    expect(insights).toContain("IngestionMode: 'LogAnalytics'");
    expect(appSettings().get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe(
      'appInsights.properties.ConnectionString',
    );
    const diagnostics = resource('webAppDiagnostics').body;
    expect(diagnostics).toContain('scope: webApp');
    expect(diagnostics).toContain('workspaceId: workspace.id');
    expect(diagnostics).toMatch(/category:\s*'AppServiceConsoleLogs',\s*enabled:\s*true/);
    expect(resource('keyVaultDiagnostics').body).toContain('scope: keyVault');
  });

  it('wires the app settings the bot reads, with the model settings only for the chosen provider', () => {
    expect(Object.fromEntries(appSettings())).toMatchObject({
      BOT_ID: 'identity.properties.clientId',
      BOT_TENANT_ID: 'identity.properties.tenantId',
      BOT_TYPE: "'UserAssignedMSI'",
      AZURE_CLIENT_ID: 'identity.properties.clientId',
      STORAGE: "'azure-blob'",
      AZURE_STORAGE_ACCOUNT_URL: 'storage.properties.primaryEndpoints.blob',
      AZURE_STORAGE_CONTAINER: 'storageContainerName',
      NOTIFICATION_CHANNEL_URL: 'notificationChannelUrl',
      NOTIFICATION_CHANNEL_NAME: 'notificationChannelName',
      LLM_PROVIDER: 'llmProvider',
      AZURE_OPENAI_ENDPOINT: 'azureOpenAIEndpoint',
      AZURE_OPENAI_DEPLOYMENT: 'azureOpenAIDeployment',
      ALLOWED_TENANT_IDS: 'empty(allowedTenantIds) ? identity.properties.tenantId : allowedTenantIds',
    });
    expect(settingsList('azureOpenAISettings').sort()).toEqual(
      ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_DEPLOYMENT', 'AZURE_OPENAI_ENDPOINT'].sort(),
    );
    expect(settingsList('openAISettings').sort()).toEqual(['OPENAI_API_KEY', 'OPENAI_MODEL']);
    expect(CODE).toContain(
      "var llmAppSettings = llmProvider == 'azure-openai' ? azureOpenAISettings : (llmProvider == 'openai' ? openAISettings : [])",
    );
    expect(resource('webApp').body).toContain(
      'appSettings: concat(baseAppSettings, insightsAgentSettings, llmAppSettings)',
    );
    expect(CODE).toMatch(
      /var insightsAgentSettings = enableApplicationInsightsAgent\s*\?\s*\[\s*\{ name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' \}\s*\]\s*:\s*\[\]/,
    );
    expect(param('llmProvider').allowed).toEqual(['none', 'azure-openai', 'openai']);
  });

  it('sets only app settings that the bot, the platform or the Azure SDK reads: no dead settings', () => {
    // The reader is src/config.ts; each concern's variables are declared in src/configSections/.
    const configSource = [
      join(ROOT, 'src', 'config.ts'),
      ...readdirSync(join(ROOT, 'src', 'configSections')).map((file) =>
        join(ROOT, 'src', 'configSections', file),
      ),
    ]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Read by App Service (build on deploy, the Application Insights agent) or by @azure/identity.
    const platform = [
      'SCM_DO_BUILD_DURING_DEPLOYMENT',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'ApplicationInsightsAgent_EXTENSION_VERSION',
      'AZURE_CLIENT_ID',
    ];
    const names = [...appSettings().keys()];
    expect(names).not.toContain('WEBSITE_NODE_DEFAULT_VERSION');
    expect(names).not.toContain('RUNNING_ON_AZURE');
    const unknown = names.filter(
      (name) => !platform.includes(name) && !new RegExp(`\\b${name}\\b`).test(configSource),
    );
    expect(unknown).toEqual([]);
  });

  it('has one parameters file per language model, equal except for the model parameters', () => {
    expect(PARAMETER_FILES).toEqual(
      param('llmProvider')
        .allowed.map((p) => `azure.parameters.${p}.json`)
        .sort(),
    );
    const modelParameters: Record<string, string[]> = {
      none: [],
      'azure-openai': ['azureOpenAIEndpoint', 'azureOpenAIDeployment', 'llmApiKey'],
      openai: ['llmApiKey'],
    };
    const shared = parametersFile('azure.parameters.none.json').parameters;
    for (const [provider, extra] of Object.entries(modelParameters)) {
      const file = parametersFile(`azure.parameters.${provider}.json`);
      expect(file.$schema).toContain('deploymentParameters.json');
      const { llmProvider, ...rest } = file.parameters;
      expect(llmProvider).toEqual({ value: provider });
      const withoutModel = Object.fromEntries(Object.entries(rest).filter(([name]) => !extra.includes(name)));
      const { llmProvider: _none, ...sharedRest } = shared;
      expect(_none).toEqual({ value: 'none' });
      expect(withoutModel).toEqual(sharedRest);
      expect(
        Object.keys(rest)
          .filter((name) => extra.includes(name))
          .sort(),
      ).toEqual([...extra].sort());
    }
  });

  it('gives every parameter without a default a value in each parameters file, and declares every name they pass', () => {
    const declared = params();
    for (const name of PARAMETER_FILES) {
      const passed = Object.keys(parametersFile(name).parameters);
      expect(passed.filter((p) => !declared.some((d) => d.name === p))).toEqual([]);
      expect(
        declared.filter((d) => d.defaultValue === undefined && !passed.includes(d.name)).map((d) => d.name),
      ).toEqual([]);
      for (const [parameter, { value }] of Object.entries(parametersFile(name).parameters)) {
        const allowed = declared.find((d) => d.name === parameter)!.allowed;
        if (allowed.length > 0) expect(allowed).toContain(value);
      }
    }
  });

  it('keeps secrets out of the parameters files: secure parameters only take SECRET_ placeholders', () => {
    const secure = params()
      .filter((p) => p.secure)
      .map((p) => p.name);
    for (const name of PARAMETER_FILES) {
      for (const [parameter, { value }] of Object.entries(parametersFile(name).parameters)) {
        const text = String(value);
        if (secure.includes(parameter)) expect(text).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
        expect({
          parameter,
          looksLikeAKey: /[A-Za-z0-9+/]{32,}/.test(text.replace(/\$\{\{[A-Z0-9_]+\}\}/g, '')),
        }).toEqual({
          parameter,
          looksLikeAKey: false,
        });
      }
    }
  });

  it('takes every parameters-file placeholder from env/.env.dev, its .user example or the Toolkit', () => {
    const declared = {
      ...parseEnvFile(readFileSync(join(ROOT, 'env', '.env.dev'), 'utf8')),
      ...parseEnvFile(readFileSync(join(ROOT, 'env', '.env.dev.user.example'), 'utf8')),
    };
    // RESOURCE_SUFFIX is generated by provision when empty; TEAMS_APP_TENANT_ID is written by teamsApp/create.
    const known = [...Object.keys(declared), 'TEAMS_APP_TENANT_ID'];
    for (const name of PARAMETER_FILES) {
      const placeholders = [...JSON.stringify(parametersFile(name)).matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map(
        (m) => m[1],
      );
      expect(placeholders.filter((p) => !known.includes(p))).toEqual([]);
    }
  });

  it('has every output consumed: by teamsapp.yml, the manifest, or named in the README deploy section', () => {
    const consumers = [
      readFileSync(join(ROOT, 'teamsapp.yml'), 'utf8').replace(/^\s*#.*$/gm, ''),
      readFileSync(join(ROOT, 'appPackage', 'manifest.json'), 'utf8'),
      /## Deploy with teamsapp\.yml[\s\S]*?(?=\n## )/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![0],
    ].join('\n');
    expect(outputs().length).toBeGreaterThan(0);
    expect(outputs().filter((name) => !new RegExp(`\\b${name}\\b`).test(consumers))).toEqual([]);
    const envDev = parseEnvFile(readFileSync(join(ROOT, 'env', '.env.dev'), 'utf8'));
    for (const name of outputs()) expect(envDev[name]).toBe('');
  });
});
