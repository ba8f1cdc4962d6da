/**
 * One question set asked against one collection: what each question got (answered, rank of the
 * expected section, quote), and the figures summed up from it.
 */
import type { RankingParams } from '../../../domain/retrieval/engine';
import type { KnowledgeDocument } from '../../../domain/retrieval/types';
import { loadLexicalResources } from '../../../infrastructure/knowledge/lexicalResources';
import { createStderrLogger } from '../../../infrastructure/knowledge/stderrLogger';
import { createPolicyQaService } from '../../../services/policyQa/policyQaService';
import type { PolicyQaService } from '../../../services/policyQa/types';
import {
  CONFIG_DIR,
  questionsFor,
  type CollectionName,
  type LabelledQuestion,
  type QuestionSet,
} from './questionSets';
import { matches, round } from './ranking';

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

export async function runCollection(
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
  // An author copies evidence from one collection; where a question names both, the other cannot
  // quote it. Only evidence the collection's own documents hold is checked against its answer.
  const heldText = comparable(
    documents
      .filter((d) => !distractorIds.has(d.meta.id))
      .flatMap((d) => d.sections.map((s) => s.body))
      .join(' '),
  );
  const answerable: Outcome[] = [];
  for (const item of questionsFor(set, collection)) {
    const evidence = item.evidence.filter((e) => heldText.includes(comparable(e)));
    answerable.push(await outcomeOf(service, { ...item, evidence }, isDistractor));
  }
  const outOfScope: OutOfScopeOutcome[] = [];
  for (const q of set.outOfScope) outOfScope.push(await outOfScopeOutcome(service, q, isDistractor));
  return { answerable, outOfScope };
}

export function summarise(run: CollectionRun, details: boolean): Record<string, unknown> {
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

/** Outcomes of several files pooled: the same questions asked once, summed up together. */
export function poolRuns(runs: readonly CollectionRun[]): CollectionRun {
  return {
    answerable: runs.flatMap((r) => r.answerable),
    outOfScope: runs.flatMap((r) => r.outOfScope),
  };
}
