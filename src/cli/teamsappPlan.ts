/**
 * What `teamsapp provision`, `deploy` and `publish` would do with an environment, worked out offline.
 *
 *   npm run plan:teamsapp                       # environment dev: provision, then deploy, then publish
 *   npm run plan:teamsapp -- --env dev --lifecycle deploy
 *
 * It follows the rules Teams Toolkit applies before it calls Azure or Microsoft 365:
 * - the environment is env/.env.<env>, then env/.env.<env>.user, over the process environment;
 * - provision generates RESOURCE_SUFFIX when it is empty and asks for the subscription and the
 *   resource group when AZURE_SUBSCRIPTION_ID or AZURE_RESOURCE_GROUP_NAME is empty;
 * - each action's `with` values are filled just before the action runs, and the lifecycle stops at
 *   the first action with a placeholder whose variable is missing or empty;
 * - arm/deploy fills the parameters file's placeholders the same way and refuses the file when one
 *   is left (MissingEnvironmentVariablesError), whatever the Bicep default;
 * - the manifest and its localization files are filled the same way when the package is built.
 * Outputs of earlier actions (TEAMS_APP_ID, the Bicep outputs) are given stand-in values, so the
 * later actions can be followed too. Nothing here signs in, deploys or uploads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { findPlaceholders, parseEnvFile } from './appPackage/variables';

export type LifecycleName = 'provision' | 'deploy' | 'publish';
export type StepOutcome = 'runs' | 'asks' | 'stops' | 'not reached';

export interface PlannedStep {
  readonly lifecycle: LifecycleName;
  readonly action: string;
  readonly outcome: StepOutcome;
  readonly detail: string;
}

interface Action {
  readonly uses: string;
  readonly name?: string;
  readonly with?: Record<string, unknown>;
  readonly writeToEnvironmentFile?: Record<string, string>;
}

type Environment = Record<string, string | undefined>;

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const AZURE_ACTIONS = ['arm/deploy', 'azureAppService/zipDeploy', 'azureAppService/deploy'];
const ASKED_FOR = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];

/**
 * Fills `${{NAME}}` the way Teams Toolkit does: a variable that is missing or empty leaves its
 * placeholder in place (the caller then decides whether that stops the action).
 */
export function expandLikeToolkit(content: string, env: Environment): string {
  return content.replace(PLACEHOLDER, (whole, name: string) => {
    const value = env[name];
    return value ? value : whole;
  });
}

/** The variables of the placeholders left in a text, each once. */
export function unresolvedPlaceholders(content: string): string[] {
  return findPlaceholders(content);
}

/** The environment Teams Toolkit works with: the process, then env/.env.<env>, then its .user file. */
export function loadToolkitEnvironment(
  rootDir: string,
  envName: string,
  processEnv: Environment = {},
): Environment {
  const read = (file: string): Record<string, string> =>
    existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {};
  const envFile = join(rootDir, 'env', `.env.${envName}`);
  if (!existsSync(envFile)) throw new Error(`No environment file env/.env.${envName}.`);
  return { ...processEnv, ...read(envFile), ...read(`${envFile}.user`) };
}

function fill(value: unknown, env: Environment, missing: Set<string>): unknown {
  if (typeof value === 'string') {
    const filled = expandLikeToolkit(value, env);
    for (const name of unresolvedPlaceholders(filled)) missing.add(name);
    return filled;
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, env, missing));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, env, missing)]));
  }
  return value;
}

function bicepDeclarations(bicepText: string): { params: Map<string, boolean>; outputs: string[] } {
  const params = new Map<string, boolean>();
  for (const match of bicepText.matchAll(/^param\s+(\w+)\s+\w+(\s*=.*)?$/gm))
    params.set(match[1], match[2] !== undefined);
  const outputs = [...bicepText.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]);
  return { params, outputs };
}

/** Stand-in values for what a real run would write, so that later actions can be followed. */
function standIn(name: string, env: Environment): string {
  const suffix = env.RESOURCE_SUFFIX ?? 'abc123';
  const site = `boernunge${suffix}`;
  const standIns: Record<string, string> = {
    TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
    TEAMS_APP_TENANT_ID: '99999999-8888-4777-8666-555555555555',
    BOT_ID: '66666666-7777-4888-8999-000000000000',
    BOT_TENANT_ID: '99999999-8888-4777-8666-555555555555',
    BOT_DOMAIN: `${site}.azurewebsites.net`,
    BOT_AZURE_APP_SERVICE_RESOURCE_ID: `/subscriptions/${env.AZURE_SUBSCRIPTION_ID}/resourceGroups/${env.AZURE_RESOURCE_GROUP_NAME}/providers/Microsoft.Web/sites/${site}`,
    AZURE_STORAGE_ACCOUNT_URL: `https://${site}st.blob.core.windows.net/`,
    TEAMS_APP_PUBLISHED_APP_ID: '12121212-3434-4565-8787-909090909090',
  };
  return standIns[name] ?? `<${name} from the deployment>`;
}

function manifestTexts(rootDir: string, manifestPath: string): { name: string; text: string }[] {
  const path = join(rootDir, manifestPath);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const files = [{ name: manifestPath, text }];
  const info = (
    JSON.parse(text) as {
      localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] };
    }
  ).localizationInfo;
  const names = [
    ...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info?.additionalLanguages ?? []).map((l) => l.file),
  ];
  for (const file of names) {
    const locPath = join(path, '..', file);
    if (existsSync(locPath))
      files.push({ name: join(manifestPath, '..', file), text: readFileSync(locPath, 'utf8') });
  }
  return files;
}

type ActionPlan = { outcome: StepOutcome; detail: string; outputs: string[] };

/** Each Bicep template with its parameters file: stops on placeholders left or parameters that do not fit. */
function planArmDeploy(rootDir: string, inputs: Record<string, unknown>, env: Environment): ActionPlan {
  const templates = (inputs.templates ?? []) as { path: string; parameters?: string }[];
  const outputs: string[] = [];
  const details: string[] = [];
  for (const template of templates) {
    const bicepPath = join(rootDir, template.path);
    if (!existsSync(bicepPath))
      return { outcome: 'stops', detail: `no template ${template.path}`, outputs: [] };
    const { params, outputs: declared } = bicepDeclarations(readFileSync(bicepPath, 'utf8'));
    const read = readParameters(rootDir, template.parameters, env);
    if ('stop' in read) return { outcome: 'stops', detail: read.stop, outputs: [] };
    const passed = read.passed;
    const unknown = Object.keys(passed).filter((name) => !params.has(name));
    const lacking = [...params]
      .filter(([name, hasDefault]) => !hasDefault && !(name in passed))
      .map(([n]) => n);
    if (unknown.length > 0 || lacking.length > 0) {
      return {
        outcome: 'stops',
        detail: `parameters do not fit ${template.path}: unknown ${unknown.join(', ') || '-'}, missing ${lacking.join(', ') || '-'}`,
        outputs: [],
      };
    }
    const shown = Object.entries(passed).map(([name, { value }]) =>
      /key|secret|password/i.test(name) ? `${name}=(secret)` : `${name}=${String(value)}`,
    );
    details.push(
      `compiles ${template.path} and deploys it to ${String(inputs.resourceGroupName)} with ${shown.join(', ')}; writes ${declared.join(', ')}`,
    );
    outputs.push(...declared);
  }
  return { outcome: 'runs', detail: details.join('; '), outputs };
}

function readParameters(
  rootDir: string,
  parametersFile: string | undefined,
  env: Environment,
): { passed: Record<string, { value: unknown }> } | { stop: string } {
  if (!parametersFile) return { passed: {} };
  const parametersPath = join(rootDir, parametersFile);
  if (!existsSync(parametersPath)) return { stop: `no parameters file ${parametersFile}` };
  const rendered = expandLikeToolkit(readFileSync(parametersPath, 'utf8'), env);
  const left = unresolvedPlaceholders(rendered);
  if (left.length > 0)
    return { stop: `MissingEnvironmentVariablesError: ${left.join(', ')} in ${parametersFile}` };
  return { passed: (JSON.parse(rendered) as { parameters: Record<string, { value: unknown }> }).parameters };
}

/** Validating or zipping the manifest: stops when the manifest or a localization file has placeholders left. */
function planManifestStep(
  rootDir: string,
  action: Action,
  inputs: Record<string, unknown>,
  env: Environment,
): ActionPlan {
  const manifestPath = String(inputs.manifestPath);
  for (const file of manifestTexts(rootDir, manifestPath)) {
    const left = unresolvedPlaceholders(expandLikeToolkit(file.text, env));
    if (left.length > 0) {
      return { outcome: 'stops', detail: `${left.join(', ')} unresolved in ${file.name}`, outputs: [] };
    }
  }
  return {
    outcome: 'runs',
    detail:
      action.uses === 'teamsApp/zipAppPackage'
        ? `writes ${String(inputs.outputZipPath)} (manifest, localization files, icons)`
        : `checks ${manifestPath} against its schema`,
    outputs: [],
  };
}

/** What one action does once its inputs are filled; stops when a file it needs has placeholders left. */
function runAction(
  rootDir: string,
  action: Action,
  inputs: Record<string, unknown>,
  env: Environment,
): ActionPlan {
  switch (action.uses) {
    case 'teamsApp/create':
      return {
        outcome: 'runs',
        detail: env.TEAMS_APP_ID
          ? `reuses the Teams app ${env.TEAMS_APP_ID}`
          : `registers a new Teams app "${String(inputs.name)}" in the Developer Portal`,
        outputs: ['TEAMS_APP_ID', 'TEAMS_APP_TENANT_ID'],
      };
    case 'arm/deploy':
      return planArmDeploy(rootDir, inputs, env);
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage':
      return planManifestStep(rootDir, action, inputs, env);
    case 'teamsApp/validateAppPackage':
      return {
        outcome: 'runs',
        detail: `validates ${String(inputs.appPackagePath)} with the Teams rules`,
        outputs: [],
      };
    case 'teamsApp/update':
      return {
        outcome: 'runs',
        detail: `uploads ${String(inputs.appPackagePath)} to the Teams app`,
        outputs: [],
      };
    case 'teamsApp/publishAppPackage':
      return {
        outcome: 'runs',
        detail: `submits ${String(inputs.appPackagePath)} to the Teams admin center`,
        outputs: Object.values(action.writeToEnvironmentFile ?? {}),
      };
    case 'cli/runNpmCommand':
      return { outcome: 'runs', detail: `runs npm ${String(inputs.args)}`, outputs: [] };
    case 'azureAppService/zipDeploy':
      return {
        outcome: 'runs',
        detail: `zips ${String(inputs.artifactFolder)} without ${String(inputs.ignoreFile)} and deploys it to ${String(inputs.resourceId)}`,
        outputs: [],
      };
    default:
      return {
        outcome: 'runs',
        detail: `runs ${action.uses}`,
        outputs: Object.values(action.writeToEnvironmentFile ?? {}),
      };
  }
}

/**
 * Follows one lifecycle of a teamsapp yml file with the given environment. Returns the steps and the
 * environment afterwards (what the Toolkit would have written to env/.env.<env>).
 */
export function planLifecycle(
  rootDir: string,
  ymlFile: string,
  lifecycle: LifecycleName,
  startEnv: Environment,
): { steps: PlannedStep[]; env: Environment } {
  const doc = parse(readFileSync(join(rootDir, ymlFile), 'utf8')) as Partial<Record<LifecycleName, Action[]>>;
  const actions = doc[lifecycle] ?? [];
  const env: Environment = { ...startEnv };
  const steps: PlannedStep[] = [];
  const usesAzure = actions.some((a) => AZURE_ACTIONS.includes(a.uses));
  const asked: string[] = [];
  if (lifecycle === 'provision' && usesAzure) {
    if (!env.RESOURCE_SUFFIX) env.RESOURCE_SUFFIX = 'abc123';
    for (const name of ASKED_FOR) {
      const mentioned = actions.some((a) => JSON.stringify(a.with ?? {}).includes(name));
      if (mentioned && !env[name]) {
        asked.push(name);
        env[name] = name === 'AZURE_SUBSCRIPTION_ID' ? '<chosen subscription>' : `<chosen resource group>`;
      }
    }
  }
  let stopped = false;
  for (const action of actions) {
    const label = action.name ? `${action.uses} (${action.name})` : action.uses;
    if (stopped) {
      steps.push({ lifecycle, action: label, outcome: 'not reached', detail: '' });
      continue;
    }
    const missing = new Set<string>();
    const inputs = fill(action.with ?? {}, env, missing) as Record<string, unknown>;
    if (missing.size > 0) {
      steps.push({
        lifecycle,
        action: label,
        outcome: 'stops',
        detail: `unresolved placeholders: ${[...missing].join(', ')}`,
      });
      stopped = true;
      continue;
    }
    const result = runAction(rootDir, action, inputs, env);
    const askedHere = action.uses === 'arm/deploy' && asked.length > 0;
    steps.push({
      lifecycle,
      action: label,
      outcome: result.outcome === 'runs' && askedHere ? 'asks' : result.outcome,
      detail: askedHere ? `asks for ${asked.join(' and ')}, then ${result.detail}` : result.detail,
    });
    if (result.outcome === 'stops') {
      stopped = true;
      continue;
    }
    for (const name of result.outputs) env[name] = env[name] || standIn(name, env);
  }
  return { steps, env };
}

/** Follows lifecycles one after the other, each starting from what the previous one wrote. */
export function planLifecycles(
  rootDir: string,
  ymlFile: string,
  lifecycles: readonly LifecycleName[],
  startEnv: Environment,
): PlannedStep[] {
  let env = startEnv;
  const steps: PlannedStep[] = [];
  for (const lifecycle of lifecycles) {
    const planned = planLifecycle(rootDir, ymlFile, lifecycle, env);
    steps.push(...planned.steps);
    env = planned.env;
  }
  return steps;
}

/** A Markdown table of planned steps. */
export function planTable(steps: readonly PlannedStep[]): string {
  const rows = steps.map(
    (s) => `| ${s.lifecycle} | ${s.action} | ${s.outcome} | ${s.detail.replace(/\|/g, '\\|')} |`,
  );
  return ['| lifecycle | action | outcome | what it would do |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string): string => {
    const index = args.indexOf(name);
    return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
  };
  const rootDir = resolve(option('--root', resolve(__dirname, '..', '..')));
  const envName = option('--env', 'dev');
  const only = option('--lifecycle', '');
  const ymlFile = envName === 'local' ? 'teamsapp.local.yml' : 'teamsapp.yml';
  const lifecycles: LifecycleName[] = only ? [only as LifecycleName] : ['provision', 'deploy', 'publish'];
  const env = loadToolkitEnvironment(rootDir, envName);
  console.log(planTable(planLifecycles(rootDir, ymlFile, lifecycles, env)));
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`npm run plan:teamsapp: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
