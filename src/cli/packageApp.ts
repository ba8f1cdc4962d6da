/**
 * Builds the Teams app package (the zip a Teams admin or the Developer Portal uploads).
 *
 *   npm run package                   # environment "local" -> build/appPackage/appPackage.local.zip
 *   npm run package -- --env dev      # uses env/.env.dev (+ env/.env.dev.user)
 *   npm run package -- --env dev --out /tmp/pkg
 *
 * The manifest's Teams Toolkit placeholders (`${{NAME}}`) are filled from, in rising priority:
 * offline placeholder ids (environment "local" only), env/.env.<env>, env/.env.<env>.user and the
 * process environment. An empty value counts as no value. A placeholder with no value stops the
 * build with a message naming the variable. The filled manifest is validated offline against its
 * JSON schema, each localization file (localizationInfo) against the localization schema of the same
 * manifest version and for a translation of every localizable string, and the icons are checked for
 * the sizes Teams requires. Works without network.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import type { TeamsManifest } from '@microsoft/app-manifest';
import { strToU8, zipSync } from 'fflate';
import { PNG } from 'pngjs';

export type PackageAppErrorCode =
  | 'UNKNOWN_ENVIRONMENT'
  | 'MISSING_VARIABLE'
  | 'MISSING_FILE'
  | 'INVALID_MANIFEST'
  | 'INVALID_LOCALIZATION'
  | 'INVALID_ICON';

export class PackageAppError extends Error {
  constructor(
    readonly code: PackageAppErrorCode,
    message: string,
    /** The names or messages the error is about (missing variables, schema errors). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'PackageAppError';
  }
}

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

export const ICON_SIZES = Object.freeze({ 'color.png': 192, 'outline.png': 32 });

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A fixed timestamp keeps the zip byte-for-byte reproducible. */
const ZIP_MTIME = new Date('2025-01-01T00:00:00Z');

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

function readIfExists(path: string): string | undefined {
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

export interface BuildAppPackageOptions {
  /** The project root (holds appPackage/ and env/). */
  readonly rootDir: string;
  /** Teams Toolkit environment name: local, dev, ... */
  readonly env: string;
  /** Where the zip goes; default <rootDir>/build/appPackage. */
  readonly outDir?: string;
  /** Highest-priority variable source; default process.env. */
  readonly processEnv?: Readonly<Record<string, string | undefined>>;
}

export interface BuiltAppPackage {
  readonly zipPath: string;
  readonly manifest: TeamsManifest;
  /** Variables filled from LOCAL_PLACEHOLDERS because no real value was configured. */
  readonly placeholdersUsed: readonly string[];
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

function checkIcon(path: string, name: string, size: number): Buffer {
  if (!existsSync(path)) {
    throw new PackageAppError('MISSING_FILE', `The icon appPackage/${name} is missing.`, [name]);
  }
  const bytes = readFileSync(path);
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch {
    throw new PackageAppError('INVALID_ICON', `appPackage/${name} is not a readable PNG file.`, [name]);
  }
  if (png.width !== size || png.height !== size) {
    throw new PackageAppError(
      'INVALID_ICON',
      `appPackage/${name} is ${png.width}x${png.height}; Teams needs ${size}x${size}.`,
      [name],
    );
  }
  return bytes;
}

interface LocalizationInfo {
  readonly defaultLanguageTag: string;
  readonly defaultLanguageFile?: string;
  readonly additionalLanguages?: readonly { readonly languageTag: string; readonly file: string }[];
}

/** The URL of the localization schema that belongs to a manifest version (Teams requires the same version). */
export function localizationSchemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`;
}

/**
 * Every string of a manifest under the key a localization file uses for it:
 * `name.short`, `bots[0].commandLists[1].commands[2].title`.
 */
export function manifestStrings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') {
    found.set(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      for (const [key, text] of manifestStrings(item, `${path}[${index}]`)) found.set(key, text);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      for (const [key, text] of manifestStrings(item, path === '' ? name : `${path}.${name}`))
        found.set(key, text);
    }
  }
  return found;
}

interface LocalizationSchema {
  readonly properties?: Record<string, unknown>;
  readonly patternProperties?: Record<string, unknown>;
}

/**
 * Escapes a `]` that closes no character class. Some published localization schemas have patterns
 * such as `\\b]` that a Unicode-mode regular expression (what the validator compiles) rejects,
 * although they mean a literal bracket.
 */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']') {
      out += inClass ? char : '\\]';
      inClass = false;
    } else {
      out += char;
    }
  }
  return out;
}

function withUnicodeSafePatterns(schema: LocalizationSchema): LocalizationSchema {
  const patternProperties = Object.fromEntries(
    Object.entries(schema.patternProperties ?? {}).map(([pattern, rule]) => [
      escapeLoneBrackets(pattern),
      rule,
    ]),
  );
  return { ...schema, patternProperties };
}

/** The manifest keys the localization schema lets a language file translate. */
function isLocalizable(key: string, schema: LocalizationSchema): boolean {
  if (key === '$schema' || key === 'localizationKeys') return false;
  if (schema.properties && Object.hasOwn(schema.properties, key)) return true;
  return Object.keys(schema.patternProperties ?? {}).some((pattern) => new RegExp(pattern).test(key));
}

/**
 * Checks one filled localization file against the manifest: the localization schema of the manifest's
 * version (bundled with @microsoft/app-manifest, so offline), a translation for every localizable
 * string of the manifest, and no key that names a string the manifest does not have.
 * Returns the problems; empty when the file is good.
 */
export async function checkLocalizationFile(
  manifest: TeamsManifest,
  fileName: string,
  text: string,
): Promise<string[]> {
  let translations: Record<string, unknown>;
  try {
    translations = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return [`${fileName} is not valid JSON: ${(error as Error).message}`];
  }
  const expectedSchema = localizationSchemaUrl(String(manifest.manifestVersion));
  if (translations.$schema !== expectedSchema) {
    return [`${fileName} must have "$schema": "${expectedSchema}" (the manifest's version).`];
  }
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  const schema = withUnicodeSafePatterns(
    (await AppManifestUtils.fetchSchema(expectedSchema)) as unknown as LocalizationSchema,
  );
  const problems = (await AppManifestUtils.validateAgainstSchema(translations as never, schema as never)).map(
    (error) => `${fileName}: ${error}`,
  );
  const strings = manifestStrings(manifest);
  const localizable = [...strings.keys()].filter((key) => isLocalizable(key, schema));
  for (const key of localizable) {
    if (typeof translations[key] !== 'string') problems.push(`${fileName} has no translation for ${key}`);
  }
  for (const key of Object.keys(translations)) {
    if (key !== '$schema' && key !== 'localizationKeys' && !strings.has(key)) {
      problems.push(`${fileName} translates ${key}, which the manifest does not have`);
    }
  }
  return problems;
}

/** The localization files a manifest names, each checked to stay inside appPackage/. */
function localizationFiles(manifest: TeamsManifest): string[] {
  const info = (manifest as { localizationInfo?: LocalizationInfo }).localizationInfo;
  if (info === undefined) return [];
  const tags = (info.additionalLanguages ?? []).map((language) => language.languageTag.toLowerCase());
  if (tags.includes(info.defaultLanguageTag.toLowerCase()) || new Set(tags).size !== tags.length) {
    throw new PackageAppError(
      'INVALID_LOCALIZATION',
      'appPackage/manifest.json lists a language twice in localizationInfo.',
      tags,
    );
  }
  const files = [
    ...(info.defaultLanguageFile === undefined ? [] : [info.defaultLanguageFile]),
    ...(info.additionalLanguages ?? []).map((language) => language.file),
  ];
  for (const file of files) {
    if (isAbsolute(file) || normalize(file).startsWith('..')) {
      throw new PackageAppError(
        'INVALID_LOCALIZATION',
        `The localization file ${file} must be inside appPackage/.`,
        [file],
      );
    }
  }
  return files;
}

export async function buildAppPackage(options: BuildAppPackageOptions): Promise<BuiltAppPackage> {
  const { rootDir, env } = options;
  if (!ENVIRONMENT_NAME.test(env)) {
    throw new PackageAppError(
      'UNKNOWN_ENVIRONMENT',
      `"${env}" is not an environment name (letters, digits, - and _).`,
      [env],
    );
  }
  const appDir = join(rootDir, 'appPackage');
  const manifestPath = join(appDir, 'manifest.json');
  const template = readIfExists(manifestPath);
  if (template === undefined) {
    throw new PackageAppError('MISSING_FILE', 'appPackage/manifest.json is missing.', ['manifest.json']);
  }

  const { values, fromPlaceholders } = resolveVariables(rootDir, env, options.processEnv ?? process.env);
  const filled = substitutePlaceholders(template, (name) => values[name], `env/.env.${env}`);

  let manifest: TeamsManifest;
  try {
    manifest = JSON.parse(filled) as TeamsManifest;
  } catch (error) {
    throw new PackageAppError(
      'INVALID_MANIFEST',
      `appPackage/manifest.json is not valid JSON: ${(error as Error).message}`,
    );
  }
  // Loaded on first use: the validator and its schemas are only needed when a package is built.
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest);
  if (schemaErrors.length > 0) {
    throw new PackageAppError(
      'INVALID_MANIFEST',
      `appPackage/manifest.json does not match its schema:\n  ${schemaErrors.join('\n  ')}`,
      schemaErrors,
    );
  }

  const files: Record<string, Uint8Array> = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) };
  for (const file of localizationFiles(manifest)) {
    const localizationTemplate = readIfExists(join(appDir, file));
    if (localizationTemplate === undefined) {
      throw new PackageAppError('MISSING_FILE', `The localization file appPackage/${file} is missing.`, [
        file,
      ]);
    }
    // Teams Toolkit fills placeholders in localization files too.
    const filledLocalization = substitutePlaceholders(
      localizationTemplate,
      (name) => values[name],
      `env/.env.${env}`,
    );
    const problems = await checkLocalizationFile(manifest, `appPackage/${file}`, filledLocalization);
    if (problems.length > 0) {
      throw new PackageAppError(
        'INVALID_LOCALIZATION',
        `appPackage/${file} does not fit the manifest:\n  ${problems.join('\n  ')}`,
        problems,
      );
    }
    files[normalize(file).split('\\').join('/')] = strToU8(filledLocalization);
  }
  for (const [name, size] of Object.entries(ICON_SIZES)) {
    files[name] = checkIcon(join(appDir, name), name, size);
  }

  const outDir = options.outDir ?? join(rootDir, 'build', 'appPackage');
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${env}.zip`);
  writeFileSync(zipPath, zipSync(files, { level: 9, mtime: ZIP_MTIME }));

  const used = findPlaceholders(template).filter((name) => fromPlaceholders.has(name));
  return { zipPath, manifest, placeholdersUsed: used };
}

interface CliArguments {
  readonly env: string;
  readonly outDir?: string;
}

export function parseArguments(argv: readonly string[]): CliArguments {
  let env = 'local';
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--env' || arg === '-e') env = argv[++i] ?? '';
    else if (arg.startsWith('--env=')) env = arg.slice('--env='.length);
    else if (arg === '--out' || arg === '-o') outDir = argv[++i];
    else if (arg.startsWith('--out=')) outDir = arg.slice('--out='.length);
    else if (!arg.startsWith('-')) env = arg;
    else
      throw new PackageAppError(
        'UNKNOWN_ENVIRONMENT',
        `Unknown option ${arg}. Use --env <name> and --out <dir>.`,
      );
  }
  return { env, outDir: outDir === undefined ? undefined : resolve(outDir) };
}

async function main(): Promise<void> {
  try {
    const args = parseArguments(process.argv.slice(2));
    const rootDir = resolve(__dirname, '..', '..');
    const built = await buildAppPackage({ rootDir, env: args.env, outDir: args.outDir });
    if (built.placeholdersUsed.length > 0) {
      console.error(
        `Note: offline placeholder values were used for ${built.placeholdersUsed.join(', ')}; ` +
          'Teams Toolkit fills the real ones in env/.env.local when it provisions the app.',
      );
    }
    console.log(built.zipPath);
  } catch (error) {
    if (error instanceof PackageAppError) {
      console.error(`npm run package: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (require.main === module) {
  void main();
}
