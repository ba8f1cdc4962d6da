import {
  COMPOUND_PART_WEIGHT,
  createAnalyzer,
  lexiconWords,
  normalise,
  type Analyzer,
} from '../text/analyzer';
import {
  answerTypeScore,
  detectAnswerType,
  detectDemand,
  headingAnnounces,
  meetsDemand,
  type AnswerType,
} from './answerType';
import {
  createQueryExpander,
  type ExpandedQuery,
  type LexicalResources,
  type QueryExpander,
} from './expansion';
import {
  createSearchIndex,
  findId,
  type IndexedSection,
  type ScoredSection,
  type SearchIndex,
} from './searchIndex';
import type { KnowledgeDocument, Unit } from './types';

/** A quoted passage chosen for an answer. */
export interface RetrievedPassage {
  readonly sectionId: string;
  readonly docId: string;
  readonly title: string;
  /** Heading path joined with " > ". */
  readonly section: string;
  /** Verbatim text of the section body. */
  readonly quote: string;
  /** Answer-friendly rendering of the quote (list items on their own lines). */
  readonly display: string;
  readonly source: string;
  readonly kind: 'policy' | 'update';
  readonly date?: string;
  readonly authorRole?: string;
  /** Share of the question covered by this passage, 0..1. */
  readonly coverage: number;
  readonly score: number;
}

export type RetrievalResult =
  | {
      readonly kind: 'answer';
      readonly confidence: number;
      readonly passages: readonly RetrievedPassage[];
      readonly followUps: readonly string[];
    }
  | {
      readonly kind: 'noAnswer';
      readonly reason: 'noMatch' | 'outOfScope';
      readonly confidence: number;
      readonly closestTopics: readonly string[];
      /** For outOfScope: the topic of the out-of-scope words (who would know), from the config. */
      readonly topic?: string;
    };

export interface RetrievalEngineOptions {
  readonly resources: LexicalResources;
  /** Confidence below which the engine abstains. */
  readonly threshold?: number;
  /** Ranking weights; any left out keep their value in RANKING_PARAMS. */
  readonly ranking?: Partial<RankingParams>;
}

export interface RetrievalEngine {
  /** Adds or replaces documents; the compound lexicon learns their words first. */
  addDocuments(docs: readonly KnowledgeDocument[]): void;
  removeDocument(docId: string): boolean;
  answer(question: string): RetrievalResult;
  /** Ranked passages for a search box, each with its best quote. */
  passages(query: string, limit: number): RetrievedPassage[];
  readonly stats: { documents: number; sections: number; terms: number };
}

interface PreparedPosition {
  /** What the position needs to count as covered (idf of what the user asked for). */
  readonly need: number;
  /** Term ids of the position (-1: unknown to the collection) and their weight x idf. */
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

interface PreparedQuery {
  readonly expanded: ExpandedQuery;
  readonly positions: readonly PreparedPosition[];
  readonly total: number;
  /** Ids of the query's strong terms (weight >= strongTermWeight), for heading matches. */
  readonly queryIds: ReadonlySet<number>;
  /** Neighbouring question words as id pairs [a0, b0, a1, b1, ...]. */
  readonly pairs: Int32Array;
  /** The question's words, normalised and space-separated with a space at each end. */
  readonly words: string;
}

/** Calibrated on the blind dev questions (see the threshold sweep of `npm run eval -- --dev-only`). */
export const DEFAULT_THRESHOLD = 0.35;

/**
 * The ranking's tuning values in one place, in the spirit of MiniSearch's BM25Params. Each was set
 * on the own and blind dev questions; `npm run eval -- --sweep <name>=<v1,v2,...>` prints the dev
 * figures for other values (never the sealed set). Scores multiply, so a "boost" of 0.3 means up to
 * 30 % more, and a "share" is a fraction of the top candidate's value.
 */
export interface RankingParams {
  /** How much a word the collection does not know counts against coverage, relative to its rarest word. */
  readonly unknownWordShare: number;
  /** Least need a question position has, so a very common word still counts a little. */
  readonly minPositionNeed: number;
  /** Expanded terms at or above this weight count as the question's own words (heading matches). */
  readonly strongTermWeight: number;
  /** Candidates the BM25F index hands to the rerank for an answer. */
  readonly candidatePool: number;
  /** Reranked candidates kept for an answer (citations, follow-ups and closest topics come from them). */
  readonly rerankedHits: number;
  /** Candidates whose headings are offered as closest topics when the engine abstains. */
  readonly closestTopicHits: number;
  /** Extra candidates fetched beyond the limit for the search box (`passages`). */
  readonly searchExtraCandidates: number;
  /** Confidence = coverage x (base + (1 - base) x dominance of the top hit over the second). */
  readonly confidenceBase: number;
  /** Most passages an answer quotes. */
  readonly maxCitations: number;
  /** Most sentences in one quote (a list is quoted whole). */
  readonly maxUnits: number;
  /** Share of rerank coverage that comes from the best single sentence rather than the whole section. */
  readonly passageShare: number;
  /** Rerank factor at zero coverage: score x (floor + (1 - floor) x coverage). */
  readonly coverageFloor: number;
  /** Rerank boost when every pair of neighbouring question words stands side by side in the text. */
  readonly proximityBoost: number;
  /** Rerank boost for a section whose own heading the question quotes word for word. */
  readonly headingQuoteBoost: number;
  /** Rerank boost when the question names every word of the section's own heading ... */
  readonly headingMatchBoost: number;
  /** ... raised to this power of the share named, so a partial match counts much less. */
  readonly headingMatchExponent: number;
  /** Rerank factor for a document's first (overview) section. */
  readonly overviewBoost: number;
  /** How much a sentence of the answer's type (a year for "hvornår") gains when choosing the quote. */
  readonly typeBoost: number;
  /** Base of a typed sentence's score: typed x (base + its own coverage). */
  readonly typedUnitBase: number;
  /** A runner-up section close enough to the top one to give the typed sentence ("hvornår" -> a year). */
  readonly runnerUpShare: number;
  /** A list item's sentence score factor when choosing the quote (a lead-in wins over one item). */
  readonly listItemFactor: number;
  /** A list lead-in's sentence score factor ("Det gør vi ved at:"). */
  readonly listLeadFactor: number;
  /** A following sentence joins the quote when it scores this share of the best one ... */
  readonly continuationShare: number;
  /** ... or at least this much. */
  readonly continuationFloor: number;
  /** A second place in the top section gets its own quote when it scores this share of the first. */
  readonly secondPassageShare: number;
  /** Further sections are cited only when their score is this share of the top one ... */
  readonly extraCitationScoreShare: number;
  /** ... and they cover this share of what the top section covers. */
  readonly extraCitationCoverageShare: number;
}

export const RANKING_PARAMS: RankingParams = Object.freeze({
  unknownWordShare: 0.45,
  minPositionNeed: 0.05,
  strongTermWeight: 0.8,
  candidatePool: 20,
  rerankedHits: 8,
  closestTopicHits: 5,
  searchExtraCandidates: 10,
  confidenceBase: 0.85,
  maxCitations: 3,
  maxUnits: 3,
  passageShare: 0.5,
  coverageFloor: 0.4,
  proximityBoost: 0.3,
  headingQuoteBoost: 0.5,
  headingMatchBoost: 0.35,
  headingMatchExponent: 3,
  overviewBoost: 1.1,
  typeBoost: 0.6,
  typedUnitBase: 0.5,
  runnerUpShare: 0.6,
  listItemFactor: 0.8,
  listLeadFactor: 1.05,
  continuationShare: 0.75,
  continuationFloor: 0.3,
  secondPassageShare: 0.9,
  extraCitationScoreShare: 0.8,
  extraCitationCoverageShare: 0.6,
});

/** Names of the ranking parameters, for the eval's sweep. */
export const RANKING_PARAM_NAMES = Object.keys(RANKING_PARAMS) as (keyof RankingParams)[];

/** Most search results remembered between index changes (pathway citations repeat a few queries). */
const PASSAGE_MEMO_SIZE = 64;
const ANAPHORA = /^(dette|det|den|denne|disse|de|her|derfor|herunder|heraf|temaerne)\b/i;

export function createRetrievalEngine(options: RetrievalEngineOptions): RetrievalEngine {
  const analyzer: Analyzer = createAnalyzer();
  const resourceText = [
    ...options.resources.synonyms.flat(),
    ...Object.values(options.resources.glossary),
    // Out-of-scope words are found inside compounds too ("juleferie" holds "ferie").
    ...options.resources.outOfScope,
    ...Object.values(options.resources.outOfScopeTopics ?? {}).flat(),
  ].join(' ');
  analyzer.splitter.addWords(lexiconWords(resourceText));
  const index: SearchIndex = createSearchIndex(analyzer);
  let expander: QueryExpander = createQueryExpander(analyzer, options.resources);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const rank: RankingParams = { ...RANKING_PARAMS, ...options.ranking };
  // Search results by query and limit; cleared whenever the index changes, so never stale.
  const passageMemo = new Map<string, readonly RetrievedPassage[]>();

  // Terms of each document's title: a content word of the request framing counts only when it
  // names a kind of document the collection has ("politikken", "strategien"), not "min leder".
  const titleTerms = new Map<string, ReadonlySet<string>>();
  function withFramingContext(q: ExpandedQuery): ExpandedQuery {
    if (q.context.length === 0) return q;
    const inSomeTitle = (term: string) => {
      for (const terms of titleTerms.values()) if (terms.has(term)) return true;
      return false;
    };
    const terms = q.terms.filter((t) => t.position >= 0 || inSomeTitle(t.term));
    return terms.length === q.terms.length ? q : { ...q, terms };
  }

  function addDocuments(docs: readonly KnowledgeDocument[]): void {
    passageMemo.clear();
    // One pass over the text: word ids of every unit (kept for indexing, so nothing is tokenised
    // twice) and the compound lexicon, which must be complete before any word is split.
    const scanned = index.scan(docs);
    const before = analyzer.splitter.size;
    analyzer.splitter.addWords(scanned.lexicon);
    if (analyzer.splitter.size !== before) expander = createQueryExpander(analyzer, options.resources);
    for (const d of docs) {
      index.addDocument(d, scanned);
      titleTerms.set(d.meta.id, new Set(analyzer.analyse(d.meta.title).map((t) => t.term)));
    }
    // Posting lists are part of the build, not of the first question.
    index.finalize();
  }

  /**
   * A question prepared once for scoring: per position, what it needs (idf of its primary term;
   * unknown words count as rare) and its terms as ids with weight x idf. Coverage is then a few
   * loops over typed arrays, with no lookups by string.
   */
  function prepare(q: ExpandedQuery): PreparedQuery {
    const positions: PreparedPosition[] = [];
    let total = 0;
    for (const terms of q.positions.values()) {
      // What the user asked for: the rarest known full word; else the best known variant
      // (compound part, synonym, spelling fix); a word the collection does not know counts as rare.
      let need = 0;
      let bestKnownWeight = -1;
      let bestKnownIdf = 0;
      const ids = new Int32Array(terms.length);
      const weights = new Float64Array(terms.length);
      terms.forEach((t, i) => {
        const id = index.termId(t.term);
        ids[i] = id;
        if (id < 0) return;
        const idf = index.idfOf(id);
        weights[i] = t.weight * idf;
        if (t.weight >= 1) need = Math.max(need, idf);
        if (t.weight > bestKnownWeight) {
          bestKnownWeight = t.weight;
          bestKnownIdf = idf;
        }
      });
      if (need === 0) need = bestKnownWeight >= 0 ? bestKnownIdf : rank.unknownWordShare * index.maxIdf;
      // A compound whose head the collection does not know ("elevsamtaler": "elev" known, "samtale"
      // not) asks about something else than its known modifier: it counts as an unknown word.
      if (bestKnownWeight >= 0 && bestKnownWeight <= COMPOUND_PART_WEIGHT) {
        let head: string | undefined;
        for (const t of terms) if (t.weight === COMPOUND_PART_WEIGHT) head = t.term;
        if (head !== undefined && index.termId(head) < 0)
          need = Math.max(need, rank.unknownWordShare * index.maxIdf);
      }
      need = Math.max(need, rank.minPositionNeed);
      total += need;
      positions.push({ need, ids, weights });
    }
    // Neighbouring words of the question (primary terms of consecutive positions), for proximity.
    const order = [...q.positions.entries()].sort((a, b) => a[0] - b[0]);
    const pairs: number[] = [];
    let previous = -1;
    for (const [, terms] of order) {
      const primary = terms.find((t) => t.weight >= 1);
      const id = primary ? index.termId(primary.term) : -1;
      if (previous >= 0 && id >= 0) pairs.push(previous, id);
      previous = id;
    }
    const queryIds = new Set<number>();
    for (const t of q.terms) {
      if (t.weight < rank.strongTermWeight) continue;
      const id = index.termId(t.term);
      if (id >= 0) queryIds.add(id);
    }
    return {
      expanded: q,
      positions,
      total,
      queryIds,
      pairs: Int32Array.from(pairs),
      words: ` ${plainWords(q.text)} `,
    };
  }

  /** Share of the question's need the section covers (heading, title or any one unit). */
  function sectionCoverage(p: PreparedQuery, rec: IndexedSection): number {
    if (p.total === 0) return 0;
    let got = 0;
    for (const pos of p.positions) {
      let best = 0;
      for (let i = 0; i < pos.ids.length; i++) {
        const id = pos.ids[i];
        if (id < 0) continue;
        const at = findId(rec.termIds, id);
        if (at < 0) continue;
        const v = pos.weights[i] * rec.presence[at];
        if (v > best) best = v;
      }
      got += Math.min(pos.need, best);
    }
    return got / p.total;
  }

  /** Share of the question's need one unit (sentence or list item) covers on its own. */
  function unitScore(rec: IndexedSection, u: number, p: PreparedQuery): number {
    if (p.total === 0) return 0;
    const from = rec.unitStart[u];
    const to = rec.unitStart[u + 1];
    let got = 0;
    for (const pos of p.positions) {
      let best = 0;
      for (let i = 0; i < pos.ids.length; i++) {
        const id = pos.ids[i];
        if (id >= 0 && pos.weights[i] > best && findId(rec.unitIds, id, from, to) >= 0) best = pos.weights[i];
      }
      got += Math.min(pos.need, best);
    }
    return got / p.total;
  }

  /**
   * Share of the question's need that one place answers: the best single unit, read together with
   * the section's heading path and title (a sentence is read under its headings). Evidence spread
   * thinly over a long section counts less than a sentence that holds the question's words.
   */
  function passageCoverage(rec: IndexedSection, p: PreparedQuery): number {
    if (p.total === 0) return 0;
    const units = rec.unitStart.length - 1;
    let best = 0;
    for (let u = 0; u < Math.max(units, 1); u++) {
      const from = units > 0 ? rec.unitStart[u] : 0;
      const to = units > 0 ? rec.unitStart[u + 1] : 0;
      let got = 0;
      for (const pos of p.positions) {
        let b = 0;
        for (let i = 0; i < pos.ids.length; i++) {
          const id = pos.ids[i];
          if (id < 0) continue;
          const w = pos.weights[i];
          if (w <= b) continue;
          if (from < to && findId(rec.unitIds, id, from, to) >= 0) b = w;
          else {
            const at = findId(rec.headingIds, id);
            if (at >= 0 && w * rec.headingPresence[at] > b) b = w * rec.headingPresence[at];
          }
        }
        got += Math.min(pos.need, b);
      }
      if (got > best) best = got;
    }
    return best / p.total;
  }

  /** Share of the question's neighbouring word pairs that stand side by side in the section body. */
  function proximity(rec: IndexedSection, p: PreparedQuery): number {
    const pairs = p.pairs;
    if (pairs.length === 0) return 0;
    const seq = rec.sequence;
    let found = 0;
    for (let k = 0; k < pairs.length; k += 2) {
      const a = pairs[k];
      const b = pairs[k + 1];
      for (let i = 0; i + 1 < seq.length; i++) {
        if (seq[i] === a && seq[i + 1] === b) {
          found++;
          break;
        }
      }
    }
    return found / (pairs.length / 2);
  }

  /** Picks a contiguous window of units that answers best, with list continuations. */
  function pickUnits(
    rec: IndexedSection,
    q: PreparedQuery,
    type?: AnswerType,
  ): { from: number; to: number; score: number } {
    const units = rec.section.units;
    let best = 0;
    let bestScore = -1;
    units.forEach((u, i) => {
      let s = unitScore(rec, i, q);
      if (u.listItem) s *= rank.listItemFactor;
      if (u.listLead) s *= rank.listLeadFactor;
      if (type && s > 0)
        s *= 1 + rank.typeBoost * answerTypeScore(type, rec.section.body.slice(u.start, u.end));
      if (s > bestScore + 1e-9) {
        bestScore = s;
        best = i;
      }
    });
    let from = best;
    let to = best;
    if (units[best].listItem) {
      while (from > 0 && units[from - 1].listItem) from--;
      if (from > 0 && units[from - 1].listLead) from--;
      else from = best;
    }
    const text = (u: Unit) => rec.section.body.slice(u.start, u.end);
    if (
      from > 0 &&
      !units[from - 1].listItem &&
      ANAPHORA.test(text(units[from])) &&
      unitScore(rec, from - 1, q) > 0
    )
      from--;
    // A short paragraph is quoted whole: its sentences lean on each other.
    const paragraph = paragraphAround(rec, best);
    if (!units[best].listItem && paragraph.to - paragraph.from + 1 <= rank.maxUnits && bestScore > 0) {
      from = Math.min(from, paragraph.from);
      to = Math.max(to, paragraph.to);
    }
    let sentences = to - from + 1;
    while (to + 1 < units.length) {
      const next = units[to + 1];
      if (units[to].listLead || (units[to].listItem && next.listItem)) {
        to++;
        continue;
      }
      if (units[to].listItem) break;
      if (sentences >= rank.maxUnits) break;
      const nextScore = unitScore(rec, to + 1, q);
      if (
        next.listLead ||
        ANAPHORA.test(text(next)) ||
        nextScore >= Math.max(rank.continuationShare * bestScore, rank.continuationFloor)
      ) {
        to++;
        sentences++;
        continue;
      }
      break;
    }
    // A question matched only through the heading: quote the opening of the section.
    if (bestScore <= 0) {
      from = 0;
      to = Math.min(units.length - 1, 1);
      if (units[to].listLead) while (to + 1 < units.length && units[to + 1].listItem) to++;
    }
    return { from, to, score: Math.max(bestScore, 0) };
  }

  /** The section's opening: its first paragraph (at most rank.maxUnits sentences) or its first list. */
  function openingOf(rec: IndexedSection): { from: number; to: number; score: number } {
    const units = rec.section.units;
    let to = Math.min(paragraphAround(rec, 0).to, rank.maxUnits - 1);
    if (units[to].listLead) while (to + 1 < units.length && units[to + 1].listItem) to++;
    return { from: 0, to, score: 1 };
  }

  /** Units of the paragraph (text lines not broken by a newline) holding unit `u`. */
  function paragraphAround(rec: IndexedSection, u: number): { from: number; to: number } {
    const units = rec.section.units;
    const body = rec.section.body;
    const joined = (a: number, b: number) =>
      !units[a].listItem && !units[b].listItem && !body.slice(units[a].end, units[b].start).includes('\n');
    let from = u;
    let to = u;
    while (from > 0 && joined(from - 1, from)) from--;
    while (to + 1 < units.length && joined(to, to + 1)) to++;
    return { from, to };
  }

  /**
   * The unit of a section that best has the answer's type (the year for "hvornår", the named laws
   * for "hvilke love"), preferring one that also holds the question's words; -1 when none has it.
   */
  function typedUnit(rec: IndexedSection, q: PreparedQuery, type: AnswerType): number {
    let best = -1;
    let bestScore = 0;
    rec.section.units.forEach((u, i) => {
      const typed = answerTypeScore(type, rec.section.body.slice(u.start, u.end));
      if (typed === 0) return;
      const s = typed * (rank.typedUnitBase + unitScore(rec, i, q));
      if (s > bestScore + 1e-9) {
        bestScore = s;
        best = i;
      }
    });
    return best;
  }

  function passageOf(
    rec: IndexedSection,
    q: PreparedQuery,
    score: number,
    window?: { from: number; to: number },
  ): RetrievedPassage {
    const { from, to } = window ?? pickUnits(rec, q);
    const units = rec.section.units;
    const body = rec.section.body;
    const quote = body.slice(units[from].start, units[to].end);
    const display = units
      .slice(from, to + 1)
      .map((u) => {
        const t = body.slice(u.start, u.end);
        return u.listItem ? `\n- ${t.replace(/^\s*(?:[•●▪◦‣*\-–]|\d{1,2}[.)])\s+/, '')}` : ` ${t}`;
      })
      .join('')
      .trim();
    return {
      sectionId: rec.section.id,
      docId: rec.meta.id,
      title: rec.meta.title,
      section: rec.section.headingPath.join(' > '),
      quote,
      display,
      source: rec.meta.source,
      kind: rec.meta.kind,
      ...(rec.meta.date ? { date: rec.meta.date } : {}),
      ...(rec.meta.authorRole ? { authorRole: rec.meta.authorRole } : {}),
      coverage: sectionCoverage(q, rec),
      score,
    };
  }

  function label(rec: IndexedSection): string {
    const path = rec.section.headingPath;
    return path[path.length - 1] ?? rec.meta.title;
  }

  function answer(question: string): RetrievalResult {
    const q = withFramingContext(expander.expand(question, index));
    if (q.positions.size === 0)
      return { kind: 'noAnswer', reason: 'noMatch', confidence: 0, closestTopics: [] };
    const prepared = prepare(q);
    const hits = rerank(prepared, index.search(q.terms, rank.candidatePool)).slice(0, rank.rerankedHits);
    const closestTopics = [
      ...new Set(hits.slice(0, rank.closestTopicHits).map((h) => label(index.section(h.index)))),
    ].slice(0, 3);
    // Out-of-scope words (pay, holidays, another municipality ...) abstain unless the section found
    // is itself about them: a word the documents only share by chance does not make an answer.
    const holdsOutOfScopeWords = (rec: IndexedSection | undefined) =>
      rec !== undefined &&
      q.outOfScopeHits.every((h) =>
        h.terms.every((term) => {
          // As a word of its own: "ferie" inside "sommerferien" is a date, not a holiday policy.
          const id = index.termId(term);
          const at = id >= 0 ? findId(rec.termIds, id) : -1;
          return at >= 0 && rec.presence[at] >= 1;
        }),
      );
    const top0 = hits.length > 0 ? index.section(hits[0].index) : undefined;
    const outOfScope = holdsOutOfScopeWords(top0) ? undefined : q.outOfScopeHits[0];
    if (outOfScope) {
      return {
        kind: 'noAnswer',
        reason: 'outOfScope',
        confidence: 0,
        closestTopics,
        topic: outOfScope.topic,
      };
    }
    if (hits.length === 0) {
      return { kind: 'noAnswer', reason: 'noMatch', confidence: 0, closestTopics };
    }
    const top = index.section(hits[0].index);
    const coverage = sectionCoverage(prepared, top);
    const second = hits[1]?.score ?? 0;
    const dominance = hits[0].score > 0 ? (hits[0].score - second) / hits[0].score : 0;
    const confidence = clamp01(coverage * (rank.confidenceBase + (1 - rank.confidenceBase) * dominance));
    if (confidence < threshold) return { kind: 'noAnswer', reason: 'noMatch', confidence, closestTopics };
    // An exact figure or the steps of a method must be written out; a mention is not an answer.
    const demand = detectDemand(question);
    if (demand) {
      const close = hits.slice(0, 3).filter((h) => h.score >= rank.runnerUpShare * hits[0].score);
      const met = close.some((h) => {
        const rec = index.section(h.index);
        return meetsDemand(
          demand,
          rec.section.units.map((u) => ({
            text: rec.section.body.slice(u.start, u.end),
            listItem: u.listItem,
          })),
        );
      });
      if (!met) return { kind: 'noAnswer', reason: 'noMatch', confidence, closestTopics };
    }

    const type = detectAnswerType(question);
    const ownHeading = top.section.headingPath[top.section.headingPath.length - 1] ?? '';
    // Under a heading that announces the answer ("Formål med politikken"), the opening paragraph
    // is the answer, whichever sentence repeats the question's words.
    const first =
      type && top.section.units.length > 0 && headingAnnounces(type, ownHeading)
        ? openingOf(top)
        : pickUnits(top, prepared, type);
    const passages: RetrievedPassage[] = [passageOf(top, prepared, hits[0].score, first)];
    // The sentence that answers the question's type goes first when the focus sentence lacks it;
    // when the top section has none, a close runner-up that holds the question's words may.
    if (type) {
      let windowHasType = false;
      for (let i = first.from; i <= first.to; i++) {
        const u = top.section.units[i];
        if (answerTypeScore(type, top.section.body.slice(u.start, u.end)) >= 1) windowHasType = true;
      }
      const candidates = windowHasType ? [] : hits.slice(0, 3);
      for (const h of candidates) {
        if (h.score < rank.runnerUpShare * hits[0].score) break;
        const rec = index.section(h.index);
        const typed = typedUnit(rec, prepared, type);
        if (typed < 0) continue;
        if (rec !== top && unitScore(rec, typed, prepared) === 0) continue;
        if (rec === top && typed >= first.from && typed <= first.to) break;
        const paragraph = rec.section.units[typed].listItem
          ? { from: typed, to: typed }
          : paragraphAround(rec, typed);
        const overlaps = rec === top && paragraph.from <= first.to && paragraph.to >= first.from;
        const window =
          paragraph.to - paragraph.from + 1 <= rank.maxUnits && !overlaps
            ? paragraph
            : { from: typed, to: typed };
        // From the top section it goes first; a runner-up's stays behind the top section's quote.
        if (rec === top) passages.unshift(passageOf(rec, prepared, h.score, window));
        else passages.push(passageOf(rec, prepared, h.score, window));
        break;
      }
    }
    // A second, equally good passage elsewhere in the same section gets its own quote.
    const other = top.section.units.findIndex(
      (u, i) =>
        (i < first.from || i > first.to) &&
        !u.listItem &&
        unitScore(top, i, prepared) >= rank.secondPassageShare * first.score &&
        first.score > 0,
    );
    if (other >= 0) {
      let to = other;
      while (
        to + 1 < top.section.units.length &&
        (top.section.units[to].listLead ||
          ANAPHORA.test(
            top.section.body.slice(top.section.units[to + 1].start, top.section.units[to + 1].end),
          )) &&
        to - other < rank.maxUnits
      )
        to++;
      if (top.section.units[to].listLead)
        while (to + 1 < top.section.units.length && top.section.units[to + 1].listItem) to++;
      const second = passageOf(top, prepared, hits[0].score, { from: other, to });
      if (!passages.some((x) => similar(x.quote, second.quote))) passages.push(second);
    }
    for (const h of hits.slice(1)) {
      if (passages.length >= rank.maxCitations) break;
      if (h.score < rank.extraCitationScoreShare * hits[0].score) break;
      const rec = index.section(h.index);
      // A question about pay answered by a staff policy is not also answered by a section that lacks the word.
      if (q.outOfScopeHits.length > 0 && !holdsOutOfScopeWords(rec)) continue;
      const p = passageOf(rec, prepared, h.score);
      if (p.coverage < rank.extraCitationCoverageShare * coverage) continue;
      if (passages.some((x) => similar(x.quote, p.quote))) continue;
      passages.push(p);
    }
    return {
      kind: 'answer',
      confidence,
      passages,
      followUps: followUps(
        hits[0].index,
        hits.map((h) => h.index),
      ),
    };
  }

  function followUps(topIndex: number, ranked: readonly number[]): string[] {
    const top = index.section(topIndex);
    const topLabel = label(top);
    const siblings = index.sectionsOf(top.meta.id);
    const at = siblings.indexOf(topIndex);
    const candidates = [siblings[at + 1], siblings[at - 1], ...ranked.slice(1)].filter(
      (i): i is number => i !== undefined,
    );
    const out: string[] = [];
    for (const i of candidates) {
      const l = label(index.section(i));
      if (l !== topLabel && !out.includes(l)) out.push(l);
      if (out.length >= 3) break;
    }
    return out;
  }

  /**
   * Reorders the BM25F candidates with evidence a bag of words cannot see: the question names the
   * section's own heading ("Herningmodel Skole"); one sentence (read under its headings) holds the
   * question's words, rather than words scattered over a long section; and neighbouring words of
   * the question stand side by side in the text ("meningsfulde fællesskaber").
   */
  // Own headings as plain words, per section, computed once (rerank reads them for every hit).
  const headingWords = new WeakMap<IndexedSection, string>();
  function rerank(q: PreparedQuery, hits: readonly ScoredSection[]): ScoredSection[] {
    const out = hits.map((h) => {
      const rec = index.section(h.index);
      const heading = rec.ownHeadingIds;
      let named = 0;
      for (let i = 0; i < heading.length; i++) if (q.queryIds.has(heading[i])) named++;
      const matched = heading.length === 0 ? 0 : named / heading.length;
      const coverage =
        (1 - rank.passageShare) * sectionCoverage(q, rec) + rank.passageShare * passageCoverage(rec, q);
      const overview = rec.section.order === 0 ? rank.overviewBoost : 1;
      const near = 1 + rank.proximityBoost * proximity(rec, q);
      // A question that quotes a heading word for word, stop words and all ("hvem har været med").
      let own = headingWords.get(rec);
      if (own === undefined) {
        own = plainWords(rec.section.headingPath[rec.section.headingPath.length - 1] ?? '');
        headingWords.set(rec, own);
      }
      const quotesHeading =
        own.includes(' ') && q.words.includes(` ${own} `) ? 1 + rank.headingQuoteBoost : 1;
      return {
        index: h.index,
        score:
          h.score *
          (1 + rank.headingMatchBoost * matched ** rank.headingMatchExponent) *
          (rank.coverageFloor + (1 - rank.coverageFloor) * coverage) *
          overview *
          near *
          quotesHeading,
      };
    });
    return out.sort((a, b) => b.score - a.score || a.index - b.index);
  }

  function search(query: string, limit: number): RetrievedPassage[] {
    const q = withFramingContext(expander.expand(query, index));
    if (q.positions.size === 0) return [];
    const prepared = prepare(q);
    return rerank(prepared, index.search(q.terms, Math.max(limit, 1) + rank.searchExtraCandidates))
      .slice(0, Math.max(limit, 1))
      .map((h) => passageOf(index.section(h.index), prepared, h.score))
      .filter((p) => p.coverage > 0);
  }

  /** The same query gives the same passages until the index changes (pathway citations repeat). */
  function passages(query: string, limit: number): RetrievedPassage[] {
    const key = `${limit}\u0000${query}`;
    let found = passageMemo.get(key);
    if (found === undefined) {
      found = search(query, limit);
      if (passageMemo.size >= PASSAGE_MEMO_SIZE) passageMemo.clear();
      passageMemo.set(key, found);
    }
    return [...found];
  }

  return {
    addDocuments,
    removeDocument: (id) => {
      passageMemo.clear();
      titleTerms.delete(id);
      const removed = index.removeDocument(id);
      index.finalize();
      return removed;
    },
    answer,
    passages,
    get stats() {
      return index.stats;
    },
  };
}

function plainWords(text: string): string {
  return normalise(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));
}

function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  return x === y || x.includes(y) || y.includes(x);
}
