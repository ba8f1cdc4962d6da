import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseEnvFile } from '../../../src/cli/appPackage/variables';
import { planLifecycle, planLifecycles, planTable, type PlannedStep } from '../../../src/cli/teamsappPlan';
import {
  expandLikeToolkit,
  loadToolkitEnvironment,
  unresolvedPlaceholders,
} from '../../../src/cli/teamsappPlan/toolkitEnvironment';

const ROOT = join(__dirname, '..', '..', '..');

/** The committed env/.env.dev as a fresh clone has it: nothing generated, no .user file, no model. */
const EMPTY = committedEnvironment('dev');

/** Only the committed file, so a developer's own env/.env.<env>.user cannot change the outcome. */
function committedEnvironment(name: string): Record<string, string> {
  return parseEnvFile(readFileSync(join(ROOT, 'env', `.env.${name}`), 'utf8'));
}

/** Every value set, as after a provision with Azure OpenAI and the key in env/.env.dev.user. */
const FULL: Record<string, string> = {
  ...EMPTY,
  AZURE_SUBSCRIPTION_ID: '0d6b3c1a-2f4e-4a5b-9c8d-7e6f5a4b3c2d',
  AZURE_RESOURCE_GROUP_NAME: 'rg-boernunge-dev',
  RESOURCE_SUFFIX: 'k3x9q2',
  LLM_PROVIDER: 'azure-openai',
  AZURE_OPENAI_ENDPOINT: 'https://herning-aoai.openai.azure.com',
  AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
  SECRET_AZURE_OPENAI_API_KEY: 'c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3OA',
  TEAMS_APP_ID: '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  TEAMS_APP_TENANT_ID: '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716',
  BOT_ID: '8d4e6f70-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  BOT_DOMAIN: 'boernungek3x9q2.azurewebsites.net',
  BOT_AZURE_APP_SERVICE_RESOURCE_ID:
    '/subscriptions/0d6b3c1a-2f4e-4a5b-9c8d-7e6f5a4b3c2d/resourceGroups/rg-boernunge-dev/providers/Microsoft.Web/sites/boernungek3x9q2',
};

function outcomes(steps: readonly PlannedStep[]): string[] {
  return steps.map((s) => `${s.lifecycle} ${s.action}: ${s.outcome}`);
}

function step(steps: readonly PlannedStep[], uses: string): PlannedStep {
  const found = steps.filter((s) => s.action.startsWith(uses));
  expect(found).toHaveLength(1);
  return found[0];
}

/** The parameters file arm/deploy would read, with the placeholders of its path filled. */
function parametersFileFor(env: Record<string, string | undefined>): string {
  const doc = parse(readFileSync(join(ROOT, 'teamsapp.yml'), 'utf8')) as {
    provision: { uses: string; with?: { templates?: { parameters: string }[] } }[];
  };
  const arm = doc.provision.find((a) => a.uses === 'arm/deploy')!;
  return expandLikeToolkit(arm.with!.templates![0].parameters, env);
}

describe('loadToolkitEnvironment', () => {
  it('reads env/.env.<env> over the process environment and names a missing environment', () => {
    const env = loadToolkitEnvironment(ROOT, 'dev', { TEAMSFX_ENV: 'other', ONLY_IN_PROCESS: 'x' });
    expect(env).toMatchObject({ TEAMSFX_ENV: 'dev', ONLY_IN_PROCESS: 'x' });
    expect(() => loadToolkitEnvironment(ROOT, 'nowhere')).toThrow('No environment file env/.env.nowhere.');
  });
});

describe('expandLikeToolkit', () => {
  it('fills set variables and leaves the placeholder of a missing or empty one, as Teams Toolkit does', () => {
    const text = '${{A}}-${{ B }}-${{C}}-${{A}}';
    const filled = expandLikeToolkit(text, { A: 'x', B: '' });
    expect(filled).toBe('x-${{ B }}-${{C}}-x');
    expect(unresolvedPlaceholders(filled)).toEqual(['B', 'C']);
  });
});

describe('the no-LLM set-up (env/.env.dev as committed, no .user file)', () => {
  it('leaves the language model variables empty and picks the parameters file without them', () => {
    expect(EMPTY).toMatchObject({
      LLM_PROVIDER: 'none',
      AZURE_OPENAI_ENDPOINT: '',
      AZURE_OPENAI_DEPLOYMENT: '',
    });
    expect(parametersFileFor(EMPTY)).toBe('./infra/azure.parameters.none.json');
  });

  it('renders the parameters file with no placeholder left once provision has its generated values', () => {
    const text = readFileSync(join(ROOT, parametersFileFor(EMPTY)), 'utf8');
    // What the Toolkit has by the time arm/deploy runs: RESOURCE_SUFFIX (generated) and
    // TEAMS_APP_TENANT_ID (written by teamsApp/create).
    const atArmDeploy = {
      ...EMPTY,
      RESOURCE_SUFFIX: 'k3x9q2',
      TEAMS_APP_TENANT_ID: FULL.TEAMS_APP_TENANT_ID,
    };
    const rendered = expandLikeToolkit(text, atArmDeploy);
    expect(unresolvedPlaceholders(rendered)).toEqual([]);
    const parameters = (JSON.parse(rendered) as { parameters: Record<string, { value: unknown }> })
      .parameters;
    expect(parameters.llmProvider.value).toBe('none');
    expect(Object.keys(parameters).filter((name) => /openai|llm.*key/i.test(name))).toEqual([]);
  });

  it('provisions without stopping: only the subscription and resource group are asked for', () => {
    const { steps } = planLifecycle(ROOT, 'teamsapp.yml', 'provision', EMPTY);
    expect(outcomes(steps)).toEqual([
      'provision teamsApp/create: runs',
      'provision arm/deploy: asks',
      'provision teamsApp/validateManifest: runs',
      'provision teamsApp/zipAppPackage: runs',
      'provision teamsApp/validateAppPackage: runs',
      'provision teamsApp/update: runs',
    ]);
    expect(step(steps, 'arm/deploy').detail).toContain('llmProvider=none');
  });

  it('the way it was (language model placeholders in the one parameters file) stops with MissingEnvironmentVariablesError', () => {
    const legacy = JSON.stringify({
      parameters: { azureOpenAIEndpoint: { value: '${{AZURE_OPENAI_ENDPOINT}}' } },
    });
    expect(unresolvedPlaceholders(expandLikeToolkit(legacy, EMPTY))).toEqual(['AZURE_OPENAI_ENDPOINT']);
  });

  it('deploy before any provision stops at the zip deploy, naming the App Service id it lacks', () => {
    const { steps } = planLifecycle(ROOT, 'teamsapp.yml', 'deploy', EMPTY);
    expect(outcomes(steps)).toEqual([
      'deploy cli/runNpmCommand (install dependencies): runs',
      'deploy cli/runNpmCommand (build app): runs',
      'deploy azureAppService/zipDeploy: stops',
    ]);
    expect(step(steps, 'azureAppService/zipDeploy').detail).toContain('BOT_AZURE_APP_SERVICE_RESOURCE_ID');
  });

  it('provision, then deploy, then publish runs every step', () => {
    const steps = planLifecycles(ROOT, 'teamsapp.yml', ['provision', 'deploy', 'publish'], EMPTY);
    expect(steps.filter((s) => s.outcome !== 'runs' && s.outcome !== 'asks')).toEqual([]);
    expect(planTable(steps).split('\n')).toHaveLength(steps.length + 2);
  });
});

describe('the full set-up (Azure OpenAI, every value set)', () => {
  it('deploys with the model parameters and never shows the key', () => {
    expect(parametersFileFor(FULL)).toBe('./infra/azure.parameters.azure-openai.json');
    const steps = planLifecycles(ROOT, 'teamsapp.yml', ['provision', 'deploy', 'publish'], FULL);
    expect(steps.every((s) => s.outcome === 'runs')).toBe(true);
    const arm = step(steps, 'arm/deploy').detail;
    expect(arm).toContain(`azureOpenAIEndpoint=${FULL.AZURE_OPENAI_ENDPOINT}`);
    expect(arm).toContain('llmApiKey=(secret)');
    expect(planTable(steps)).not.toContain(FULL.SECRET_AZURE_OPENAI_API_KEY);
    expect(step(steps, 'teamsApp/create').detail).toContain(`reuses the Teams app ${FULL.TEAMS_APP_ID}`);
    expect(step(steps, 'azureAppService/zipDeploy').detail).toContain(FULL.BOT_AZURE_APP_SERVICE_RESOURCE_ID);
  });

  it('stops at arm/deploy naming the key when Azure OpenAI is chosen without one', () => {
    const { steps } = planLifecycle(ROOT, 'teamsapp.yml', 'provision', {
      ...FULL,
      SECRET_AZURE_OPENAI_API_KEY: '',
    });
    expect(step(steps, 'arm/deploy')).toMatchObject({
      outcome: 'stops',
      detail:
        'MissingEnvironmentVariablesError: SECRET_AZURE_OPENAI_API_KEY in ./infra/azure.parameters.azure-openai.json',
    });
    expect(step(steps, 'teamsApp/update').outcome).toBe('not reached');
  });

  it('stops before arm/deploy when LLM_PROVIDER is emptied', () => {
    const { steps } = planLifecycle(ROOT, 'teamsapp.yml', 'provision', { ...FULL, LLM_PROVIDER: '' });
    expect(step(steps, 'arm/deploy')).toMatchObject({
      outcome: 'stops',
      detail: 'unresolved placeholders: LLM_PROVIDER',
    });
  });

  it('names an LLM_PROVIDER without a parameters file', () => {
    const { steps } = planLifecycle(ROOT, 'teamsapp.yml', 'provision', { ...FULL, LLM_PROVIDER: 'llama' });
    expect(step(steps, 'arm/deploy')).toMatchObject({
      outcome: 'stops',
      detail: 'no parameters file ./infra/azure.parameters.llama.json',
    });
  });
});

describe('teamsapp.local.yml with env/.env.local as committed', () => {
  it('stops at the Bot Framework registration until the dev tunnel address is set', () => {
    const local = committedEnvironment('local');
    const { steps } = planLifecycle(ROOT, 'teamsapp.local.yml', 'provision', local);
    expect(step(steps, 'botFramework/create')).toMatchObject({
      outcome: 'stops',
      detail: 'unresolved placeholders: BOT_ENDPOINT',
    });
    const withTunnel = {
      ...local,
      BOT_ENDPOINT: 'https://abc-3978.euw.devtunnels.ms',
      BOT_DOMAIN: 'abc-3978.euw.devtunnels.ms',
    };
    const after = planLifecycle(ROOT, 'teamsapp.local.yml', 'provision', withTunnel).steps;
    expect(after.every((s) => s.outcome === 'runs')).toBe(true);
  });
});
