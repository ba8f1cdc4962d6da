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
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runAction, type Action, type StepOutcome } from './teamsappPlan/actions';
import { fill, loadToolkitEnvironment, standIn, type Environment } from './teamsappPlan/toolkitEnvironment';

export type LifecycleName = 'provision' | 'deploy' | 'publish';

export interface PlannedStep {
  readonly lifecycle: LifecycleName;
  readonly action: string;
  readonly outcome: StepOutcome;
  readonly detail: string;
}

const AZURE_ACTIONS = ['arm/deploy', 'azureAppService/zipDeploy', 'azureAppService/deploy'];
const ASKED_FOR = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];

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
