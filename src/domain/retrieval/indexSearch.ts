import type { Corpus } from './corpus';
import type { QueryTerm, ScoredSection } from './searchIndex';

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

/**
 * The search side of the index. Posting lists in compressed rows: the postings of term t are
 * postSection/postScore in [offsets[t], offsets[t + 1]), sorted by section. postScore is the
 * saturated BM25F term score tf~ / (k1 + tf~) with the field weights and length norms applied, so a
 * query multiplies it by its own weight and idf and does nothing else per posting.
 */
export class PostingLists {
  private df = new Int32Array(0);
  private offsets = new Int32Array(1);
  private postSection = new Int32Array(0);
  private postScore = new Float32Array(0);
  vocabList: string[] = [];
  liveTerms = 0;
  // Reused query buffers: a query touches typed arrays, never maps.
  private totals = new Float64Array(0);
  private groupBest = new Float64Array(0);
  private groupTouched = new Int32Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;
  // Top-k buffers (bounded insertion into a small sorted array instead of sorting all candidates).
  private topIndex = new Int32Array(32);
  private topScore = new Float64Array(32);

  constructor(private readonly corpus: Corpus) {}

  /** Builds the posting lists when the sections changed since the last build. */
  finalize(): void {
    const { corpus } = this;
    if (!corpus.dirty) return;
    const terms = corpus.dictionary.terms;
    const termCount = terms.length;
    const df = new Int32Array(termCount);
    let total = 0;
    for (const rec of corpus.sections) {
      if (!rec.alive) continue;
      const t = rec.termIds;
      for (let k = 0; k < t.length; k++) df[t[k]]++;
      total += t.length;
    }
    this.df = df;
    this.offsets = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) this.offsets[t + 1] = this.offsets[t] + df[t];
    this.fillPostings(total);
    this.vocabList = [];
    for (let t = 0; t < termCount; t++) if (df[t] > 0) this.vocabList.push(terms[t]);
    this.liveTerms = this.vocabList.length;
    if (this.totals.length < corpus.sections.length) {
      const n = corpus.sections.length + 64;
      this.totals = new Float64Array(n);
      this.groupBest = new Float64Array(n);
      this.groupTouched = new Int32Array(n);
      this.touched = new Int32Array(n);
    }
    corpus.dirty = false;
  }

  private fillPostings(total: number): void {
    const { corpus } = this;
    const cursor = this.offsets.slice(0, corpus.dictionary.terms.length);
    const postSection = new Int32Array(total);
    const postScore = new Float32Array(total);
    const avg = corpus.lengthSums.map((x) => Math.max(x / Math.max(corpus.alive, 1), 1));
    for (let si = 0; si < corpus.sections.length; si++) {
      const rec = corpus.sections[si];
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
    this.postSection = postSection;
    this.postScore = postScore;
  }

  termId(term: string): number {
    this.finalize();
    const id = this.corpus.dictionary.ids.get(term);
    return id !== undefined && id < this.df.length && this.df[id] > 0 ? id : -1;
  }

  idfOf(id: number): number {
    const n = id >= 0 && id < this.df.length ? this.df[id] : 0;
    return Math.log(1 + (this.corpus.alive - n + 0.5) / (n + 0.5));
  }

  idf(term: string): number {
    this.finalize();
    const id = this.corpus.dictionary.ids.get(term);
    return this.idfOf(id === undefined ? -1 : id);
  }

  /** Id of a live term, else -1 (without finalizing: callers have). */
  private liveId(term: string): number {
    const id = this.corpus.dictionary.ids.get(term);
    return id === undefined || id >= this.df.length || this.df[id] === 0 ? -1 : id;
  }

  private addToTotal(si: number, value: number): void {
    if (this.totals[si] === 0) this.touched[this.touchedCount++] = si;
    this.totals[si] += value;
  }

  /** One known term at a position (the common case): its scores go straight into the totals. */
  private addSingleTerm(queryTerms: readonly QueryTerm[], q: number, id: number): void {
    const position = queryTerms[q].position;
    let w = 0;
    for (let r = q; r < queryTerms.length; r++) {
      if (queryTerms[r].position === position && this.corpus.dictionary.ids.get(queryTerms[r].term) === id) {
        w = Math.max(w, queryTerms[r].weight);
      }
    }
    w *= this.idfOf(id);
    const end = this.offsets[id + 1];
    for (let i = this.offsets[id]; i < end; i++) this.addToTotal(this.postSection[i], w * this.postScore[i]);
  }

  /** Several known terms at a position: a section scores the best of them, so expansions never add up. */
  private addBestOfTerms(queryTerms: readonly QueryTerm[], q: number): void {
    const position = queryTerms[q].position;
    const { groupBest, groupTouched } = this;
    let groupCount = 0;
    for (let r = q; r < queryTerms.length; r++) {
      const qt = queryTerms[r];
      if (qt.position !== position) continue;
      const id = this.liveId(qt.term);
      if (id < 0) continue;
      const w = qt.weight * this.idfOf(id);
      const end = this.offsets[id + 1];
      for (let i = this.offsets[id]; i < end; i++) {
        const si = this.postSection[i];
        const sc = w * this.postScore[i];
        const prev = groupBest[si];
        if (prev === 0) groupTouched[groupCount++] = si;
        if (sc > prev) groupBest[si] = sc;
      }
    }
    for (let g = 0; g < groupCount; g++) {
      const si = groupTouched[g];
      this.addToTotal(si, groupBest[si]);
      groupBest[si] = 0;
    }
  }

  /** Adds the scores of the query position that starts at term `q` (its first term). */
  private addPosition(queryTerms: readonly QueryTerm[], q: number): void {
    const position = queryTerms[q].position;
    let members = 0;
    let only = -1;
    for (let r = q; r < queryTerms.length; r++) {
      if (queryTerms[r].position !== position) continue;
      const id = this.liveId(queryTerms[r].term);
      if (id < 0) continue;
      members++;
      only = id;
    }
    if (members === 1) this.addSingleTerm(queryTerms, q, only);
    else if (members > 1) this.addBestOfTerms(queryTerms, q);
  }

  search(queryTerms: readonly QueryTerm[], limit: number): ScoredSection[] {
    this.finalize();
    if (this.corpus.alive === 0 || limit <= 0) return [];
    this.touchedCount = 0;
    for (let q = 0; q < queryTerms.length; q++) {
      const position = queryTerms[q].position;
      let seen = false;
      for (let p = 0; p < q; p++) {
        if (queryTerms[p].position === position) {
          seen = true;
          break;
        }
      }
      if (!seen) this.addPosition(queryTerms, q);
    }
    return this.topSections(limit);
  }

  /** The best `limit` touched sections (score descending, then section index), clearing the totals. */
  private topSections(limit: number): ScoredSection[] {
    if (this.topIndex.length < limit) {
      this.topIndex = new Int32Array(limit);
      this.topScore = new Float64Array(limit);
    }
    const { topIndex, topScore, totals, touched } = this;
    let kept = 0;
    for (let k = 0; k < this.touchedCount; k++) {
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
}
