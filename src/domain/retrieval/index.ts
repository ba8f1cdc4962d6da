import type { Analyzer } from '../text/analyzer';
import type { DocumentMeta, KnowledgeDocument, Section } from './types';

/** Fields of a section, scored BM25F-style. */
export const FIELDS = ['title', 'heading', 'body'] as const;
const FIELD_WEIGHT = [1.2, 2.5, 1];
const FIELD_B = [0.3, 0.4, 0.75];
const K1 = 1.2;

/** Postings of one term as parallel arrays (few objects: fast to build, light on the GC). */
interface Postings {
  s: number[];
  /** Weighted term frequency per field: title, heading, body. */
  t: number[];
  h: number[];
  b: number[];
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

export function createSearchIndex(analyzer: Analyzer): SearchIndex {
  const sections: IndexedSection[] = [];
  const postings = new Map<string, Postings>();
  const df = new Map<string, number>();
  const docs = new Map<string, number[]>();
  const lengthSums = [0, 0, 0];
  let alive = 0;

  function addDocument(doc: KnowledgeDocument): void {
    if (docs.has(doc.meta.id)) removeDocument(doc.meta.id);
    const ids: number[] = [];
    const titleTerms = analyzer.termWeights(doc.meta.title);
    for (const section of doc.sections) {
      const headingTerms = analyzer.termWeights(section.headingPath.join(' '));
      const unitTerms = section.units.map((u) => analyzer.termWeights(section.body.slice(u.start, u.end)));
      const bodyTerms = new Map<string, number>();
      for (const ut of unitTerms) for (const [t, w] of ut) bodyTerms.set(t, (bodyTerms.get(t) ?? 0) + w);
      const lengths: [number, number, number] = [sum(titleTerms), sum(headingTerms), sum(bodyTerms)];
      const idx = sections.length;
      const add = (term: string) => {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { s: [], t: [], h: [], b: [] }));
        else if (list.s[list.s.length - 1] === idx) return;
        list.s.push(idx);
        list.t.push(titleTerms.get(term) ?? 0);
        list.h.push(headingTerms.get(term) ?? 0);
        list.b.push(bodyTerms.get(term) ?? 0);
        df.set(term, (df.get(term) ?? 0) + 1);
      };
      for (const term of titleTerms.keys()) add(term);
      for (const term of headingTerms.keys()) add(term);
      for (const term of bodyTerms.keys()) add(term);
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
    changes++;
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
        const at = list.s.indexOf(idx);
        if (at < 0) continue;
        list.s.splice(at, 1);
        list.t.splice(at, 1);
        list.h.splice(at, 1);
        list.b.splice(at, 1);
        if (list.s.length === 0) {
          postings.delete(t);
          df.delete(t);
        } else {
          df.set(t, list.s.length);
        }
      }
    }
    docs.delete(docId);
    changes++;
    return true;
  }

  function idf(term: string): number {
    const n = df.get(term) ?? 0;
    return Math.log(1 + (alive - n + 0.5) / (n + 0.5));
  }

  // Reused score buffers: a query touches typed arrays, not maps.
  let totals = new Float64Array(0);
  let groupBest = new Float64Array(0);
  // Length normalisation per section and field, recomputed after the collection changes.
  let norms: Float64Array[] = [];
  let normsFor = -1;
  let changes = 0;

  function lengthNorms(): Float64Array[] {
    if (normsFor === changes && norms[0]?.length === sections.length) return norms;
    const avg = lengthSums.map((x) => Math.max(x / Math.max(alive, 1), 1));
    norms = [0, 1, 2].map((f) => {
      const arr = new Float64Array(sections.length);
      for (let i = 0; i < sections.length; i++) {
        arr[i] = FIELD_WEIGHT[f] / (1 - FIELD_B[f] + (FIELD_B[f] * sections[i].lengths[f]) / avg[f]);
      }
      return arr;
    });
    normsFor = changes;
    return norms;
  }

  function search(terms: readonly QueryTerm[], limit: number): ScoredSection[] {
    if (alive === 0) return [];
    if (totals.length < sections.length) {
      totals = new Float64Array(sections.length * 2);
      groupBest = new Float64Array(sections.length * 2);
    }
    const [normT, normH, normB] = lengthNorms();
    // Per position, a section scores the best of the position's terms, so expansions never add up.
    const byPosition = new Map<number, QueryTerm[]>();
    for (const t of terms) {
      const list = byPosition.get(t.position);
      if (list) list.push(t);
      else byPosition.set(t.position, [t]);
    }
    const touched: number[] = [];
    for (const group of byPosition.values()) {
      const groupTouched: number[] = [];
      for (const qt of group) {
        const list = postings.get(qt.term);
        if (!list) continue;
        const w = qt.weight * idf(qt.term);
        const n = list.s.length;
        for (let i = 0; i < n; i++) {
          const si = list.s[i];
          const tilde = list.t[i] * normT[si] + list.h[i] * normH[si] + list.b[i] * normB[si];
          const sc = (w * tilde) / (K1 + tilde);
          if (groupBest[si] === 0) groupTouched.push(si);
          if (sc > groupBest[si]) groupBest[si] = sc;
        }
      }
      for (const si of groupTouched) {
        if (totals[si] === 0) touched.push(si);
        totals[si] += groupBest[si];
        groupBest[si] = 0;
      }
    }
    const out: ScoredSection[] = [];
    for (const si of touched) {
      if (sections[si].alive && totals[si] > 0) out.push({ index: si, score: totals[si] });
      totals[si] = 0;
    }
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
