/**
 * Evaluation of the policy Q&A (no LLM), per question set (own, dev, sealed) and collection (the
 * Kommuneplan text in ../shared/corpus when present, and the starter pack), each with and without
 * the distractor pack of neighbouring policies: Danish recall@1/@3 and MRR, English recall on its
 * own, false and out-of-scope abstention, and whether the quote holds the expected evidence.
 * `npm run eval -- --dev-only` leaves the sealed set out (use only that while tuning).
 * `npm run eval -- --only policyQa --sweep proximityBoost=0.2,0.3,0.4` prints the dev-set figures
 * for each value of one ranking parameter (see RANKING_PARAMS); the sealed set is never read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadKnowledgeBase } from '../../infrastructure/knowledge/loadKnowledgeBase';
import { loadLexicalResources } from '../../infrastructure/knowledge/lexicalResources';
import { createStderrLogger } from '../../infrastructure/knowledge/stderrLogger';
import { createPolicyQaService } from '../../services/policyQa/policyQaService';
import type { PolicyQaService } from '../../services/policyQa/types';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import type { BlindHalf } from './pathway';
import { parseParameterSweep, type ParameterSweep } from '../parameterSweep';
import {
  DEFAULT_THRESHOLD,
  RANKING_PARAM_NAMES,
  RANKING_PARAMS,
  type RankingParams,
} from '../../domain/retrieval/engine';

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
  /** Verbatim substrings the quoted answer should hold (newer sets). */
  evidence: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
});
/** Out-of-scope questions: plain strings (older sets) or items with tags (newer sets). */
const outOfScopeItem = z.union([
  z.string().min(1),
  z.object({ q: z.string().min(1), tags: z.array(z.string()).optional() }),
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
  const pick = (english: boolean) => (i: QuestionItem) =>
    i[collection]
      ? [{ q: i.q, expected: i[collection] as string[], english, evidence: i.evidence ?? [] }]
      : [];
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

/** What one question got: whether it was answered, the ranked sections and the quoted text. */
interface Outcome {
  readonly q: string;
  readonly english: boolean;
  readonly expected: readonly string[];
  readonly evidence: readonly string[];
  readonly answered: boolean;
  readonly confidence: number;
  /** Rank of the first expected section among the real documents' sections (-1: none). */
  readonly rank: number;
  /** Rank of the expected section with the gate left out (search ranking only). */
  readonly rankUngated: number;
  readonly quoted: string;
  readonly top: string;
}

/** Whitespace and quote marks vary between the documents and what an author typed. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’`´]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteHoldsEvidence(quoted: string, evidence: readonly string[]): boolean {
  const text = comparable(quoted);
  return evidence.some((e) => text.includes(comparable(e)));
}

async function outcomeOf(
  service: PolicyQaService,
  item: LabelledQuestion,
  isDistractor: (sectionId: string) => boolean,
): Promise<Outcome> {
  const answer = await service.ask(item.q);
  const hits = service.searchPassages(item.q, 8);
  const ranked: { section: string; id: string }[] = [];
  const push = (section: string, id: string) => {
    if (!ranked.some((r) => r.id === id)) ranked.push({ section, id });
  };
  if (answer.kind === 'answer') for (const c of answer.citations) push(c.section, c.id);
  for (const h of hits) push(h.section, h.id);
  const rankIn = (list: readonly { section: string; id: string }[]) =>
    list.findIndex((r) => !isDistractor(r.id) && matches(r.section, item.expected));
  const ungated: { section: string; id: string }[] = [];
  for (const h of hits)
    if (!ungated.some((r) => r.id === h.id)) ungated.push({ section: h.section, id: h.id });
  return {
    q: item.q,
    english: item.english,
    expected: item.expected,
    evidence: item.evidence,
    answered: answer.kind === 'answer',
    confidence: answer.confidence,
    rank: answer.kind === 'answer' ? rankIn(ranked) : -1,
    rankUngated: rankIn(ungated),
    quoted: answer.citations.map((c) => c.quote).join('\n'),
    top: answer.kind === 'answer' ? (answer.citations[0]?.section ?? '') : `(abstained ${answer.reason})`,
  };
}

function rates(rows: readonly Outcome[]): Record<string, number | null> {
  const n = Math.max(rows.length, 1);
  const at = (k: number) => rows.filter((r) => r.rank >= 0 && r.rank < k).length / n;
  const withEvidence = rows.filter((r) => r.answered && r.evidence.length > 0);
  return {
    questions: rows.length,
    recallAt1: round(at(1)),
    recallAt3: round(at(3)),
    mrr: round(rows.reduce((s, r) => s + (r.rank >= 0 ? 1 / (r.rank + 1) : 0), 0) / n),
    falseAbstentionRate: round(rows.filter((r) => !r.answered).length / n),
    /** Ranking alone (no abstention gate): what the gate costs. */
    ungatedRecallAt3: round(rows.filter((r) => r.rankUngated >= 0 && r.rankUngated < 3).length / n),
    // Older sets carry no evidence strings: no figure rather than a misleading 0.
    quoteAccuracy:
      withEvidence.length === 0
        ? null
        : round(
            withEvidence.filter((r) => quoteHoldsEvidence(r.quoted, r.evidence)).length / withEvidence.length,
          ),
    quotesChecked: withEvidence.length,
  };
}

interface OutOfScopeOutcome {
  readonly q: string;
  readonly abstained: boolean;
  /** Answered, but only from the distractor pack: not a wrong answer from the real documents. */
  readonly fromDistractorsOnly: boolean;
  readonly confidence: number;
  readonly answeredKind: boolean;
}

async function outOfScopeOutcome(
  service: PolicyQaService,
  q: string,
  isDistractor: (sectionId: string) => boolean,
): Promise<OutOfScopeOutcome> {
  const a = await service.ask(q);
  return {
    q,
    abstained: a.kind === 'noAnswer',
    fromDistractorsOnly: a.kind === 'answer' && a.citations.every((c) => isDistractor(c.id)),
    confidence: a.confidence,
    answeredKind: a.kind === 'answer',
  };
}

export interface CollectionRun {
  readonly answerable: readonly Outcome[];
  readonly outOfScope: readonly OutOfScopeOutcome[];
}

function serviceFor(
  documents: readonly KnowledgeDocument[],
  threshold?: number,
  ranking?: Partial<RankingParams>,
): PolicyQaService {
  return createPolicyQaService({
    documents,
    resources: loadLexicalResources(CONFIG_DIR),
    logger: createStderrLogger('silent'),
    ...(threshold !== undefined ? { threshold } : {}),
    ...(ranking !== undefined ? { ranking } : {}),
  });
}

async function runCollection(
  collection: CollectionName,
  documents: readonly KnowledgeDocument[],
  distractorIds: ReadonlySet<string>,
  set: QuestionSet,
  threshold?: number,
  ranking?: Partial<RankingParams>,
): Promise<CollectionRun> {
  const service = serviceFor(documents, threshold, ranking);
  const sectionDoc = new Map<string, string>();
  for (const d of documents) for (const s of d.sections) sectionDoc.set(s.id, d.meta.id);
  const isDistractor = (id: string) => distractorIds.has(sectionDoc.get(id) ?? '');
  const answerable: Outcome[] = [];
  for (const item of questionsFor(set, collection))
    answerable.push(await outcomeOf(service, item, isDistractor));
  const outOfScope: OutOfScopeOutcome[] = [];
  for (const q of set.outOfScope) outOfScope.push(await outOfScopeOutcome(service, q, isDistractor));
  return { answerable, outOfScope };
}

function summarise(run: CollectionRun, details: boolean): Record<string, unknown> {
  const danish = run.answerable.filter((r) => !r.english);
  const english = run.answerable.filter((r) => r.english);
  const oos = run.outOfScope;
  const n = Math.max(oos.length, 1);
  const d = rates(danish);
  const e = rates(english);
  const summary: Record<string, unknown> = {
    danish: d,
    english: e,
    falseAbstentionRate: rates(run.answerable).falseAbstentionRate,
    quoteAccuracy: rates(run.answerable).quoteAccuracy,
    outOfScope: oos.length,
    outOfScopeAbstentionRate: round(oos.filter((o) => o.abstained).length / n),
    /** Abstained, or answered only from a distractor document (which does hold such a topic). */
    outOfScopeNotAnsweredFromRealDocs: round(
      oos.filter((o) => o.abstained || o.fromDistractorsOnly).length / n,
    ),
  };
  if (details) {
    summary.missesAt3 = run.answerable
      .filter((r) => r.rank < 0 || r.rank >= 3)
      .map((r) => `${r.q} -> ${r.top} (${round(r.confidence, 2)})`);
    summary.wrongQuotes = run.answerable
      .filter((r) => r.answered && r.evidence.length > 0 && !quoteHoldsEvidence(r.quoted, r.evidence))
      .map((r) => `${r.q} -> ${r.quoted.slice(0, 140).replace(/\n/g, ' / ')}`);
    summary.answeredOutOfScope = oos
      .filter((o) => !o.abstained)
      .map((o) => `${o.q}${o.fromDistractorsOnly ? ' (distractor only)' : ''} (${round(o.confidence, 2)})`);
  }
  return summary;
}

/** Precision/abstention trade-off: every figure as if the service abstained below `t`. */
export function thresholdSweep(run: CollectionRun, thresholds: readonly number[]): Record<string, unknown>[] {
  return thresholds.map((t) => {
    const answered = run.answerable.filter((r) => r.answered && r.confidence >= t);
    const correct = answered.filter((r) => r.rank >= 0 && r.rank < 3).length;
    const oosAnswered = run.outOfScope.filter(
      (o) => o.answeredKind && o.confidence >= t && !o.fromDistractorsOnly,
    ).length;
    const n = Math.max(run.answerable.length, 1);
    const danish = run.answerable.filter((r) => !r.english);
    const english = run.answerable.filter((r) => r.english);
    const recall = (rows: readonly Outcome[]) =>
      round(
        rows.filter((r) => r.answered && r.confidence >= t && r.rank >= 0 && r.rank < 3).length /
          Math.max(rows.length, 1),
      );
    return {
      threshold: t,
      precision: round(correct / Math.max(answered.length + oosAnswered, 1)),
      danishRecallAt3: recall(danish),
      englishRecallAt3: recall(english),
      falseAbstentionRate: round(1 - answered.length / n),
      outOfScopeAbstentionRate: round(1 - oosAnswered / Math.max(run.outOfScope.length, 1)),
    };
  });
}

/** Runs the question set against one collection (kept for callers of the older single-set figures). */
export async function evaluateCollection(
  collection: CollectionName,
  documents: readonly KnowledgeDocument[],
  set: QuestionSet,
): Promise<Record<string, unknown>> {
  return summarise(await runCollection(collection, documents, new Set(), set), true);
}

const SWEEP = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

/** Outcomes of several files pooled: the same questions asked once, summed up together. */
function poolRuns(runs: readonly CollectionRun[]): CollectionRun {
  return {
    answerable: runs.flatMap((r) => r.answerable),
    outOfScope: runs.flatMap((r) => r.outOfScope),
  };
}

export type RankingSweep = ParameterSweep<keyof RankingParams>;

/** `--sweep name=v1,v2,...`: one ranking parameter and the values to try (undefined without it). */
export function parseRankingSweep(argv: readonly string[]): RankingSweep | undefined {
  return parseParameterSweep(argv, '--sweep', RANKING_PARAM_NAMES);
}

/** The dev set's figures (never the sealed set's) for each value of one ranking parameter. */
async function sweepRanking(sweep: RankingSweep): Promise<Record<string, unknown>> {
  const set = poolQuestionSets(questionFiles('dev').map((f) => loadQuestionSet(f.file)));
  const distractorKb = existsSync(DISTRACTOR_DIR)
    ? await loadKnowledgeBase({ paths: [DISTRACTOR_DIR], logger: createStderrLogger('silent') })
    : undefined;
  const distractors = distractorKb ? [...distractorKb.documents] : [];
  const distractorIds = new Set(distractors.map((d) => d.meta.id));
  const result: Record<string, unknown> = {
    set: 'dev',
    parameter: sweep.parameter,
    default: RANKING_PARAMS[sweep.parameter],
  };
  for (const collection of ['corpus', 'starter'] as const) {
    const documents = await loadCollection(collection);
    if (!documents) continue;
    const noisy = [...documents, ...distractors];
    const rows: Record<string, unknown>[] = [];
    for (const value of sweep.values) {
      const ranking = { [sweep.parameter]: value };
      const plain = await runCollection(collection, documents, new Set(), set, undefined, ranking);
      const withNoise = await runCollection(collection, noisy, distractorIds, set, undefined, ranking);
      rows.push({
        value,
        withoutDistractors: summarise(plain, false),
        withDistractors: summarise(withNoise, false),
      });
    }
    result[collection] = rows;
  }
  return result;
}

interface Noise {
  readonly distractors: readonly KnowledgeDocument[];
  readonly distractorIds: ReadonlySet<string>;
}

/** One set's questions on one collection, with and without the distractor pack (and the dev sweep). */
async function runSetOnCollection(
  setName: string,
  collection: CollectionName,
  documents: KnowledgeDocument[],
  noise: Noise,
  loaded: readonly { name: string; set: QuestionSet }[],
): Promise<{ entry: Record<string, unknown>; perFile: Record<string, unknown>[] }> {
  // Details (misses by question) only for the sets one may read while tuning.
  const details = setName !== 'sealed';
  const noisyDocuments = [...documents, ...noise.distractors];
  const plain: CollectionRun[] = [];
  const noisy: CollectionRun[] = [];
  for (const l of loaded) {
    plain.push(await runCollection(collection, documents, new Set(), l.set));
    noisy.push(await runCollection(collection, noisyDocuments, noise.distractorIds, l.set));
  }
  const perFile = loaded.map((_, i) => ({
    withoutDistractors: summarise(plain[i], false),
    withDistractors: summarise(noisy[i], false),
  }));
  const entry: Record<string, unknown> = {
    withoutDistractors: summarise(poolRuns(plain), details),
    withDistractors: summarise(poolRuns(noisy), details),
  };
  if (setName === 'dev') {
    const pooled = poolQuestionSets(loaded.map((l) => l.set));
    entry.thresholdSweep = {
      withoutDistractors: thresholdSweep(
        await runCollection(collection, documents, new Set(), pooled, 0),
        SWEEP,
      ),
      withDistractors: thresholdSweep(
        await runCollection(collection, noisyDocuments, noise.distractorIds, pooled, 0),
        SWEEP,
      ),
    };
  }
  return { entry, perFile };
}

export async function evaluate(
  argv: readonly string[] = process.argv.slice(2),
): Promise<Record<string, unknown>> {
  const sweep = parseRankingSweep(argv);
  if (sweep) return sweepRanking(sweep);
  const devOnly = argv.includes('--dev-only');
  const halves: BlindHalf[] = devOnly ? ['dev', 'retired'] : ['dev', 'retired', 'sealed'];
  const sets: { name: string; files: QuestionFile[]; half?: BlindHalf }[] = [
    { name: 'own', files: existsSync(QUESTIONS_FILE) ? [{ name: 'policyQa', file: QUESTIONS_FILE }] : [] },
    ...halves.map((half) => ({ name: half, files: questionFiles(half), half })),
  ];
  const distractorKb = existsSync(DISTRACTOR_DIR)
    ? await loadKnowledgeBase({ paths: [DISTRACTOR_DIR], logger: createStderrLogger('silent') })
    : undefined;
  const distractors = distractorKb ? [...distractorKb.documents] : [];
  const noise: Noise = { distractors, distractorIds: new Set(distractors.map((d) => d.meta.id)) };
  const collections = new Map<CollectionName, KnowledgeDocument[] | undefined>();
  for (const c of ['corpus', 'starter'] as const) collections.set(c, await loadCollection(c));

  const result: Record<string, unknown> = {
    threshold: DEFAULT_THRESHOLD,
    distractorDocuments: distractors.length,
  };
  for (const { name: setName, files, half } of sets) {
    if (files.length === 0) {
      result[setName] = {
        skipped: half ? `eval/${half} has no questions*.yaml` : `${QUESTIONS_FILE} not found`,
      };
      continue;
    }
    const loaded = files.map((f) => ({ ...f, set: loadQuestionSet(f.file) }));
    const count = (set: QuestionSet) => ({
      answerable: set.answerable.length,
      english: set.english.length,
      outOfScope: set.outOfScope.length,
    });
    const perSet: Record<string, unknown> = {
      questions: count(poolQuestionSets(loaded.map((l) => l.set))),
    };
    const perFile: Record<string, Record<string, unknown>> = {};
    for (const l of loaded) perFile[l.name] = { questions: count(l.set) };
    for (const collection of ['corpus', 'starter'] as const) {
      const documents = collections.get(collection);
      if (!documents) {
        const skipped = { skipped: `${collection === 'corpus' ? CORPUS_DIR : STARTER_DIR} not found` };
        perSet[collection] = skipped;
        for (const l of loaded) perFile[l.name][collection] = skipped;
        continue;
      }
      const run = await runSetOnCollection(setName, collection, documents, noise, loaded);
      loaded.forEach((l, i) => {
        perFile[l.name][collection] = run.perFile[i];
      });
      const entry = run.entry;
      perSet[collection] = entry;
    }
    if (half) perSet.files = perFile;
    result[setName] = perSet;
  }
  result.targets = {
    danishRecallAt3: 0.9,
    englishRecallAt3: 0.8,
    falseAbstentionRate: 0.05,
    outOfScopeAbstentionRate: 0.9,
  };
  return result;
}
