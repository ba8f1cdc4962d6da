/** The generated 1000-document collection: how it is made, its known-item queries, and its figures. */
import { buildDocument, markdownBlocks } from '../../../domain/retrieval/sectioning';
import type { KnowledgeDocument } from '../../../domain/retrieval/types';
import { loadLexicalResources } from '../../../infrastructure/knowledge/lexicalResources';
import { createStderrLogger } from '../../../infrastructure/knowledge/stderrLogger';
import { createPolicyQaService } from '../../../services/policyQa/policyQaService';
import { CONFIG_DIR } from '../../evaluations/policyQa/questionSets';
import { rankingMetrics, round } from '../../evaluations/policyQa/ranking';
import { seededRandom } from '../../measure';
import { exactLabel, measurePeer, miniSearchPeer, rowsOf, vectraPeer } from './peers';
import { cpuMs, latency, TIMED_QUERIES, WARM_UP_QUERIES, withGcStats } from './timing';

const prng = seededRandom;

/**
 * Generates `count` Danish-like Markdown documents, deterministically: the vocabulary of the real
 * texts plus compounds made from it (as Danish forms them), drawn with a Zipf-like distribution so
 * that a few words are common and most are rare, as in real collections.
 */
export function generateDocuments(
  vocabulary: readonly string[],
  count: number,
  seed = 42,
): KnowledgeDocument[] {
  const rnd = prng(seed);
  const base = [...vocabulary];
  const words: string[] = [...base];
  for (let i = 0; i < base.length * 6; i++) {
    const a = base[Math.floor(rnd() * base.length)];
    const b = base[Math.floor(rnd() * base.length)];
    words.push(a + (rnd() < 0.3 ? 's' : '') + b);
  }
  // Shuffle so that the common ranks are a mix of plain words and compounds.
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [words[i], words[j]] = [words[j], words[i]];
  }
  const pick = () => words[Math.min(words.length - 1, Math.floor(Math.pow(words.length + 1, rnd())) - 1)];
  const many = (n: number) => Array.from({ length: n }, pick);
  const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const docs: KnowledgeDocument[] = [];
  for (let d = 0; d < count; d++) {
    const title = cap(many(3).join(' '));
    const lines = [`# ${title}`, ''];
    const sections = 3 + Math.floor(rnd() * 4);
    for (let s = 0; s < sections; s++) {
      lines.push(`## ${cap(many(2 + Math.floor(rnd() * 2)).join(' '))}`, '');
      const sentences = 3 + Math.floor(rnd() * 6);
      const para: string[] = [];
      for (let k = 0; k < sentences; k++) para.push(`${cap(many(8 + Math.floor(rnd() * 9)).join(' '))}.`);
      lines.push(para.join(' '), '');
    }
    docs.push(
      buildDocument(
        { id: `gen-${d}`, title, source: `generated/${d}.md`, kind: 'policy' },
        markdownBlocks(lines.join('\n')),
      ),
    );
  }
  return docs;
}

/** Known-item queries for the generated collection: words of one sentence, expected its section. */
function knownItemQueries(documents: readonly KnowledgeDocument[], count: number, seed = 7) {
  const rnd = prng(seed);
  const out: { q: string; expected: string[]; label: string }[] = [];
  while (out.length < count) {
    const doc = documents[Math.floor(rnd() * documents.length)];
    const section = doc.sections[Math.floor(rnd() * doc.sections.length)];
    const unit = section.units[Math.floor(rnd() * section.units.length)];
    const sentenceWords = section.body.slice(unit.start, unit.end).replace(/[.]/g, '').split(/\s+/);
    const start = Math.floor(rnd() * Math.max(1, sentenceWords.length - 4));
    const label = section.headingPath.join(' > ');
    out.push({ q: sentenceWords.slice(start, start + 4).join(' '), expected: [label], label });
  }
  return out;
}

export async function benchGenerated(vocabulary: readonly string[]): Promise<Record<string, unknown>> {
  const documents = generateDocuments(vocabulary, 1000);
  const queries = knownItemQueries(documents, 300);
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const service = createPolicyQaService({
    documents,
    resources: loadLexicalResources(CONFIG_DIR),
    logger: createStderrLogger('silent'),
  });
  const cpu = process.cpuUsage(cpuBefore);
  const rssAfter = process.memoryUsage().rss;
  const ranked: { q: string; expected: readonly string[]; ranked: string[] }[] = [];
  for (const q of queries) {
    const hits = service.searchPassages(q.q, 5);
    ranked.push({ q: q.q, expected: q.expected, ranked: hits.map((h) => h.section) });
  }
  for (let i = 0; i < WARM_UP_QUERIES; i++) {
    await service.ask(queries[i % queries.length].q);
    service.searchPassages(queries[i % queries.length].q, 5);
  }
  const askSamples: number[] = [];
  const searchSamples: number[] = [];
  let askCpu = 0;
  let searchCpu = 0;
  const askCpuSamples: number[] = [];
  const heapBefore = process.memoryUsage().heapUsed;
  const gc = await withGcStats(async () => {
    for (let i = 0; i < TIMED_QUERIES; i++) {
      const q = queries[i % queries.length].q;
      let c = process.cpuUsage();
      let s = performance.now();
      await service.ask(q);
      askSamples.push(performance.now() - s);
      const spent = cpuMs(c);
      askCpu += spent;
      askCpuSamples.push(spent);
      c = process.cpuUsage();
      s = performance.now();
      service.searchPassages(q, 5);
      searchSamples.push(performance.now() - s);
      searchCpu += cpuMs(c);
    }
  });
  const heapAfter = process.memoryUsage().heapUsed;
  const rows = rowsOf(documents);
  const peerItems = queries.slice(0, 100);
  // Quality on the same 100 queries the peers answer; latency over all 300.
  const m = rankingMetrics(ranked.slice(0, peerItems.length), exactLabel);
  const all = rankingMetrics(ranked, exactLabel);
  return {
    documents: documents.length,
    sections: service.stats.sections,
    knownItemQueries: queries.length,
    ours: {
      buildMs: service.stats.buildMs,
      buildCpuMs: round((cpu.user + cpu.system) / 1000, 1),
      rssIncreaseMb: round((rssAfter - rssBefore) / 1e6, 1),
      recallAt1: m.recallAt1,
      recallAt3: m.recallAt3,
      mrr: m.mrr,
      allQueries: { recallAt1: all.recallAt1, recallAt3: all.recallAt3, mrr: all.mrr },
      askLatency: latency(askSamples),
      searchLatency: latency(searchSamples),
      askCpuMsPerQuery: round(askCpu / askSamples.length, 3),
      // CPU time per question (this process, all threads): what the work costs without the waits
      // for a core that a busy shared machine adds to the wall-clock latency.
      askCpu: latency(askCpuSamples),
      searchCpuMsPerQuery: round(searchCpu / searchSamples.length, 3),
      gcDuringQueries: { count: gc.gcCount, pauseMs: gc.gcPauseMs },
      heapChangeDuringQueriesMb: round((heapAfter - heapBefore) / 1e6, 1),
      warmUpQueries: WARM_UP_QUERIES,
    },
    miniSearch: await measurePeer(() => miniSearchPeer(rows), rows, peerItems, [], exactLabel),
    vectraBm25: await measurePeer(() => vectraPeer(rows, false), rows, peerItems, [], exactLabel),
    note:
      'quality on the first 100 known-item queries for all three (ours also on all 300); our latency ' +
      `after ${WARM_UP_QUERIES} warm-up queries over ${TIMED_QUERIES} timed ones (the 300 repeated)`,
  };
}
