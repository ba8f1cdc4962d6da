import type { Analyzer } from '../text/analyzer';
import type { DocumentMeta, KnowledgeDocument, Section } from './types';

/** Fields of a section, scored BM25F-style. */
export const FIELDS = ['title', 'heading', 'body'] as const;
const FIELD_WEIGHT = [1.2, 2.5, 1];
const FIELD_B = [0.3, 0.4, 0.75];
const K1 = 1.2;

interface Posting {
  readonly s: number;
  /** Weighted term frequency per field. */
  readonly tf: readonly [number, number, number];
}

export interface IndexedSection {
  readonly section: Section;
  readonly meta: DocumentMeta;
  readonly lengths: readonly [number, number, number];
  /** Terms of each unit (sentence / list item) with their weights. */
  readonly unitTerms: readonly ReadonlyMap<string, number>[];
  /** Terms of the heading path and title. */
  readonly headingTerms: ReadonlyMap<string, number>;
  alive: boolean;
}

export interface ScoredSection {
  readonly index: number;
  readonly score: number;
}

export interface QueryTerm {
  readonly term: string;
  readonly weight: number;
  /** Query position the term stands for (expansions share the position of what they expand). */
  readonly position: number;
}

export interface SearchIndex {
  addDocument(doc: KnowledgeDocument): void;
  removeDocument(docId: string): boolean;
  hasDocument(docId: string): boolean;
  search(terms: readonly QueryTerm[], limit: number): ScoredSection[];
  idf(term: string): number;
  /** Highest possible idf in the collection (a term in a single section). */
  readonly maxIdf: number;
  has(term: string): boolean;
  vocabulary(): IterableIterator<string>;
  section(index: number): IndexedSection;
  /** Alive sections of a document in order. */
  sectionsOf(docId: string): number[];
  readonly stats: { documents: number; sections: number; terms: number };
}

function termMap(terms: readonly { term: string; weight: number }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t.term, (m.get(t.term) ?? 0) + t.weight);
  return m;
}

export function createSearchIndex(analyzer: Analyzer): SearchIndex {
  const sections: IndexedSection[] = [];
  const postings = new Map<string, Posting[]>();
  const df = new Map<string, number>();
  const docs = new Map<string, number[]>();
  const lengthSums = [0, 0, 0];
  let alive = 0;

  function addDocument(doc: KnowledgeDocument): void {
    if (docs.has(doc.meta.id)) removeDocument(doc.meta.id);
    const ids: number[] = [];
    const titleTerms = termMap(analyzer.analyse(doc.meta.title));
    for (const section of doc.sections) {
      const headingTerms = termMap(analyzer.analyse(section.headingPath.join(' ')));
      const unitTerms = section.units.map((u) =>
        termMap(analyzer.analyse(section.body.slice(u.start, u.end))),
      );
      const bodyTerms = new Map<string, number>();
      for (const ut of unitTerms) for (const [t, w] of ut) bodyTerms.set(t, (bodyTerms.get(t) ?? 0) + w);
      const lengths: [number, number, number] = [sum(titleTerms), sum(headingTerms), sum(bodyTerms)];
      const idx = sections.length;
      const all = new Set([...titleTerms.keys(), ...headingTerms.keys(), ...bodyTerms.keys()]);
      for (const term of all) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push({
          s: idx,
          tf: [titleTerms.get(term) ?? 0, headingTerms.get(term) ?? 0, bodyTerms.get(term) ?? 0],
        });
        df.set(term, (df.get(term) ?? 0) + 1);
      }
      const combinedHeading = new Map(headingTerms);
      for (const [t, w] of titleTerms) combinedHeading.set(t, Math.max(combinedHeading.get(t) ?? 0, w));
      sections.push({
        section,
        meta: doc.meta,
        lengths,
        unitTerms,
        headingTerms: combinedHeading,
        alive: true,
      });
      lengths.forEach((l, f) => (lengthSums[f] += l));
      alive++;
      ids.push(idx);
    }
    docs.set(doc.meta.id, ids);
  }

  function removeDocument(docId: string): boolean {
    const ids = docs.get(docId);
    if (!ids) return false;
    for (const idx of ids) {
      const rec = sections[idx];
      if (!rec.alive) continue;
      rec.alive = false;
      alive--;
      rec.lengths.forEach((l, f) => (lengthSums[f] -= l));
      const terms = new Set<string>([...rec.headingTerms.keys()]);
      for (const ut of rec.unitTerms) for (const t of ut.keys()) terms.add(t);
      for (const t of terms) {
        const list = postings.get(t);
        if (!list) continue;
        const kept = list.filter((p) => p.s !== idx);
        if (kept.length === list.length) continue;
        if (kept.length === 0) {
          postings.delete(t);
          df.delete(t);
        } else {
          postings.set(t, kept);
          df.set(t, kept.length);
        }
      }
    }
    docs.delete(docId);
    return true;
  }

  function idf(term: string): number {
    const n = df.get(term) ?? 0;
    return Math.log(1 + (alive - n + 0.5) / (n + 0.5));
  }

  function search(terms: readonly QueryTerm[], limit: number): ScoredSection[] {
    if (alive === 0) return [];
    const avg = lengthSums.map((s) => Math.max(s / alive, 1));
    const scores = new Map<number, number>();
    // Per position, a section scores the best of the position's terms, so expansions never add up.
    const byPosition = new Map<number, QueryTerm[]>();
    for (const t of terms) {
      const list = byPosition.get(t.position);
      if (list) list.push(t);
      else byPosition.set(t.position, [t]);
    }
    for (const group of byPosition.values()) {
      const best = new Map<number, number>();
      for (const qt of group) {
        const list = postings.get(qt.term);
        if (!list) continue;
        const w = qt.weight * idf(qt.term);
        for (const p of list) {
          const rec = sections[p.s];
          let tilde = 0;
          for (let f = 0; f < 3; f++) {
            if (p.tf[f] === 0) continue;
            tilde += (FIELD_WEIGHT[f] * p.tf[f]) / (1 - FIELD_B[f] + (FIELD_B[f] * rec.lengths[f]) / avg[f]);
          }
          const s = (w * tilde) / (K1 + tilde);
          if (s > (best.get(p.s) ?? 0)) best.set(p.s, s);
        }
      }
      for (const [s, v] of best) scores.set(s, (scores.get(s) ?? 0) + v);
    }
    const out: ScoredSection[] = [];
    for (const [index, score] of scores) if (sections[index].alive) out.push({ index, score });
    out.sort((a, b) => b.score - a.score || a.index - b.index);
    return out.slice(0, limit);
  }

  return {
    addDocument,
    removeDocument,
    hasDocument: (id) => docs.has(id),
    search,
    idf,
    get maxIdf() {
      return Math.log(1 + (alive - 1 + 0.5) / 1.5);
    },
    has: (term) => postings.has(term),
    vocabulary: () => postings.keys(),
    section: (i) => sections[i],
    sectionsOf: (docId) => (docs.get(docId) ?? []).filter((i) => sections[i].alive),
    get stats() {
      return { documents: docs.size, sections: alive, terms: postings.size };
    },
  };
}

function sum(m: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}
