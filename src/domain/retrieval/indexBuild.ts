import { collectLexiconWords, isLexiconWord, type Analyzer } from '../text/analyzer';
import type { KnowledgeDocument, Section } from './types';
import { Accumulator, IdBuffer } from './idBuffers';
import type { Corpus } from './corpus';
import type { IndexedSection, ScannedUnits } from './searchIndex';
import { ownHeading } from './sectioning';

const EMPTY_IDS = new Int32Array(0);
const EMPTY_VALUES = new Float32Array(0);

/** A distinct word's analysis: its term ids and weights, kept until the lexicon changes. */
interface WordEntry {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The build side of the search index: tokenises documents once (`scan`), then turns every section
 * into sorted term-id arrays with field frequencies, presence, units and the reading order.
 */
export class IndexBuilder {
  private readonly titleAcc = new Accumulator();
  private readonly headingAcc = new Accumulator();
  private readonly bodyAcc = new Accumulator();
  private readonly unitAcc = new Accumulator();
  private readonly presenceAcc = new Accumulator();
  private readonly sectionAcc = new Accumulator();
  private readonly units = new IdBuffer(1024);
  private readonly sequence = new IdBuffer(4096);
  private lastPosition = -1;
  // Each distinct word gets an id when scanned, and is analysed once.
  private readonly wordIds = new Map<string, number>();
  private readonly wordStrings: string[] = [];
  private wordEntries: (WordEntry | undefined)[] = [];
  private memoLexiconSize = -1;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly corpus: Corpus,
  ) {}

  private idOf(term: string): number {
    return this.corpus.dictionary.idOf(term);
  }

  /** The first full word of each token, in order: what phrase and proximity evidence reads. */
  private readonly emitSequenceTerm = (term: string, weight: number, position: number): void => {
    if (weight === 1 && position !== this.lastPosition) {
      this.lastPosition = position;
      this.sequence.push(this.idOf(term));
    }
  };

  /** Unit analysis: summed weights into `unitAcc`, and the first full word of each token in order. */
  private readonly emitUnitTerm = (term: string, weight: number, position: number): void => {
    const id = this.idOf(term);
    this.unitAcc.add(id, weight);
    if (weight === 1 && position !== this.lastPosition) {
      this.lastPosition = position;
      this.sequence.push(id);
    }
  };

  private analyseInto(acc: Accumulator, text: string): void {
    this.analyzer.forEachTerm(text, (term, weight) => acc.add(this.idOf(term), weight));
  }

  private wordEntry(wordId: number): WordEntry {
    let entry = this.wordEntries[wordId];
    if (entry === undefined) {
      const terms = this.analyzer.wordTerms(this.wordStrings[wordId]);
      const entryIds = new Int32Array(terms.length);
      const weights = new Float64Array(terms.length);
      for (let i = 0; i < terms.length; i++) {
        entryIds[i] = this.idOf(terms[i].term);
        weights[i] = terms[i].weight;
      }
      entry = { ids: entryIds, weights };
      this.wordEntries[wordId] = entry;
    }
    return entry;
  }

  /** Word ids of a unit's simple words (new words join the lexicon), appended to `words`. */
  private scanWords(simple: readonly string[], lexicon: Set<string>, out: IdBuffer): void {
    for (const w of simple) {
      let id = this.wordIds.get(w);
      if (id === undefined) {
        id = this.wordStrings.length;
        this.wordIds.set(w, id);
        this.wordStrings.push(w);
        if (isLexiconWord(w)) lexicon.add(w);
      }
      out.push(id);
    }
  }

  scan(batch: readonly KnowledgeDocument[]): ScannedUnits {
    let unitTotal = 0;
    for (const d of batch) for (const sec of d.sections) unitTotal += sec.units.length;
    const starts = new Int32Array(unitTotal);
    const ends = new Int32Array(unitTotal);
    const words = new IdBuffer(1 << 16);
    let unit = 0;
    const lexicon = new Set<string>();
    const seenTokens = new Set<string>();
    for (const d of batch) {
      collectLexiconWords(d.meta.title, lexicon, seenTokens);
      for (const sec of d.sections) {
        for (const h of sec.headingPath) collectLexiconWords(h, lexicon, seenTokens);
        for (const u of sec.units) {
          const text = sec.body.slice(u.start, u.end);
          const simple = this.analyzer.simpleWords(text);
          if (!simple) {
            collectLexiconWords(text, lexicon, seenTokens);
            starts[unit] = -1;
            ends[unit++] = -1;
            continue;
          }
          starts[unit] = words.length;
          this.scanWords(simple, lexicon, words);
          ends[unit++] = words.length;
        }
      }
    }
    return { words: words.data, starts, ends, lexicon, cursor: 0 };
  }

  addDocument(doc: KnowledgeDocument, scanned?: ScannedUnits): void {
    const { corpus, analyzer } = this;
    if (corpus.docs.has(doc.meta.id)) this.removeDocument(doc.meta.id);
    const batch = scanned ?? this.scan([doc]);
    if (!scanned) analyzer.splitter.addWords(batch.lexicon);
    if (analyzer.splitter.size !== this.memoLexiconSize) {
      this.wordEntries = [];
      this.memoLexiconSize = analyzer.splitter.size;
    }
    const list: number[] = [];
    this.titleAcc.clear();
    this.analyseInto(this.titleAcc, doc.meta.title);
    const titleLength = this.titleAcc.sum();
    const ownHeadings = new Map<string, Int32Array>();
    for (const section of doc.sections) {
      const rec = this.indexSection(doc, section, batch, titleLength, ownHeadings);
      corpus.sections.push(rec);
      for (let f = 0; f < 3; f++) corpus.lengthSums[f] += rec.lengths[f];
      corpus.alive++;
      list.push(corpus.sections.length - 1);
    }
    corpus.docs.set(doc.meta.id, list);
    corpus.dirty = true;
  }

  removeDocument(docId: string): boolean {
    const { corpus } = this;
    const list = corpus.docs.get(docId);
    if (!list) return false;
    for (const idx of list) {
      const rec = corpus.sections[idx];
      if (!rec.alive) continue;
      rec.alive = false;
      corpus.alive--;
      for (let f = 0; f < 3; f++) corpus.lengthSums[f] -= rec.lengths[f];
      rec.termIds = EMPTY_IDS;
      rec.fieldTf = EMPTY_VALUES;
      rec.presence = EMPTY_VALUES;
      rec.unitIds = EMPTY_IDS;
      rec.headingIds = EMPTY_IDS;
      rec.sequence = EMPTY_IDS;
      rec.headingPresence = EMPTY_VALUES;
    }
    corpus.docs.delete(docId);
    corpus.dirty = true;
    return true;
  }

  /** Heading path and title: present in full for the whole section. */
  private headingTerms(section: Section): { headingIds: Int32Array; headingPresence: Float32Array } {
    const { headingAcc, titleAcc, presenceAcc, sectionAcc } = this;
    this.analyseInto(headingAcc, section.headingPath.join(' '));
    for (const acc of [headingAcc, titleAcc]) {
      for (let i = 0; i < acc.count; i++) {
        const id = acc.touched[i];
        presenceAcc.add(id, Math.min(1, acc.values[id]), true);
        sectionAcc.add(id, 1, true);
      }
    }
    const headingIds = presenceAcc.sortedIds();
    const headingPresence = new Float32Array(headingIds.length);
    for (let k = 0; k < headingIds.length; k++) headingPresence[k] = presenceAcc.get(headingIds[k]);
    return { headingIds, headingPresence };
  }

  /** The terms of one unit into `unitAcc` and the reading order, from the scan when it could. */
  private unitTerms(section: Section, u: number, batch: ScannedUnits): void {
    const from = batch.starts[batch.cursor];
    const to = batch.ends[batch.cursor++];
    if (from < 0) {
      const unit = section.units[u];
      this.analyzer.forEachTerm(section.body.slice(unit.start, unit.end), this.emitUnitTerm);
      return;
    }
    for (let w = from; w < to; w++) {
      const entry = this.wordEntry(batch.words[w]);
      const n = entry.ids.length;
      if (n === 0) continue;
      for (let i = 0; i < n; i++) this.unitAcc.add(entry.ids[i], entry.weights[i]);
      // A word's first term is its stem (weight 1): the reading order for proximity.
      this.sequence.push(entry.ids[0]);
    }
  }

  /** Every unit's sorted term ids into `units`; their weights into the body, presence and section. */
  private indexUnits(section: Section, batch: ScannedUnits): Int32Array {
    const { unitAcc, units } = this;
    const unitStart = new Int32Array(section.units.length + 1);
    units.length = 0;
    for (let u = 0; u < section.units.length; u++) {
      unitAcc.clear();
      if (u > 0) this.sequence.push(-1);
      this.lastPosition = -1;
      this.unitTerms(section, u, batch);
      const sorted = unitAcc.sortedIds();
      units.append(sorted);
      unitStart[u + 1] = units.length;
      for (let i = 0; i < sorted.length; i++) {
        const id = sorted[i];
        const w = unitAcc.values[id];
        this.bodyAcc.add(id, w);
        this.presenceAcc.add(id, Math.min(1, w), true);
        this.sectionAcc.add(id, 1, true);
      }
    }
    return unitStart;
  }

  /** Full-word term ids of the section's own heading, shared by sections with the same heading. */
  private ownHeadingIds(section: Section, ownHeadings: Map<string, Int32Array>): Int32Array {
    const own = ownHeading(section);
    let found = ownHeadings.get(own);
    if (!found) {
      const full = new Set<number>();
      this.analyzer.forEachTerm(own, (term, weight) => {
        if (weight === 1) full.add(this.idOf(term));
      });
      found = Int32Array.from(full).sort();
      ownHeadings.set(own, found);
    }
    return found;
  }

  private indexSection(
    doc: KnowledgeDocument,
    section: Section,
    batch: ScannedUnits,
    titleLength: number,
    ownHeadings: Map<string, Int32Array>,
  ): IndexedSection {
    const { titleAcc, headingAcc, bodyAcc, presenceAcc, sectionAcc } = this;
    headingAcc.clear();
    bodyAcc.clear();
    presenceAcc.clear();
    sectionAcc.clear();
    const { headingIds, headingPresence } = this.headingTerms(section);
    // The title and each heading of the path come first: a phrase there counts as well.
    this.sequence.length = 0;
    for (const text of [doc.meta.title, ...section.headingPath]) {
      this.lastPosition = -1;
      this.analyzer.forEachTerm(text, this.emitSequenceTerm);
      this.sequence.push(-1);
    }
    const unitStart = this.indexUnits(section, batch);
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
    return {
      section,
      meta: doc.meta,
      lengths: [titleLength, headingAcc.sum(), bodyAcc.sum()],
      termIds,
      fieldTf,
      presence,
      unitIds: this.units.data.slice(0, this.units.length),
      unitStart,
      ownHeadingIds: this.ownHeadingIds(section, ownHeadings),
      sequence: this.sequence.data.slice(0, this.sequence.length),
      headingIds,
      headingPresence,
      alive: true,
    };
  }
}
