/**
 * What one teamsapp action would do once its inputs are filled: the ARM deployment (with its
 * parameters file against the Bicep template), the manifest steps, and the rest as they are named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandLikeToolkit, unresolvedPlaceholders, type Environment } from './toolkitEnvironment';

/** What a step comes to: it runs, asks the user first, stops the lifecycle, or is never reached. */
export type StepOutcome = 'runs' | 'asks' | 'stops' | 'not reached';

export interface Action {
  readonly uses: string;
  readonly name?: string;
  readonly with?: Record<string, unknown>;
  readonly writeToEnvironmentFile?: Record<string, string>;
}

function bicepDeclarations(bicepText: string): { params: Map<string, boolean>; outputs: string[] } {
  const params = new Map<string, boolean>();
  for (const match of bicepText.matchAll(/^param\s+(\w+)\s+\w+(\s*=.*)?$/gm))
    params.set(match[1], match[2] !== undefined);
  const outputs = [...bicepText.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]);
  return { params, outputs };
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

export type ActionPlan = { outcome: StepOutcome; detail: string; outputs: string[] };

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
export function runAction(
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
