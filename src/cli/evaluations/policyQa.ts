/**
 * Evaluation of the policy Q&A (no LLM), per question set (own, dev, sealed) and collection (the
 * Kommuneplan text in ../shared/corpus when present, and the starter pack), each with and without
 * the distractor pack of neighbouring policies: Danish recall@1/@3 and MRR, English recall on its
 * own, false and out-of-scope abstention, and whether the quote holds the expected evidence.
 * `npm run eval -- --dev-only` leaves the sealed set out (use only that while tuning).
 * `npm run eval -- --only policyQa --sweep proximityBoost=0.2,0.3,0.4` prints the dev-set figures
 * for each value of one ranking parameter (see RANKING_PARAMS); the sealed set is never read.
 */
import { existsSync } from 'node:fs';
import { loadKnowledgeBase } from '../../infrastructure/knowledge/loadKnowledgeBase';
import { createStderrLogger } from '../../infrastructure/knowledge/stderrLogger';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import {
  DEFAULT_THRESHOLD,
  RANKING_PARAM_NAMES,
  RANKING_PARAMS,
  type RankingParams,
} from '../../domain/retrieval/engine';
import { parseParameterSweep, type ParameterSweep } from '../parameterSweep';
import type { BlindHalf } from './pathway';
import {
  poolRuns,
  runCollection,
  summarise,
  thresholdSweep,
  type CollectionRun,
} from './policyQa/collectionRun';
import {
  CORPUS_DIR,
  DISTRACTOR_DIR,
  loadCollection,
  loadQuestionSet,
  poolQuestionSets,
  QUESTIONS_FILE,
  questionFiles,
  STARTER_DIR,
  type CollectionName,
  type QuestionFile,
  type QuestionSet,
} from './policyQa/questionSets';

export const name = 'policyQa';

const SWEEP = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
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
