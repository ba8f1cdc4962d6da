import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LexicalResources } from '../../domain/retrieval/expansion';
import { loadYamlConfig } from '../configFiles/loadYamlConfig';

const phrase = z.string().trim().min(1, 'must not be empty');

export const synonymsSchema = z
  .object({
    synonyms: z.array(z.array(phrase).min(2, 'a synonym group needs at least two words')).default([]),
    outOfScope: z.array(phrase).default([]),
  })
  .strict();

export const glossarySchema = z
  .object({
    glossary: z.record(phrase, phrase).default({}),
  })
  .strict();

export const SYNONYMS_FILE = 'synonyms.yaml';
export const GLOSSARY_FILE = 'glossary.yaml';

/** Reads config/synonyms.yaml and config/glossary.yaml; a missing file means an empty list. */
export function loadLexicalResources(configDir: string): LexicalResources {
  const synonymsFile = join(configDir, SYNONYMS_FILE);
  const glossaryFile = join(configDir, GLOSSARY_FILE);
  const synonyms = existsSync(synonymsFile) ? loadYamlConfig(synonymsFile, synonymsSchema) : { synonyms: [], outOfScope: [] };
  const glossary = existsSync(glossaryFile) ? loadYamlConfig(glossaryFile, glossarySchema) : { glossary: {} };
  return { synonyms: synonyms.synonyms, outOfScope: synonyms.outOfScope, glossary: glossary.glossary };
}
