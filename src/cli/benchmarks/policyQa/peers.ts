/**
 * The peers the policy Q&A is measured against, over the same sections: MiniSearch with a Danish
 * stemmer, and Vectra's BM25 as Vectra sets it up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { LocalIndex } from 'vectra';
import type { KnowledgeDocument } from '../../../domain/retrieval/types';
import { normalise } from '../../../domain/text/normalise';
import { stem } from '../../../domain/text/stem';
import { isStopWord } from '../../../domain/text/stopWords';
import { matches, rankingMetrics, round } from '../../evaluations/policyQa/ranking';
import { latency } from './timing';

export interface Row {
  readonly id: string;
  readonly title: string;
  readonly heading: string;
  readonly body: string;
  readonly label: string;
}

export function rowsOf(documents: readonly KnowledgeDocument[]): Row[] {
  return documents.flatMap((d) =>
    d.sections.map((s) => ({
      id: s.id,
      title: d.meta.title,
      heading: s.headingPath.join(' '),
      body: s.body,
      label: s.headingPath.join(' > '),
    })),
  );
}

/** A peer: builds over rows, returns ranked row labels. */
export interface Peer {
  readonly buildMs: number;
  search(query: string, limit: number): Promise<string[]>;
  close?(): void;
}

function danishTerm(term: string): string | null {
  const t = normalise(term);
  return isStopWord(t) ? null : stem(t);
}

export function miniSearchPeer(rows: readonly Row[]): Peer {
  const t0 = performance.now();
  const ms = new MiniSearch<Row>({
    fields: ['title', 'heading', 'body'],
    storeFields: ['label'],
    processTerm: danishTerm,
    searchOptions: { boost: { heading: 2, title: 1.5 }, prefix: true, fuzzy: 0.2, processTerm: danishTerm },
  });
  ms.addAll(rows as Row[]);
  const buildMs = performance.now() - t0;
  return {
    buildMs,
    search: async (query, limit) =>
      ms
        .search(query)
        .slice(0, limit)
        .map((r) => String(r.label)),
  };
}

interface WinkEngine {
  addDoc(doc: { body: string }, id: number): void;
  consolidate(): void;
  search(query: string): [number, number][];
}

/**
 * Vectra's BM25 exactly as Vectra configures it (LocalIndex.setupBm25: wink-bm25 with the English
 * wink-nlp model). Vectra's queryItems rebuilds it on every query; `rebuildPerQuery` does the same.
 */
export function vectraPeer(rows: readonly Row[], rebuildPerQuery: boolean): Peer {
  const folder = mkdtempSync(join(tmpdir(), 'vectra-bench-'));
  const index = new LocalIndex(folder) as unknown as {
    setupBm25(): Promise<void>;
    _bm25Engine: WinkEngine;
    bm25Search(query: string, items: unknown[], topK: number): Promise<[number | string, number][]>;
  };
  let built = false;
  const build = async () => {
    await index.setupBm25();
    rows.forEach((r, i) => index._bm25Engine.addDoc({ body: `${r.title}\n${r.heading}\n${r.body}` }, i));
    index._bm25Engine.consolidate();
    built = true;
  };
  return {
    buildMs: 0,
    search: async (query, limit) => {
      if (rebuildPerQuery || !built) await build();
      const results = await index.bm25Search(query, [], limit);
      return results.map(([i]) => rows[Number(i)].label);
    },
    close: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** Runs Vectra the way its queryItems does (rebuild per query) until it fails or `max` queries pass. */
export async function vectraAsShipped(
  rows: readonly Row[],
  queries: readonly string[],
  max: number,
): Promise<Record<string, unknown>> {
  const peer = vectraPeer(rows, true);
  const samples: number[] = [];
  try {
    for (const q of queries.slice(0, max)) {
      const s = performance.now();
      await peer.search(q, 5);
      samples.push(performance.now() - s);
    }
    return { queries: samples.length, failed: false, latency: latency(samples) };
  } catch (error) {
    return {
      queries: samples.length,
      failed: true,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
      latency: latency(samples),
    };
  } finally {
    peer.close?.();
  }
}

export const exactLabel = (label: string, expected: readonly string[]) => expected.includes(label);

export async function measurePeer(
  make: () => Peer,
  rows: readonly Row[],
  items: readonly { q: string; expected: readonly string[] }[],
  outOfScope: readonly string[],
  match: (label: string, expected: readonly string[]) => boolean = matches,
): Promise<Record<string, unknown>> {
  let peer: Peer;
  const t0 = performance.now();
  try {
    peer = make();
    // Vectra builds on first use: the first query is its build.
    await peer.search('fællesskab', 1);
  } catch (error) {
    if (process.env.BENCH_DEBUG)
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    return {
      sections: rows.length,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  }
  const buildMs = performance.now() - t0;
  const samples: number[] = [];
  const ranked: { q: string; expected: readonly string[]; ranked: string[] }[] = [];
  try {
    for (const it of items) {
      const s = performance.now();
      const got = await peer.search(it.q, 5);
      samples.push(performance.now() - s);
      ranked.push({ ...it, ranked: got });
    }
    let returned = 0;
    for (const q of outOfScope) {
      const s = performance.now();
      const got = await peer.search(q, 5);
      samples.push(performance.now() - s);
      if (got.length > 0) returned++;
    }
    const m = rankingMetrics(ranked, match);
    return {
      sections: rows.length,
      buildMs: round(buildMs, 1),
      recallAt1: m.recallAt1,
      recallAt3: m.recallAt3,
      mrr: m.mrr,
      outOfScopeAbstentionRate: round(1 - returned / Math.max(outOfScope.length, 1)),
      latency: latency(samples),
    };
  } catch (error) {
    return {
      sections: rows.length,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  } finally {
    peer.close?.();
  }
}
