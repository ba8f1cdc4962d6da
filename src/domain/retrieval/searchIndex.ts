import { collectLexiconWords, isLexiconWord, type Analyzer } from '../text/analyzer';
import type { DocumentMeta, KnowledgeDocument, Section } from './types';

/**
 * Fields of a section, scored BM25F-style. The document title is shared by every section of its
 * document, so it says which document and not which section: it weighs little here. The heading
 * counts like body text in BM25F; a question that names a section's heading, or a phrase of it, is
 * rewarded by the engine's rerank (heading and proximity evidence), not by a field boost that a
 * single chance word in a short heading would also collect.
 */
export const FIELDS = ['title', 'heading', 'body'] as const;
const FIELD_WEIGHT = [0.3, 1, 1];
const FIELD_B = [0.3, 0.4, 0.75];
const K1 = 1.2;

const EMPTY_IDS = new Int32Array(0);
const EMPTY_VALUES = new Float32Array(0);

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

/** A reusable sparse accumulator over term ids: values plus the list of ids touched. */
class Accumulator {
  values = new Float64Array(1024);
  touched = new Int32Array(256);
  count = 0;

  add(id: number, weight: number, max = false): void {
    if (id >= this.values.length) {
      const grown = new Float64Array(Math.max(id + 1, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    const prev = this.values[id];
    if (prev === 0) {
      if (this.count === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.count++] = id;
    }
    this.values[id] = max ? Math.max(prev, weight) : prev + weight;
  }

  get(id: number): number {
    return id < this.values.length ? this.values[id] : 0;
  }

  /** Touched ids, sorted (a fresh array). */
  sortedIds(): Int32Array {
    return this.touched.slice(0, this.count).sort();
  }

  sum(): number {
    let s = 0;
    for (let i = 0; i < this.count; i++) s += this.values[this.touched[i]];
    return s;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.values[this.touched[i]] = 0;
    this.count = 0;
  }
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

export function createSearchIndex(analyzer: Analyzer): SearchIndex {
  const sections: IndexedSection[] = [];
  const docs = new Map<string, number[]>();
  const lengthSums = [0, 0, 0];
  let alive = 0;

  // Term dictionary: every term ever seen gets a stable id.
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      id = terms.length;
      ids.set(term, id);
      terms.push(term);
    }
    return id;
  };

  const titleAcc = new Accumulator();
  const headingAcc = new Accumulator();
  const bodyAcc = new Accumulator();
  const unitAcc = new Accumulator();
  const presenceAcc = new Accumulator();
  const sectionAcc = new Accumulator();
  let unitScratch = new Int32Array(1024);

  function analyseInto(acc: Accumulator, text: string): void {
    analyzer.forEachTerm(text, (term, weight) => acc.add(idOf(term), weight));
  }

  let sequenceScratch = new Int32Array(4096);
  let sequenceLength = 0;
  let lastPosition = -1;
  const pushSequence = (id: number) => {
    if (sequenceLength === sequenceScratch.length) {
      const grown = new Int32Array(sequenceScratch.length * 2);
      grown.set(sequenceScratch);
      sequenceScratch = grown;
    }
    sequenceScratch[sequenceLength++] = id;
  };
  const emitSequenceTerm = (term: string, weight: number, position: number) => {
    if (weight === 1 && position !== lastPosition) {
      lastPosition = position;
      pushSequence(idOf(term));
    }
  };
  // Each distinct word gets an id when scanned, and is analysed once: its term ids and weights,
  // kept until the lexicon changes.
  interface WordEntry {
    readonly ids: Int32Array;
    readonly weights: Float64Array;
  }
  const wordIds = new Map<string, number>();
  const wordStrings: string[] = [];
  let wordEntries: (WordEntry | undefined)[] = [];
  let memoLexiconSize = -1;
  function wordEntry(wordId: number): WordEntry {
    let entry = wordEntries[wordId];
    if (entry === undefined) {
      const terms = analyzer.wordTerms(wordStrings[wordId]);
      const entryIds = new Int32Array(terms.length);
      const weights = new Float64Array(terms.length);
      for (let i = 0; i < terms.length; i++) {
        entryIds[i] = idOf(terms[i].term);
        weights[i] = terms[i].weight;
      }
      entry = { ids: entryIds, weights };
      wordEntries[wordId] = entry;
    }
    return entry;
  }

  function scan(batch: readonly KnowledgeDocument[]): ScannedUnits {
    let unitTotal = 0;
    for (const d of batch) for (const sec of d.sections) unitTotal += sec.units.length;
    const starts = new Int32Array(unitTotal);
    const ends = new Int32Array(unitTotal);
    let words = new Int32Array(1 << 16);
    let length = 0;
    let unit = 0;
    const lexicon = new Set<string>();
    const seenTokens = new Set<string>();
    for (const d of batch) {
      collectLexiconWords(d.meta.title, lexicon, seenTokens);
      for (const sec of d.sections) {
        for (const h of sec.headingPath) collectLexiconWords(h, lexicon, seenTokens);
        for (const u of sec.units) {
          const text = sec.body.slice(u.start, u.end);
          const simple = analyzer.simpleWords(text);
          if (!simple) {
            collectLexiconWords(text, lexicon, seenTokens);
            starts[unit] = -1;
            ends[unit++] = -1;
            continue;
          }
          if (length + simple.length > words.length) {
            const grown = new Int32Array(Math.max(words.length * 2, length + simple.length));
            grown.set(words);
            words = grown;
          }
          starts[unit] = length;
          for (const w of simple) {
            let id = wordIds.get(w);
            if (id === undefined) {
              id = wordStrings.length;
              wordIds.set(w, id);
              wordStrings.push(w);
              if (isLexiconWord(w)) lexicon.add(w);
            }
            words[length++] = id;
          }
          ends[unit++] = length;
        }
      }
    }
    return { words, starts, ends, lexicon, cursor: 0 };
  }

  /** Unit analysis: summed weights into `unitAcc`, and the first full word of each token in order. */
  const emitUnitTerm = (term: string, weight: number, position: number) => {
    const id = idOf(term);
    unitAcc.add(id, weight);
    if (weight === 1 && position !== lastPosition) {
      lastPosition = position;
      pushSequence(id);
    }
  };

  function addDocument(doc: KnowledgeDocument, scanned?: ScannedUnits): void {
    if (docs.has(doc.meta.id)) removeDocument(doc.meta.id);
    const batch = scanned ?? scan([doc]);
    if (!scanned) analyzer.splitter.addWords(batch.lexicon);
    if (analyzer.splitter.size !== memoLexiconSize) {
      wordEntries = [];
      memoLexiconSize = analyzer.splitter.size;
    }
    const scannedWords = batch.words;
    const list: number[] = [];
    titleAcc.clear();
    analyseInto(titleAcc, doc.meta.title);
    const titleLength = titleAcc.sum();
    const ownHeadings = new Map<string, Int32Array>();
    for (const section of doc.sections) {
      headingAcc.clear();
      bodyAcc.clear();
      presenceAcc.clear();
      sectionAcc.clear();
      analyseInto(headingAcc, section.headingPath.join(' '));
      // Heading path and title: present in full for the whole section.
      for (let i = 0; i < headingAcc.count; i++) {
        const id = headingAcc.touched[i];
        presenceAcc.add(id, Math.min(1, headingAcc.values[id]), true);
        sectionAcc.add(id, 1, true);
      }
      for (let i = 0; i < titleAcc.count; i++) {
        const id = titleAcc.touched[i];
        presenceAcc.add(id, Math.min(1, titleAcc.values[id]), true);
        sectionAcc.add(id, 1, true);
      }
      const headingIds = presenceAcc.sortedIds();
      const headingPresence = new Float32Array(headingIds.length);
      for (let k = 0; k < headingIds.length; k++) headingPresence[k] = presenceAcc.get(headingIds[k]);
      const units = section.units;
      const unitStart = new Int32Array(units.length + 1);
      let unitCount = 0;
      // The title and each heading of the path come first: a phrase there counts as well.
      sequenceLength = 0;
      for (const text of [doc.meta.title, ...section.headingPath]) {
        lastPosition = -1;
        analyzer.forEachTerm(text, emitSequenceTerm);
        pushSequence(-1);
      }
      for (let u = 0; u < units.length; u++) {
        unitAcc.clear();
        if (u > 0) pushSequence(-1);
        lastPosition = -1;
        const from = batch.starts[batch.cursor];
        const to = batch.ends[batch.cursor++];
        if (from >= 0) {
          for (let w = from; w < to; w++) {
            const entry = wordEntry(scannedWords[w]);
            const n = entry.ids.length;
            if (n === 0) continue;
            for (let i = 0; i < n; i++) unitAcc.add(entry.ids[i], entry.weights[i]);
            // A word's first term is its stem (weight 1): the reading order for proximity.
            pushSequence(entry.ids[0]);
          }
        } else {
          analyzer.forEachTerm(section.body.slice(units[u].start, units[u].end), emitUnitTerm);
        }
        if (unitCount + unitAcc.count > unitScratch.length) {
          const grown = new Int32Array(Math.max(unitScratch.length * 2, unitCount + unitAcc.count));
          grown.set(unitScratch);
          unitScratch = grown;
        }
        const sorted = unitAcc.sortedIds();
        unitScratch.set(sorted, unitCount);
        unitCount += sorted.length;
        unitStart[u + 1] = unitCount;
        for (let i = 0; i < sorted.length; i++) {
          const id = sorted[i];
          const w = unitAcc.values[id];
          bodyAcc.add(id, w);
          presenceAcc.add(id, Math.min(1, w), true);
          sectionAcc.add(id, 1, true);
        }
      }
      const termIds = sectionAcc.sortedIds();
      const fieldTf = new Float32Array(termIds.length * 3);
      const presence = new Float32Array(termIds.length);
      for (let k = 0; k < termIds.length; k++) {
        const id = termIds[k];
        fieldTf[k * 3] = titleAcc.get(id);
        fieldTf[k * 3 + 1] = headingAcc.get(id);
        fieldTf[k * 3 + 2] = bodyAcc.get(id);
        presence[k] = presenceAcc.get(id);
      }
      const own = section.headingPath[section.headingPath.length - 1] ?? '';
      let ownHeadingIds = ownHeadings.get(own);
      if (!ownHeadingIds) {
        const full = new Set<number>();
        analyzer.forEachTerm(own, (term, weight) => {
          if (weight === 1) full.add(idOf(term));
        });
        ownHeadingIds = Int32Array.from(full).sort();
        ownHeadings.set(own, ownHeadingIds);
      }
      const lengths: [number, number, number] = [titleLength, headingAcc.sum(), bodyAcc.sum()];
      const idx = sections.length;
      sections.push({
        section,
        meta: doc.meta,
        lengths,
        termIds,
        fieldTf,
        presence,
        unitIds: unitScratch.slice(0, unitCount),
        unitStart,
        ownHeadingIds,
        sequence: sequenceScratch.slice(0, sequenceLength),
        headingIds,
        headingPresence,
        alive: true,
      });
      for (let f = 0; f < 3; f++) lengthSums[f] += lengths[f];
      alive++;
      list.push(idx);
    }
    docs.set(doc.meta.id, list);
    dirty = true;
  }

  function removeDocument(docId: string): boolean {
    const list = docs.get(docId);
    if (!list) return false;
    for (const idx of list) {
      const rec = sections[idx];
      if (!rec.alive) continue;
      rec.alive = false;
      alive--;
      for (let f = 0; f < 3; f++) lengthSums[f] -= rec.lengths[f];
      rec.termIds = EMPTY_IDS;
      rec.fieldTf = EMPTY_VALUES;
      rec.presence = EMPTY_VALUES;
      rec.unitIds = EMPTY_IDS;
      rec.headingIds = EMPTY_IDS;
      rec.sequence = EMPTY_IDS;
      rec.headingPresence = EMPTY_VALUES;
    }
    docs.delete(docId);
    dirty = true;
    return true;
  }

  // Posting lists in compressed rows: the postings of term t are postSection/postScore in
  // [offsets[t], offsets[t + 1]), sorted by section. postScore is the saturated BM25F term score
  // tf~ / (k1 + tf~) with the field weights and length norms applied, so a query multiplies it by
  // its own weight and idf and does nothing else per posting.
  let dirty = true;
  let df = new Int32Array(0);
  let offsets = new Int32Array(1);
  let postSection = new Int32Array(0);
  let postScore = new Float32Array(0);
  let vocabList: string[] = [];
  let liveTerms = 0;

  // Reused query buffers: a query touches typed arrays, never maps.
  let totals = new Float64Array(0);
  let groupBest = new Float64Array(0);
  let groupTouched = new Int32Array(0);
  let touched = new Int32Array(0);

  function finalize(): void {
    if (!dirty) return;
    const termCount = terms.length;
    df = new Int32Array(termCount);
    let total = 0;
    for (const rec of sections) {
      if (!rec.alive) continue;
      const t = rec.termIds;
      for (let k = 0; k < t.length; k++) df[t[k]]++;
      total += t.length;
    }
    offsets = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + df[t];
    const cursor = offsets.slice(0, termCount);
    postSection = new Int32Array(total);
    postScore = new Float32Array(total);
    const avg = lengthSums.map((x) => Math.max(x / Math.max(alive, 1), 1));
    for (let si = 0; si < sections.length; si++) {
      const rec = sections[si];
      if (!rec.alive) continue;
      const normT = FIELD_WEIGHT[0] / (1 - FIELD_B[0] + (FIELD_B[0] * rec.lengths[0]) / avg[0]);
      const normH = FIELD_WEIGHT[1] / (1 - FIELD_B[1] + (FIELD_B[1] * rec.lengths[1]) / avg[1]);
      const normB = FIELD_WEIGHT[2] / (1 - FIELD_B[2] + (FIELD_B[2] * rec.lengths[2]) / avg[2]);
      const t = rec.termIds;
      const tf = rec.fieldTf;
      for (let k = 0; k < t.length; k++) {
        const at = cursor[t[k]]++;
        const tilde = tf[k * 3] * normT + tf[k * 3 + 1] * normH + tf[k * 3 + 2] * normB;
        postSection[at] = si;
        postScore[at] = tilde / (K1 + tilde);
      }
    }
    vocabList = [];
    for (let t = 0; t < termCount; t++) if (df[t] > 0) vocabList.push(terms[t]);
    liveTerms = vocabList.length;
    if (totals.length < sections.length) {
      const n = sections.length + 64;
      totals = new Float64Array(n);
      groupBest = new Float64Array(n);
      groupTouched = new Int32Array(n);
      touched = new Int32Array(n);
    }
    dirty = false;
  }

  function termId(term: string): number {
    finalize();
    const id = ids.get(term);
    return id !== undefined && id < df.length && df[id] > 0 ? id : -1;
  }

  function idfOf(id: number): number {
    const n = id >= 0 && id < df.length ? df[id] : 0;
    return Math.log(1 + (alive - n + 0.5) / (n + 0.5));
  }

  function idf(term: string): number {
    finalize();
    const id = ids.get(term);
    return idfOf(id === undefined ? -1 : id);
  }

  // Top-k buffers (bounded insertion into a small sorted array instead of sorting all candidates).
  let topIndex = new Int32Array(32);
  let topScore = new Float64Array(32);

  function search(queryTerms: readonly QueryTerm[], limit: number): ScoredSection[] {
    finalize();
    if (alive === 0 || limit <= 0) return [];
    let touchedCount = 0;
    // Per position, a section scores the best of the position's terms, so expansions never add up.
    for (let q = 0; q < queryTerms.length; q++) {
      const position = queryTerms[q].position;
      let seen = false;
      for (let p = 0; p < q; p++) {
        if (queryTerms[p].position === position) {
          seen = true;
          break;
        }
      }
      if (seen) continue;
      let members = 0;
      let only = -1;
      for (let r = q; r < queryTerms.length; r++) {
        if (queryTerms[r].position !== position) continue;
        const id = ids.get(queryTerms[r].term);
        if (id === undefined || id >= df.length || df[id] === 0) continue;
        members++;
        only = id;
      }
      if (members === 0) continue;
      if (members === 1) {
        // One known term at this position (the common case): add its scores directly.
        let w = 0;
        for (let r = q; r < queryTerms.length; r++) {
          if (queryTerms[r].position === position && ids.get(queryTerms[r].term) === only) {
            w = Math.max(w, queryTerms[r].weight);
          }
        }
        w *= idfOf(only);
        const end = offsets[only + 1];
        for (let i = offsets[only]; i < end; i++) {
          const si = postSection[i];
          if (totals[si] === 0) touched[touchedCount++] = si;
          totals[si] += w * postScore[i];
        }
        continue;
      }
      let groupCount = 0;
      for (let r = q; r < queryTerms.length; r++) {
        const qt = queryTerms[r];
        if (qt.position !== position) continue;
        const id = ids.get(qt.term);
        if (id === undefined || id >= df.length || df[id] === 0) continue;
        const w = qt.weight * idfOf(id);
        const end = offsets[id + 1];
        for (let i = offsets[id]; i < end; i++) {
          const si = postSection[i];
          const sc = w * postScore[i];
          const prev = groupBest[si];
          if (prev === 0) groupTouched[groupCount++] = si;
          if (sc > prev) groupBest[si] = sc;
        }
      }
      for (let g = 0; g < groupCount; g++) {
        const si = groupTouched[g];
        if (totals[si] === 0) touched[touchedCount++] = si;
        totals[si] += groupBest[si];
        groupBest[si] = 0;
      }
    }
    if (topIndex.length < limit) {
      topIndex = new Int32Array(limit);
      topScore = new Float64Array(limit);
    }
    let kept = 0;
    for (let k = 0; k < touchedCount; k++) {
      const si = touched[k];
      const score = totals[si];
      totals[si] = 0;
      if (score <= 0) continue;
      if (kept === limit) {
        const last = kept - 1;
        if (score < topScore[last] || (score === topScore[last] && si > topIndex[last])) continue;
      }
      // Insert into the sorted top list (score descending, then section index ascending).
      let at = kept < limit ? kept++ : limit - 1;
      while (at > 0 && (topScore[at - 1] < score || (topScore[at - 1] === score && topIndex[at - 1] > si))) {
        topScore[at] = topScore[at - 1];
        topIndex[at] = topIndex[at - 1];
        at--;
      }
      topScore[at] = score;
      topIndex[at] = si;
    }
    const out: ScoredSection[] = new Array<ScoredSection>(kept);
    for (let k = 0; k < kept; k++) out[k] = { index: topIndex[k], score: topScore[k] };
    return out;
  }

  return {
    addDocument,
    removeDocument,
    scan,
    hasDocument: (id) => docs.has(id),
    search,
    idf,
    idfOf,
    termId,
    get maxIdf() {
      return Math.log(1 + (alive - 1 + 0.5) / 1.5);
    },
    has: (term) => termId(term) >= 0,
    vocabulary: () => {
      finalize();
      return vocabList.values();
    },
    vocabularyList: () => {
      finalize();
      return vocabList;
    },
    section: (i) => sections[i],
    sectionsOf: (docId) => (docs.get(docId) ?? []).filter((i) => sections[i].alive),
    finalize,
    get stats() {
      finalize();
      return { documents: docs.size, sections: alive, terms: liveTerms };
    },
  };
}
