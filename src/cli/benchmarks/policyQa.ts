/**
 * Benchmark of the policy Q&A retrieval (no LLM) against two peers a developer would otherwise
 * pick: MiniSearch with a Danish stemmer, and Vectra's BM25 (its own wink-bm25 set-up, English
 * tokeniser, rebuilt on every query as Vectra's queryItems does). Same questions, same sections.
 *
 * Run: `npx tsx src/cli/benchmarks/policyQa.ts` (or through the bench runner, `name = 'policyQa'`).
 */
import { cpus, loadavg } from 'node:os';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import { lexiconWords } from '../../domain/text/analyzer';
import { loadKnowledgeBase } from '../../infrastructure/knowledge/loadKnowledgeBase';
import { loadLexicalResources } from '../../infrastructure/knowledge/lexicalResources';
import { createStderrLogger } from '../../infrastructure/knowledge/stderrLogger';
import { createPolicyQaService } from '../../services/policyQa/policyQaService';
import {
  CONFIG_DIR,
  CORPUS_DIR,
  loadCollection,
  loadQuestionSet,
  questionsFor,
  STARTER_DIR,
  type CollectionName,
} from '../evaluations/policyQa/questionSets';
import { rankedSections, rankingMetrics, round } from '../evaluations/policyQa/ranking';
import { benchGenerated } from './policyQa/generatedCollection';
import { measurePeer, miniSearchPeer, rowsOf, vectraAsShipped, vectraPeer } from './policyQa/peers';
import { cpuMs, latency, TIMED_QUERIES, WARM_UP_QUERIES, withGcStats } from './policyQa/timing';

export const name = 'policyQa';

async function benchCollection(
  collection: CollectionName,
  documents: readonly KnowledgeDocument[],
): Promise<Record<string, unknown>> {
  const set = loadQuestionSet();
  const items = questionsFor(set, collection);
  const resources = loadLexicalResources(CONFIG_DIR);
  const logger = createStderrLogger('silent');
  const cpuBuild = process.cpuUsage();
  const service = createPolicyQaService({ documents, resources, logger });
  const buildCpuMs = round(cpuMs(cpuBuild), 1);
  const ranked: { q: string; expected: readonly string[]; ranked: string[] }[] = [];
  for (const it of items) {
    const r = await rankedSections(service, it.q);
    ranked.push({ ...it, ranked: r.ranked });
  }
  // Latency: the same mix (answerable as the eval asks them, then out of scope), warmed up, over
  // at least TIMED_QUERIES questions.
  const mix: (() => Promise<unknown>)[] = [
    ...items.map((it) => () => rankedSections(service, it.q)),
    ...set.outOfScope.map((q) => () => service.ask(q)),
  ];
  for (let i = 0; i < WARM_UP_QUERIES; i++) await mix[i % mix.length]();
  const samples: number[] = [];
  const cpuQueries = process.cpuUsage();
  const gc = await withGcStats(async () => {
    for (let i = 0; i < Math.max(TIMED_QUERIES, mix.length); i++) {
      const s = performance.now();
      await mix[i % mix.length]();
      samples.push(performance.now() - s);
    }
  });
  const queryCpuMs = cpuMs(cpuQueries);
  let abstained = 0;
  for (const q of set.outOfScope) if ((await service.ask(q)).kind === 'noAnswer') abstained++;
  const m = rankingMetrics(ranked);
  const rows = rowsOf(documents);
  return {
    ours: {
      sections: service.stats.sections,
      buildMs: service.stats.buildMs,
      buildCpuMs,
      recallAt1: m.recallAt1,
      recallAt3: m.recallAt3,
      mrr: m.mrr,
      outOfScopeAbstentionRate: round(abstained / Math.max(set.outOfScope.length, 1)),
      latency: latency(samples),
      cpuMsPerQuery: round(queryCpuMs / samples.length, 3),
      gcDuringQueries: { count: gc.gcCount, pauseMs: gc.gcPauseMs },
      warmUpQueries: WARM_UP_QUERIES,
    },
    miniSearch: await measurePeer(() => miniSearchPeer(rows), rows, items, set.outOfScope),
    vectraBm25: await measurePeer(() => vectraPeer(rows, false), rows, items, set.outOfScope),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const starterLoad = await loadKnowledgeBase({ paths: [STARTER_DIR], logger: createStderrLogger('silent') });
  const starterStartupMs = performance.now() - t0;
  const s0 = performance.now();
  createPolicyQaService({
    documents: starterLoad.documents,
    resources: loadLexicalResources(CONFIG_DIR),
    logger: createStderrLogger('silent'),
  });
  result.starterStartup = {
    files: starterLoad.files,
    parseMs: round(starterStartupMs, 1),
    indexMs: round(performance.now() - s0, 1),
    cpuMs: round((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000, 1),
  };
  // The generated collection is measured before any peer has run: the peers' libraries (wink-nlp's
  // model above all) would otherwise sit in this process's heap, and every garbage collection during
  // our build and queries would have to walk them, which a bot process never does.
  const loaded = new Map<CollectionName, KnowledgeDocument[] | undefined>();
  const vocabulary = new Set<string>();
  for (const collection of ['corpus', 'starter'] as const) {
    const documents = await loadCollection(collection);
    loaded.set(collection, documents);
    for (const d of documents ?? [])
      for (const s of d.sections) for (const w of lexiconWords(s.body)) vocabulary.add(w);
  }
  if (process.env.BENCH_ONLY !== 'small') result.generated1000 = await benchGenerated([...vocabulary].sort());
  for (const collection of ['corpus', 'starter'] as const) {
    const documents = loaded.get(collection);
    if (!documents) {
      result[collection] = { skipped: `${collection === 'corpus' ? CORPUS_DIR : STARTER_DIR} not found` };
      continue;
    }
    result[collection] = await benchCollection(collection, documents);
  }
  if (process.env.BENCH_ONLY === 'small') return result;
  // Last, because it breaks wink-nlp for the rest of the process: Vectra's queryItems reloads the
  // wink-nlp model for every query, and the model grows until JSON.stringify fails.
  const starterDocs = await loadCollection('starter');
  if (starterDocs) {
    const set = loadQuestionSet();
    result.vectraBm25AsShipped = {
      collection: 'starter',
      ...(await vectraAsShipped(
        rowsOf(starterDocs),
        questionsFor(set, 'starter').map((i) => i.q),
        60,
      )),
    };
  }
  result.residentMemoryMb = round(process.memoryUsage().rss / 1e6, 1);
  result.heapUsedMb = round(process.memoryUsage().heapUsed / 1e6, 1);
  result.machine = { cpus: cpus().length, loadAverage1m: round(loadavg()[0], 2) };
  return result;
}

if (require.main === module) {
  run()
    .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
