/**
 * The manifest's localization files (localizationInfo): which files it names, and whether each one
 * fits its schema and translates every localizable string, checked offline.
 */
import { isAbsolute, normalize } from 'node:path';
import type { TeamsManifest } from '@microsoft/app-manifest';
import { PackageAppError } from './packageAppError';

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
export function localizationFiles(manifest: TeamsManifest): string[] {
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
