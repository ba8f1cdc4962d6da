/**
 * The environment as Teams Toolkit sees it (the process, then env/.env.<env>, then its .user
 * file), how it fills `${{NAME}}` placeholders, and the stand-in values for what an action would
 * write, so that later actions can be followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPlaceholders, parseEnvFile, PLACEHOLDER } from '../appPackage/variables';

export type Environment = Record<string, string | undefined>;

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

/** Fills every string in an action's `with` values, collecting the variables still missing. */
export function fill(value: unknown, env: Environment, missing: Set<string>): unknown {
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

/** Stand-in values for what a real run would write, so that later actions can be followed. */
export function standIn(name: string, env: Environment): string {
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
