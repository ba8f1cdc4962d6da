import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LexicalResources } from '../../domain/retrieval/expansion';
import { loadYamlConfig } from '../configFiles/loadYamlConfig';

const phrase = z.string().trim().min(1, 'must not be empty');
const topicName = z
  .string()
  .regex(/^[a-z][A-Za-z]*$/, 'a topic is one word in camelCase, e.g. otherMunicipality');

export const synonymsSchema = z
  .object({
    synonyms: z.array(z.array(phrase).min(2, 'a synonym group needs at least two words')).default([]),
    // A plain list (one topic) or words grouped by the topic that says who would know.
    outOfScope: z.union([z.array(phrase), z.record(topicName, z.array(phrase).min(1))]).default([]),
  })
  .strict();

export const glossarySchema = z
  .object({
    glossary: z.record(phrase, phrase).default({}),
  })
  .strict();

const framingPhrase = phrase.refine(
  (p) => p.split(/\s+/).some((w) => w !== '*'),
  'a framing phrase needs at least one word besides *',
);

export const questionsSchema = z
  .object({
    framing: z.array(framingPhrase).default([]),
  })
  .strict();

export const SYNONYMS_FILE = 'synonyms.yaml';
export const GLOSSARY_FILE = 'glossary.yaml';
export const QUESTIONS_FILE = 'questions.yaml';

/**
 * Reads config/synonyms.yaml, config/glossary.yaml and config/questions.yaml (request framing);
 * a missing file means an empty list.
 */
export function loadLexicalResources(configDir: string): LexicalResources {
  const synonymsFile = join(configDir, SYNONYMS_FILE);
  const glossaryFile = join(configDir, GLOSSARY_FILE);
  const questionsFile = join(configDir, QUESTIONS_FILE);
  const synonyms = existsSync(synonymsFile)
    ? loadYamlConfig(synonymsFile, synonymsSchema)
    : { synonyms: [], outOfScope: [] };
  const glossary = existsSync(glossaryFile) ? loadYamlConfig(glossaryFile, glossarySchema) : { glossary: {} };
  const questions = existsSync(questionsFile)
    ? loadYamlConfig(questionsFile, questionsSchema)
    : { framing: [] };
  const outOfScope = synonyms.outOfScope;
  return {
    synonyms: synonyms.synonyms,
    glossary: glossary.glossary,
    outOfScope: Array.isArray(outOfScope) ? outOfScope : [],
    outOfScopeTopics: Array.isArray(outOfScope) ? {} : outOfScope,
    framing: questions.framing,
  };
}
