import { COMPOUND_PART_WEIGHT, normalise } from '../text/analyzer';
import { stem } from '../text/stem';
import { QUESTION_FILLER_WORDS } from '../text/stopWords';
import { detectAnswerType } from './answerType';
import type { ExpandedQuery } from './expansion';
import type { RankingParams } from './rankingParams';
import { findId, type IndexedSection, type QueryTerm, type SearchIndex } from './searchIndex';

/** How much of a question a section, a unit or a place covers: the scoring the engine reranks by. */

export interface PreparedPosition {
  /** What the position needs to count as covered (idf of what the user asked for). */
  readonly need: number;
  /** Term ids of the position (-1: unknown to the collection) and their weight x idf. */
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export interface PreparedQuery {
  readonly expanded: ExpandedQuery;
  readonly positions: readonly PreparedPosition[];
  readonly total: number;
  /**
   * Words that name a topic the collection does not have: compounds with an unknown part
   * ("forældresamtale") and long unknown words ("lektiehjælp"). A short unknown word is as often
   * a common verb the documents happen not to use ("kaldes", "trådte").
   */
  readonly unknownPositions: number;
  /** Ids of the query's strong terms (weight >= strongTermWeight), for heading matches. */
  readonly queryIds: ReadonlySet<number>;
  /** Neighbouring question words as id pairs [a0, b0, a1, b1, ...]. */
  readonly pairs: Int32Array;
  /** The question's words, normalised and space-separated with a space at each end. */
  readonly words: string;
}

/** Stems of the filler words, as the analyzer hands them out. */
const FILLER_STEMS: ReadonlySet<string> = new Set([...QUESTION_FILLER_WORDS].map((w) => stem(w)));
/** A filler word's weight in the search: it may still find a heading that holds it, but less. */
const FILLER_SEARCH_WEIGHT = 0.3;

/**
 * The question's terms for the BM25F search, filler words ("kun", "vores") weighed down: a section
 * that only shares a filler word with the question is not what it asks about.
 */
export function searchTerms(q: ExpandedQuery): readonly QueryTerm[] {
  if (!q.terms.some((t) => FILLER_STEMS.has(t.term))) return q.terms;
  return q.terms.map((t) =>
    FILLER_STEMS.has(t.term) ? { ...t, weight: t.weight * FILLER_SEARCH_WEIGHT } : t,
  );
}

/**
 * In a question about what a written thing must hold ("hvad skal jeg skrive i en underretning",
 * "what should I put in a referral"), the verbs of writing say what kind of answer is wanted: the
 * thing written is the topic, not a section that happens to say "skriv".
 */
const WRITING_STEMS: ReadonlySet<string> = new Set(
  'skrive skriver skrev skrevet write writes written put go goes'.split(' ').map((w) => stem(w)),
);

/**
 * A question prepared once for scoring: per position, what it needs (idf of its primary term;
 * unknown words count as rare) and its terms as ids with weight x idf. Coverage is then a few
 * loops over typed arrays, with no lookups by string.
 */
export function prepareQuery(index: SearchIndex, rank: RankingParams, q: ExpandedQuery): PreparedQuery {
  const positions: PreparedPosition[] = [];
  let total = 0;
  let unknownPositions = 0;
  const writing = detectAnswerType(q.text) === 'content' ? WRITING_STEMS : undefined;
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
    // A long word the collection does not know is mostly a compound naming a topic (lektiehjælp);
    // a short one is as often an everyday verb or adverb of the writer's own ("tror", "stadig").
    const primary = terms.find((t) => t.weight >= 1);
    const topicLength = primary !== undefined && primary.term.length >= rank.unknownTopicWordLength;
    // A filler word ("kun", "overhovedet", "still") is asked around the topic, not about it.
    // An example the question gives ("fx uro i klassen") counts as little: the answer may name others.
    const example = q.exampleTerms;
    const filler =
      terms.length > 0 &&
      terms.every(
        (t) =>
          t.weight < 1 ||
          FILLER_STEMS.has(t.term) ||
          (example?.has(t.term) ?? false) ||
          (writing?.has(t.term) ?? false),
      );
    if (filler) {
      total += rank.minPositionNeed;
      positions.push({ need: rank.minPositionNeed, ids, weights });
      continue;
    }
    if (bestKnownWeight < 0 && topicLength) unknownPositions++;
    if (need === 0)
      need =
        bestKnownWeight >= 0
          ? bestKnownIdf
          : (topicLength ? rank.unknownWordShare : rank.shortUnknownWordShare) * index.maxIdf;
    // A compound with a part the collection does not know asks about something else than its
    // known part: "elevsamtaler" ("samtale" unknown) is not about "elev", and "lektiehjælp"
    // ("lektie" unknown) is not about help in general. It counts as an unknown word.
    if (bestKnownWeight >= 0 && bestKnownWeight <= COMPOUND_PART_WEIGHT) {
      let partUnknown = false;
      for (const t of terms)
        if (t.weight === COMPOUND_PART_WEIGHT && index.termId(t.term) < 0) partUnknown = true;
      if (partUnknown) {
        need = Math.max(need, rank.unknownWordShare * index.maxIdf);
        unknownPositions++;
      }
    }
    need = Math.max(need, rank.minPositionNeed);
    total += need;
    positions.push({ need, ids, weights });
  }
  return {
    expanded: q,
    positions,
    total,
    unknownPositions,
    queryIds: strongQueryIds(index, rank, q),
    pairs: neighbourPairs(index, q),
    words: ` ${plainWords(q.text)} `,
  };
}

/** Neighbouring words of the question (primary terms of consecutive positions), for proximity. */
function neighbourPairs(index: SearchIndex, q: ExpandedQuery): Int32Array {
  const order = [...q.positions.entries()].sort((a, b) => a[0] - b[0]);
  const pairs: number[] = [];
  let previous = -1;
  for (const [, terms] of order) {
    const primary = terms.find((t) => t.weight >= 1);
    const id = primary ? index.termId(primary.term) : -1;
    if (previous >= 0 && id >= 0) pairs.push(previous, id);
    previous = id;
  }
  return Int32Array.from(pairs);
}

/** Ids of the question's terms weighty enough to count when a unit is read for them. */
function strongQueryIds(index: SearchIndex, rank: RankingParams, q: ExpandedQuery): Set<number> {
  const queryIds = new Set<number>();
  for (const t of q.terms) {
    if (t.weight < rank.strongTermWeight) continue;
    const id = index.termId(t.term);
    if (id >= 0) queryIds.add(id);
  }
  return queryIds;
}

/** Share of the words of the section's own heading that the question names (0 without a heading). */
export function ownHeadingNamedShare(p: PreparedQuery, rec: IndexedSection): number {
  const heading = rec.ownHeadingIds;
  let named = 0;
  for (let i = 0; i < heading.length; i++) if (p.queryIds.has(heading[i])) named++;
  return heading.length === 0 ? 0 : named / heading.length;
}

/** Share of the question's need the section covers (heading, title or any one unit). */
export function sectionCoverage(p: PreparedQuery, rec: IndexedSection): number {
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

/**
 * How many of the question's words the section holds on their own account: positions whose need is
 * at least `minNeed` (a word the collection uses rarely enough to name a topic) and that the section
 * covers by at least `minShare` of it (the word, a synonym or another word class; a part of a
 * compound, "model" of "LP-modellen" in "Herningmodellen", is not the word). Several such words agreeing on one section is evidence of its topic that a
 * share of a long question cannot show: a question told with a story around it covers little of its
 * own need, yet its topic words all land in the section that answers it.
 */
export function corroboratingPositions(
  p: PreparedQuery,
  rec: IndexedSection,
  minNeed: number,
  minShare: number,
): number {
  let count = 0;
  for (const pos of p.positions) {
    if (pos.need < minNeed) continue;
    let best = 0;
    for (let i = 0; i < pos.ids.length; i++) {
      const id = pos.ids[i];
      if (id < 0) continue;
      const at = findId(rec.termIds, id);
      if (at >= 0) best = Math.max(best, pos.weights[i] * rec.presence[at]);
    }
    if (best >= minShare * pos.need) count++;
  }
  return count;
}

/** Whether one of the position's terms (the word, a synonym, another word class) is among `ids` (sorted). */
export function positionNamedIn(ids: Int32Array, pos: PreparedPosition): boolean {
  for (let i = 0; i < pos.ids.length; i++) if (pos.ids[i] >= 0 && findId(ids, pos.ids[i]) >= 0) return true;
  return false;
}

/** Share of the question's need one unit (sentence or list item) covers on its own. */
export function unitScore(
  rec: IndexedSection,
  u: number,
  p: PreparedQuery,
  granted?: (pos: PreparedPosition) => boolean,
): number {
  if (p.total === 0) return 0;
  const from = rec.unitStart[u];
  const to = rec.unitStart[u + 1];
  let got = 0;
  for (const pos of p.positions) {
    // A position the sentence answers by its kind ("lov" in a sentence naming "Forvaltningsloven").
    if (granted?.(pos)) {
      got += pos.need;
      continue;
    }
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
export function passageCoverage(rec: IndexedSection, p: PreparedQuery): number {
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

/** The text's words only, lower-cased and single-spaced. */
export function plainWords(text: string): string {
  return normalise(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
