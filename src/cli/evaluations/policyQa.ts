/**
 * Evaluation of the policy Q&A (no LLM): recall@1, recall@3, MRR, out-of-scope abstention and
 * false abstentions over the Kommuneplan text (../shared/corpus, when present) and the starter pack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadKnowledgeBase } from '../../infrastructure/knowledge/loadKnowledgeBase';
import { loadLexicalResources } from '../../infrastructure/knowledge/lexicalResources';
import { createStderrLogger } from '../../infrastructure/knowledge/stderrLogger';
import { createPolicyQaService } from '../../services/policyQa/policyQaService';
import type { PolicyQaService } from '../../services/policyQa/types';
import type { KnowledgeDocument } from '../../domain/retrieval/types';

export const name = 'policyQa';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const QUESTIONS_FILE = join(REPO_ROOT, 'eval', 'policyQa.yaml');
export const CORPUS_DIR = resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const STARTER_DIR = join(REPO_ROOT, 'knowledge');
export const CONFIG_DIR = join(REPO_ROOT, 'config');

const item = z.object({
  q: z.string().min(1),
  corpus: z.array(z.string()).optional(),
  starter: z.array(z.string()).optional(),
});
const questionSetSchema = z.object({
  answerable: z.array(item),
  english: z.array(item),
  outOfScope: z.array(z.string().min(1)),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;
export type CollectionName = 'corpus' | 'starter';

export function loadQuestionSet(file = QUESTIONS_FILE): QuestionSet {
  return questionSetSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

export interface LabelledQuestion {
  readonly q: string;
  readonly expected: readonly string[];
  readonly english: boolean;
}

export function questionsFor(set: QuestionSet, collection: CollectionName): LabelledQuestion[] {
  const pick = (english: boolean) => (i: QuestionSet['answerable'][number]) =>
    i[collection] ? [{ q: i.q, expected: i[collection] as string[], english }] : [];
  return [...set.answerable.flatMap(pick(false)), ...set.english.flatMap(pick(true))];
}

/** A ranked section label matches when its own (last) heading equals or starts with an expected one. */
export function matches(sectionLabel: string, expected: readonly string[]): boolean {
  const parts = sectionLabel.split(' > ').map((p) => p.trim().toLowerCase());
  const own = parts[parts.length - 1];
  return expected.some((e) => own === e.trim().toLowerCase() || own.startsWith(e.trim().toLowerCase()));
}

export interface RankingMetrics {
  readonly questions: number;
  readonly recallAt1: number;
  readonly recallAt3: number;
  readonly mrr: number;
  readonly misses: readonly { q: string; got: readonly string[] }[];
}

export function rankingMetrics(
  items: readonly { q: string; expected: readonly string[]; ranked: readonly string[] }[],
  match: (label: string, expected: readonly string[]) => boolean = matches,
): RankingMetrics {
  let r1 = 0;
  let r3 = 0;
  let rr = 0;
  const misses: { q: string; got: string[] }[] = [];
  for (const it of items) {
    const rank = it.ranked.findIndex((s) => match(s, it.expected));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push({ q: it.q, got: it.ranked.slice(0, 3) });
  }
  const n = Math.max(items.length, 1);
  return {
    questions: items.length,
    recallAt1: round(r1 / n),
    recallAt3: round(r3 / n),
    mrr: round(rr / n),
    misses,
  };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Section ranking as a user sees it: the answer's citations, then further search hits. */
export async function rankedSections(
  service: PolicyQaService,
  q: string,
): Promise<{ answered: boolean; ranked: string[] }> {
  const answer = await service.ask(q);
  if (answer.kind !== 'answer') return { answered: false, ranked: [] };
  const ranked: string[] = [];
  for (const c of answer.citations) if (!ranked.includes(c.section)) ranked.push(c.section);
  for (const h of service.searchPassages(q, 5)) if (!ranked.includes(h.section)) ranked.push(h.section);
  return { answered: true, ranked };
}

export async function loadCollection(collection: CollectionName): Promise<KnowledgeDocument[] | undefined> {
  const dir = collection === 'corpus' ? CORPUS_DIR : STARTER_DIR;
  if (!existsSync(dir)) return undefined;
  const kb = await loadKnowledgeBase({ paths: [dir], logger: createStderrLogger('silent') });
  return [...kb.documents];
}

/** Runs the question set against one collection. */
export async function evaluateCollection(
  collection: CollectionName,
  documents: readonly KnowledgeDocument[],
  set: QuestionSet,
): Promise<Record<string, unknown>> {
  const service = createPolicyQaService({
    documents,
    resources: loadLexicalResources(CONFIG_DIR),
    logger: createStderrLogger('silent'),
  });
  const questions = questionsFor(set, collection);
  const rows: {
    q: string;
    expected: readonly string[];
    ranked: string[];
    english: boolean;
    answered: boolean;
  }[] = [];
  let quotes = 0;
  let verbatim = 0;
  const sourceText = new Map(documents.map((d) => [d.meta.id, d.sections.map((s) => s.body).join('\n')]));
  for (const item of questions) {
    const { answered, ranked } = await rankedSections(service, item.q);
    rows.push({ ...item, ranked, answered });
    const answer = await service.ask(item.q);
    for (const c of answer.citations) {
      quotes++;
      const doc = documents.find((d) => d.sections.some((s) => s.id === c.id));
      if (doc && sourceText.get(doc.meta.id)?.includes(c.quote)) verbatim++;
    }
  }
  let abstained = 0;
  const leaked: string[] = [];
  for (const q of set.outOfScope) {
    const a = await service.ask(q);
    if (a.kind === 'noAnswer') abstained++;
    else leaked.push(q);
  }
  const all = rankingMetrics(rows);
  const english = rankingMetrics(rows.filter((r) => r.english));
  const falseAbstentions = rows.filter((r) => !r.answered).map((r) => r.q);
  return {
    documents: service.stats.documents,
    sections: service.stats.sections,
    answerable: rows.length,
    recallAt1: all.recallAt1,
    recallAt3: all.recallAt3,
    mrr: all.mrr,
    english: { questions: english.questions, recallAt1: english.recallAt1, recallAt3: english.recallAt3 },
    falseAbstentions: falseAbstentions.length,
    falseAbstentionRate: round(falseAbstentions.length / Math.max(rows.length, 1)),
    outOfScope: set.outOfScope.length,
    outOfScopeAbstentionRate: round(abstained / Math.max(set.outOfScope.length, 1)),
    answeredOutOfScope: leaked,
    citationsVerbatim: `${verbatim}/${quotes}`,
    missesAt3: all.misses
      .filter(
        (m) => !m.got.slice(0, 3).some((g) => matches(g, rows.find((r) => r.q === m.q)?.expected ?? [])),
      )
      .map((m) => m.q),
    missesAt1: all.misses.map((m) => `${m.q} -> ${m.got[0] ?? '(abstained)'}`),
    abstainedOn: falseAbstentions,
  };
}

export async function evaluate(): Promise<Record<string, unknown>> {
  const set = loadQuestionSet();
  const result: Record<string, unknown> = {
    questionSet: {
      answerable: set.answerable.length,
      english: set.english.length,
      outOfScope: set.outOfScope.length,
    },
  };
  for (const collection of ['corpus', 'starter'] as const) {
    const documents = await loadCollection(collection);
    result[collection] = documents
      ? await evaluateCollection(collection, documents, set)
      : { skipped: `${collection === 'corpus' ? CORPUS_DIR : STARTER_DIR} not found` };
  }
  const evaluated = (['corpus', 'starter'] as const)
    .map((c) => result[c] as { recallAt3?: number; outOfScopeAbstentionRate?: number })
    .filter((r) => r.recallAt3 !== undefined);
  result.targets = { recallAt3: 0.95, outOfScopeAbstentionRate: 1 };
  result.targetsMet =
    evaluated.length > 0 &&
    evaluated.every((r) => (r.recallAt3 ?? 0) >= 0.95 && (r.outOfScopeAbstentionRate ?? 0) >= 1);
  return result;
}
