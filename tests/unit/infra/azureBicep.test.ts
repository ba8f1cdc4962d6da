/**
 * No Bicep compiler or linter installs from npm here (the CLI is a downloaded binary), so this is a
 * structural review of infra/azure.bicep in code: the resources and settings the deployment needs,
 * parameters that line up with azure.parameters.json, and no secrets in the parameters file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile } from '../../../src/cli/packageApp';

const ROOT = join(__dirname, '..', '..', '..');
const BICEP = readFileSync(join(ROOT, 'infra', 'azure.bicep'), 'utf8');
const PARAMETERS = JSON.parse(readFileSync(join(ROOT, 'infra', 'azure.parameters.json'), 'utf8')) as {
  $schema: string;
  parameters: Record<string, { value: unknown }>;
};
/** The bicep without // comments, so a commented-out line never satisfies a check. */
const CODE = BICEP.split('\n')
  .map((line) => line.replace(/\s\/\/.*$/, '').replace(/^\s*\/\/.*$/, ''))
  .join('\n');

interface Declaration {
  readonly symbol: string;
  readonly type: string;
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
    /^resource\s+(\w+)\s+'([^'@]+)@(\d{4}-\d{2}-\d{2}(?:-preview)?)'\s*=\s*\{/gm,
  )) {
    found.push({ symbol: match[1], type: match[2], body: block(CODE, match.index + match[0].length - 1) });
  }
  return found;
}

function resource(type: string): Declaration {
  const matches = resources().filter((r) => r.type === type);
  expect(matches).toHaveLength(1);
  return matches[0];
}

function params(): { name: string; hasDefault: boolean; secure: boolean }[] {
  const lines = CODE.split('\n');
  const result: { name: string; hasDefault: boolean; secure: boolean }[] = [];
  lines.forEach((line, index) => {
    const match = /^param\s+(\w+)\s+\w+(\s*=.*)?$/.exec(line.trim());
    if (!match) return;
    let secure = false;
    for (let i = index - 1; i >= 0 && lines[i].trim().startsWith('@'); i--) {
      if (lines[i].trim().startsWith('@secure()')) secure = true;
    }
    result.push({ name: match[1], hasDefault: match[2] !== undefined, secure });
  });
  return result;
}

function appSettings(): Map<string, string> {
  const settings = new Map<string, string>();
  const webApp = resource('Microsoft.Web/sites').body;
  for (const match of webApp.matchAll(/\{\s*name:\s*'([A-Z0-9_]+)'\s*,\s*value:\s*([^}]+?)\s*\}/g)) {
    settings.set(match[1], match[2]);
  }
  return settings;
}

describe('infra/azure.bicep', () => {
  it('has balanced braces, brackets and parentheses', () => {
    for (const [open, close] of [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ]) {
      const withoutStrings = CODE.replace(/'(?:[^'\\]|\\.)*'/g, "''");
      expect(withoutStrings.split(open).length).toBe(withoutStrings.split(close).length);
    }
  });

  it('declares exactly the resources the bot needs', () => {
    expect(
      resources()
        .map((r) => r.type)
        .sort(),
    ).toEqual(
      [
        'Microsoft.Authorization/roleAssignments',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
        'Microsoft.ManagedIdentity/userAssignedIdentities',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Storage/storageAccounts/blobServices',
        'Microsoft.Storage/storageAccounts/blobServices/containers',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
      ].sort(),
    );
  });

  it('runs the web app on Linux Node 20, always on, HTTPS only, no FTP, TLS 1.2', () => {
    expect(resource('Microsoft.Web/serverfarms').body).toMatch(/reserved:\s*true/);
    const site = resource('Microsoft.Web/sites').body;
    expect(site).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(site).toMatch(/alwaysOn:\s*true/);
    expect(site).toMatch(/httpsOnly:\s*true/);
    expect(site).toContain("ftpsState: 'Disabled'");
    expect(site).toContain("minTlsVersion: '1.2'");
    expect(site).toMatch(/type:\s*'UserAssigned'/);
    expect(site).toContain("'${identity.id}': {}");
  });

  it('registers the bot with the managed identity and turns on the Teams channel', () => {
    const bot = resource('Microsoft.BotService/botServices');
    expect(bot.body).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bot.body).toContain('msaAppId: identity.properties.clientId');
    expect(bot.body).toContain('msaAppMSIResourceId: identity.id');
    expect(bot.body).toContain('msaAppTenantId: identity.properties.tenantId');
    expect(bot.body).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    const channel = resource('Microsoft.BotService/botServices/channels').body;
    expect(channel).toContain(`parent: ${bot.symbol}`);
    expect(channel).toContain("name: 'MsTeamsChannel'");
    expect(channel).toContain("channelName: 'MsTeamsChannel'");
  });

  it('keeps bot state in a private, HTTPS-only StorageV2 account that the identity reaches without keys', () => {
    const storage = resource('Microsoft.Storage/storageAccounts').body;
    expect(storage).toContain("kind: 'StorageV2'");
    expect(storage).toMatch(/supportsHttpsTrafficOnly:\s*true/);
    expect(storage).toMatch(/allowBlobPublicAccess:\s*false/);
    expect(storage).toContain("minimumTlsVersion: 'TLS1_2'");
    expect(storage).toMatch(/allowSharedKeyAccess:\s*false/);
    expect(CODE).toMatch(/param storageContainerName string = 'botstate'/);
    expect(resource('Microsoft.Storage/storageAccounts/blobServices/containers').body).toContain(
      'name: storageContainerName',
    );
    const role = resource('Microsoft.Authorization/roleAssignments').body;
    // Storage Blob Data Contributor, granted to the bot's identity on the storage account.
    expect(CODE).toContain("'ba92f5b4-2d11-453d-a403-e96b0029c9fe'");
    expect(role).toContain('principalId: identity.properties.principalId');
    expect(role).toContain("principalType: 'ServicePrincipal'");
    expect(role).toContain('scope: storage');
  });

  it('wires the app settings the bot reads from the resources it creates', () => {
    const settings = appSettings();
    expect(Object.fromEntries(settings)).toMatchObject({
      BOT_ID: 'identity.properties.clientId',
      BOT_TENANT_ID: 'identity.properties.tenantId',
      BOT_TYPE: "'UserAssignedMSI'",
      AZURE_CLIENT_ID: 'identity.properties.clientId',
      STORAGE: "'azure-blob'",
      AZURE_STORAGE_ACCOUNT_URL: 'storage.properties.primaryEndpoints.blob',
      AZURE_STORAGE_CONTAINER: 'storageContainerName',
      RUNNING_ON_AZURE: "'1'",
      WEBSITE_NODE_DEFAULT_VERSION: "'~20'",
      SCM_DO_BUILD_DURING_DEPLOYMENT: "'true'",
      LLM_PROVIDER: "useAzureOpenAI ? 'azure-openai' : 'none'",
      AZURE_OPENAI_ENDPOINT: 'azureOpenAIEndpoint',
      AZURE_OPENAI_DEPLOYMENT: 'azureOpenAIDeployment',
      AZURE_OPENAI_API_KEY: 'azureOpenAIApiKey',
      ALLOWED_TENANT_IDS: 'empty(allowedTenantIds) ? identity.properties.tenantId : allowedTenantIds',
    });
  });

  it('sets only app settings that the bot, the platform or the Azure SDK understands', () => {
    const configSource = readFileSync(join(ROOT, 'src', 'config.ts'), 'utf8');
    const platform = [
      'WEBSITE_NODE_DEFAULT_VERSION',
      'SCM_DO_BUILD_DURING_DEPLOYMENT',
      'RUNNING_ON_AZURE',
      'AZURE_CLIENT_ID',
    ];
    const unknown = [...appSettings().keys()].filter(
      (name) => !platform.includes(name) && !new RegExp(`\\b${name}\\b`).test(configSource),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every parameter without a default a value in azure.parameters.json, and nothing else', () => {
    const declared = params();
    const names = declared.map((p) => p.name);
    for (const name of Object.keys(PARAMETERS.parameters)) expect(names).toContain(name);
    for (const param of declared.filter((p) => !p.hasDefault)) {
      expect(Object.keys(PARAMETERS.parameters)).toContain(param.name);
    }
    expect(PARAMETERS.$schema).toContain('deploymentParameters.json');
  });

  it('keeps secrets out of azure.parameters.json: secure parameters only take SECRET_ placeholders', () => {
    const secure = params().filter((p) => p.secure);
    expect(secure.map((p) => p.name)).toEqual(['azureOpenAIApiKey']);
    for (const { name } of secure) {
      expect(PARAMETERS.parameters[name].value).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
    }
    for (const [name, { value }] of Object.entries(PARAMETERS.parameters)) {
      const text = String(value);
      expect({
        name,
        looksLikeAKey: /[A-Za-z0-9+/]{32,}/.test(text.replace(/\$\{\{[A-Z0-9_]+\}\}/g, '')),
      }).toEqual({
        name,
        looksLikeAKey: false,
      });
      if (/key|secret|password/i.test(name)) expect(text).toMatch(/^\$\{\{SECRET_/);
    }
  });

  it('takes every parameters-file placeholder from env/.env.dev, its .user example or the Toolkit', () => {
    const declared = {
      ...parseEnvFile(readFileSync(join(ROOT, 'env', '.env.dev'), 'utf8')),
      ...parseEnvFile(readFileSync(join(ROOT, 'env', '.env.dev.user.example'), 'utf8')),
    };
    const placeholders = [...JSON.stringify(PARAMETERS).matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]);
    expect(placeholders.length).toBeGreaterThan(0);
    // TEAMS_APP_TENANT_ID: the Toolkit sets it to the tenant of the signed-in Microsoft 365 account.
    const known = [...Object.keys(declared), 'TEAMS_APP_TENANT_ID'];
    for (const name of placeholders) expect(known).toContain(name);
  });

  it('outputs what teamsapp.yml and the app package need', () => {
    const outputs = [...CODE.matchAll(/^output\s+(\w+)\s+string\s*=/gm)].map((m) => m[1]).sort();
    expect(outputs).toEqual(
      [
        'AZURE_STORAGE_ACCOUNT_URL',
        'BOT_AZURE_APP_SERVICE_RESOURCE_ID',
        'BOT_DOMAIN',
        'BOT_ID',
        'BOT_TENANT_ID',
      ].sort(),
    );
  });
});
