/**
 * The variables the manifest's Teams Toolkit placeholders (`${{NAME}}`) are filled from: the env
 * files (env/.env.<env>, then .user), the process environment, and offline ids for "local".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageAppError } from './packageAppError';

/**
 * Ids used when environment "local" has none yet, so a fresh clone can build a package offline.
 * Teams Toolkit writes the real TEAMS_APP_ID and BOT_ID into env/.env.local on its first
 * provision; these are deliberately not kept in that file, because the Toolkit only creates a
 * bot registration when BOT_ID is empty there.
 */
export const LOCAL_PLACEHOLDERS: Readonly<Record<string, string>> = Object.freeze({
  TEAMS_APP_ID: '5f3c1a2e-8b7d-4c6e-9f0a-1b2c3d4e5f60',
  BOT_ID: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  BOT_DOMAIN: 'localhost',
});

export const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Parses a dotenv file: KEY=VALUE lines, `#` comments, optional single or double quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2];
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2];
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    values[match[1]] = value;
  }
  return values;
}

/** The distinct placeholder names in a text, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]))];
}

/**
 * Replaces every `${{NAME}}` with its value. Values are JSON-string escaped, because the template
 * is JSON and every placeholder sits inside a string. Throws MISSING_VARIABLE naming all names
 * without a (non-empty) value.
 */
export function substitutePlaceholders(
  template: string,
  lookup: (name: string) => string | undefined,
  whereToSet: string,
): string {
  const missing = findPlaceholders(template).filter((name) => !lookup(name));
  if (missing.length > 0) {
    const list = missing.join(', ');
    throw new PackageAppError(
      'MISSING_VARIABLE',
      `The manifest needs ${missing.length === 1 ? 'a value' : 'values'} for ${list}: set ${
        missing.length === 1 ? 'it' : 'them'
      } in ${whereToSet} or in the environment.`,
      missing,
    );
  }
  return template.replace(PLACEHOLDER, (_whole, name: string) => JSON.stringify(lookup(name)).slice(1, -1));
}

/** The file's text, or undefined when there is no such file. */
export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function nonEmpty(values: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value.trim() !== '') result[key] = value.trim();
  }
  return result;
}

function listEnvironments(envDir: string): string[] {
  if (!existsSync(envDir)) return [];
  return readdirSync(envDir)
    .map((file) => /^\.env\.([A-Za-z0-9_-]+)$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** Resolves the variables for one environment; later sources override earlier ones. */
export function resolveVariables(
  rootDir: string,
  env: string,
  processEnv: Readonly<Record<string, string | undefined>>,
): { values: Record<string, string>; fromPlaceholders: ReadonlySet<string> } {
  const envDir = join(rootDir, 'env');
  const envFile = readIfExists(join(envDir, `.env.${env}`));
  if (envFile === undefined) {
    const known = listEnvironments(envDir);
    throw new PackageAppError(
      'UNKNOWN_ENVIRONMENT',
      `No environment file env/.env.${env}. Known environments: ${known.length > 0 ? known.join(', ') : 'none'}.`,
      [env],
    );
  }
  const userFile = readIfExists(join(envDir, `.env.${env}.user`));
  const configured = {
    ...nonEmpty(parseEnvFile(envFile)),
    ...nonEmpty(userFile === undefined ? {} : parseEnvFile(userFile)),
    ...nonEmpty({ ...processEnv }),
  };
  const placeholders = env === 'local' ? LOCAL_PLACEHOLDERS : {};
  const fromPlaceholders = new Set(
    Object.keys(placeholders).filter((name) => configured[name] === undefined),
  );
  return { values: { ...placeholders, ...configured }, fromPlaceholders };
}
