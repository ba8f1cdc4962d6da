import type { Analyzer } from '../text/analyzer';
import { Corpus } from './corpus';
import { IndexBuilder } from './indexBuild';
import { PostingLists } from './indexSearch';
import type { DocumentMeta, KnowledgeDocument, Section } from './types';

export { FIELDS } from './indexSearch';

/**
 * One indexed section. Terms are ids into the index's dictionary (see `termId`); every id list is
 * sorted ascending so that membership is a binary search, with no per-section Map or Set.
 */
export interface IndexedSection {
  readonly section: Section;
  readonly meta: DocumentMeta;
  readonly lengths: readonly [number, number, number];
  /** Term ids of the whole section (title, heading path and body), sorted. */
  termIds: Int32Array;
  /** Per term of `termIds`: weighted frequency in title, heading and body (3 values each). */
  fieldTf: Float32Array;
  /**
   * Per term of `termIds`: how fully the term is present in one place (the heading path and title,
   * or one unit), 0..1. A word found only inside compounds counts as partly present.
   */
  presence: Float32Array;
  /** Term ids of every unit, concatenated; unit u holds unitIds[unitStart[u] .. unitStart[u + 1]). */
  unitIds: Int32Array;
  unitStart: Int32Array;
  /** Full-word term ids of the section's own heading (the last in its path), sorted. */
  ownHeadingIds: Int32Array;
  /**
   * Full-word term ids of the title, the heading path and the body units in reading order (stop
   * words left out), -1 between them: what phrase and proximity evidence reads.
   */
  sequence: Int32Array;
  /** Term ids of the heading path and the document title, sorted, with their presence 0..1. */
  headingIds: Int32Array;
  headingPresence: Float32Array;
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
  /**
   * First pass over documents about to be added: tokenises every unit once into word ids and
   * collects the compound lexicon (which must be complete before any word is split).
   */
  scan(docs: readonly KnowledgeDocument[]): ScannedUnits;
  /**
   * Adds or replaces a document. With `scanned` (from `scan`, documents in the same order) no
   * unit is tokenised again.
   */
  addDocument(doc: KnowledgeDocument, scanned?: ScannedUnits): void;
  removeDocument(docId: string): boolean;
  hasDocument(docId: string): boolean;
  search(terms: readonly QueryTerm[], limit: number): ScoredSection[];
  idf(term: string): number;
  /** Highest possible idf in the collection (a term in a single section). */
  readonly maxIdf: number;
  has(term: string): boolean;
  /** Id of a term in the dictionary, or -1 when no live section holds it. */
  termId(term: string): number;
  /** idf by term id (see `termId`). */
  idfOf(id: number): number;
  vocabulary(): IterableIterator<string>;
  /** Terms held by live sections, as one shared array (rebuilt only when the collection changes). */
  vocabularyList(): readonly string[];
  section(index: number): IndexedSection;
  /** Alive sections of a document in order. */
  sectionsOf(docId: string): number[];
  /** Builds the posting lists now (otherwise done on the first query after a change). */
  finalize(): void;
  readonly stats: { documents: number; sections: number; terms: number };
}

/** Units of scanned documents as word ids, in document, section and unit order. */
export interface ScannedUnits {
  /** Word ids of every unit, concatenated. */
  readonly words: Int32Array;
  /** Per unit: its start in `words` (-1: the unit holds a hyphen and needs the full analysis). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Words for the compound lexicon. */
  readonly lexicon: ReadonlySet<string>;
  /** Next unit to consume. */
  cursor: number;
}

/** Binary search for `id` in ids[from, to); returns its position or -1. */
export function findId(ids: Int32Array, id: number, from = 0, to = ids.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid];
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The search index: the build side (./indexBuild: tokenising documents into sorted term-id arrays)
 * and the search side (./indexSearch: BM25F posting lists and the top-k search) over one corpus.
 */
export function createSearchIndex(analyzer: Analyzer): SearchIndex {
  const corpus = new Corpus();
  const builder = new IndexBuilder(analyzer, corpus);
  const postings = new PostingLists(corpus);
  return {
    addDocument: (doc, scanned) => builder.addDocument(doc, scanned),
    removeDocument: (docId) => builder.removeDocument(docId),
    scan: (docs) => builder.scan(docs),
    hasDocument: (id) => corpus.docs.has(id),
    search: (terms, limit) => postings.search(terms, limit),
    idf: (term) => postings.idf(term),
    idfOf: (id) => postings.idfOf(id),
    termId: (term) => postings.termId(term),
    get maxIdf() {
      return Math.log(1 + (corpus.alive - 1 + 0.5) / 1.5);
    },
    has: (term) => postings.termId(term) >= 0,
    vocabulary: () => {
      postings.finalize();
      return postings.vocabList.values();
    },
    vocabularyList: () => {
      postings.finalize();
      return postings.vocabList;
    },
    section: (i) => corpus.sections[i],
    sectionsOf: (docId) => (corpus.docs.get(docId) ?? []).filter((i) => corpus.sections[i].alive),
    finalize: () => postings.finalize(),
    get stats() {
      postings.finalize();
      return { documents: corpus.docs.size, sections: corpus.alive, terms: postings.liveTerms };
    },
  };
}
