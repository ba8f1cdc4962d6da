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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { TeamsManifest } from '@microsoft/app-manifest';
import { strToU8, zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { checkLocalizationFile, localizationFiles } from './appPackage/localization';
import { PackageAppError } from './appPackage/packageAppError';
import {
  findPlaceholders,
  readIfExists,
  resolveVariables,
  substitutePlaceholders,
} from './appPackage/variables';

export const ICON_SIZES = Object.freeze({ 'color.png': 192, 'outline.png': 32 });

const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A fixed timestamp keeps the zip byte-for-byte reproducible. */
const ZIP_MTIME = new Date('2025-01-01T00:00:00Z');

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
