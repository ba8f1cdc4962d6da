/**
 * The policy Q&A's question sets (own, and the blind halves' files) and the collections they are
 * asked against: where they live, how they are read, and how several files pool into one set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { KnowledgeDocument } from '../../../domain/retrieval/types';
import { loadKnowledgeBase } from '../../../infrastructure/knowledge/loadKnowledgeBase';
import { createStderrLogger } from '../../../infrastructure/knowledge/stderrLogger';
import type { BlindHalf } from '../pathway';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');
export const QUESTIONS_FILE = join(REPO_ROOT, 'eval', 'policyQa.yaml');
export const CORPUS_DIR = resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const STARTER_DIR = join(REPO_ROOT, 'knowledge');
export const CONFIG_DIR = join(REPO_ROOT, 'config');

/** Tags are free labels; YAML reads a bare year ("- 2018") as a number, which is the same label. */
const tag = z.union([z.string(), z.number()]).transform(String);

const item = z.object({
  q: z.string().min(1),
  corpus: z.array(z.string()).optional(),
  starter: z.array(z.string()).optional(),
  /** Verbatim substrings the quoted answer should hold (newer sets). */
  evidence: z.array(z.string()).optional(),
  tags: z.array(tag).optional(),
});
/** Out-of-scope questions: plain strings (older sets) or items with tags (newer sets). */
const outOfScopeItem = z.union([
  z.string().min(1),
  z.object({ q: z.string().min(1), tags: z.array(tag).optional() }),
]);
const questionSetSchema = z.object({
  answerable: z.array(item),
  english: z.array(item).default([]),
  outOfScope: z.array(outOfScopeItem).default([]),
});
export type QuestionItem = z.infer<typeof item>;
export interface QuestionSet {
  readonly answerable: readonly QuestionItem[];
  readonly english: readonly QuestionItem[];
  readonly outOfScope: readonly string[];
}
export type CollectionName = 'corpus' | 'starter';

export function loadQuestionSet(file = QUESTIONS_FILE): QuestionSet {
  const parsed = questionSetSchema.parse(parseYaml(readFileSync(file, 'utf8')));
  return {
    answerable: parsed.answerable,
    english: parsed.english,
    outOfScope: parsed.outOfScope.map((o) => (typeof o === 'string' ? o : o.q)),
  };
}

export interface LabelledQuestion {
  readonly q: string;
  readonly expected: readonly string[];
  readonly english: boolean;
  readonly evidence: readonly string[];
}

export function questionsFor(set: QuestionSet, collection: CollectionName): LabelledQuestion[] {
  // An empty list ("corpus: []") says the collection does not hold the answer, like a missing one:
  // such a question is not asked of that collection.
  const pick = (english: boolean) => (i: QuestionItem) =>
    (i[collection]?.length ?? 0) > 0
      ? [{ q: i.q, expected: i[collection] as string[], english, evidence: i.evidence ?? [] }]
      : [];
  return [...set.answerable.flatMap(pick(false)), ...set.english.flatMap(pick(true))];
}

export async function loadCollection(collection: CollectionName): Promise<KnowledgeDocument[] | undefined> {
  const dir = collection === 'corpus' ? CORPUS_DIR : STARTER_DIR;
  if (!existsSync(dir)) return undefined;
  const kb = await loadKnowledgeBase({ paths: [dir], logger: createStderrLogger('silent') });
  return [...kb.documents];
}

export const EVAL_DIR = join(REPO_ROOT, 'eval');
export const DEV_QUESTIONS_FILE = join(EVAL_DIR, 'dev', 'questions.yaml');
/** Scored once, at the end, by whoever did not tune on it; `--dev-only` leaves it out. */
export const SEALED_QUESTIONS_FILE = join(EVAL_DIR, 'sealed', 'questions.yaml');

/** One blind question file: its name without the extension (`questions-2`) and its path. */
export interface QuestionFile {
  readonly name: string;
  readonly file: string;
}

/**
 * Every `questions*.yaml` of a blind half (eval/dev, eval/retired or eval/sealed), in name order; empty when the
 * folder is missing. Several authors write sets, each in its own file.
 */
export function questionFiles(half: BlindHalf, evalDir = EVAL_DIR): QuestionFile[] {
  const dir = join(evalDir, half);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^questions.*\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.ya?ml$/, ''), file: join(dir, f) }));
}

/** The files' sets one after another, as one set. */
export function poolQuestionSets(sets: readonly QuestionSet[]): QuestionSet {
  return {
    answerable: sets.flatMap((s) => s.answerable),
    english: sets.flatMap((s) => s.english),
    outOfScope: sets.flatMap((s) => s.outOfScope),
  };
}
export const DISTRACTOR_DIR = join(REPO_ROOT, 'eval', 'distractors');
