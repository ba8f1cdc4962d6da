import {
  answerTypeScore,
  asksForDetail,
  asksForNamedInstitutions,
  asksForYear,
  countedNoun,
  definedTerm,
  definesTerm,
  detectAnswerType,
  detectDemand,
  detectNamedMembers,
  headingAnnounces,
  holdsFigure,
  holdsYear,
  isEnumeration,
  meetsDemand,
  namesInstitution,
  namesMembers,
  quantifies,
} from './answerType';
import type { AnswerType } from './answerType';
import {
  passageCoverage,
  plainWords,
  prepareQuery,
  proximity,
  sectionCoverage,
  unitScore,
  type PreparedPosition,
  type PreparedQuery,
} from './coverage';
import type { RetrievalResult, RetrievedPassage } from './engine';
import type { ExpandedQuery } from './expansion';
import { ANAPHORA, openingOf, paragraphAround, passageOf, pickUnits, similar, typedUnit } from './quoting';
import type { RankingParams } from './rankingParams';
import { findId, type IndexedSection, type ScoredSection, type SearchIndex } from './searchIndex';
import { stem } from '../text/stem';

/** What answering reads: the index, the ranking values and the abstention threshold. */
export interface AnsweringState {
  readonly index: SearchIndex;
  readonly rank: RankingParams;
  readonly threshold: number;
  /** Own headings as plain words, per section, computed once (rerank reads them for every hit). */
  readonly headingWords: WeakMap<IndexedSection, string>;
  /**
   * Documents whose title names an out-of-scope area ("Fælles personalepolitik", "Handicappolitik
   * for voksne"): neighbouring policies loaded beside the Børn og Unge documents.
   */
  readonly neighbouringDocs?: ReadonlySet<string>;
}

/** Topic (config/synonyms.yaml outOfScope) of a plan or policy the collection does not hold. */
const OTHER_POLICY_TOPIC = 'otherPolicy';

type Window = { from: number; to: number; score: number };

function label(rec: IndexedSection): string {
  const path = rec.section.headingPath;
  return path[path.length - 1] ?? rec.meta.title;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));
}

/**
 * Reorders the BM25F candidates with evidence a bag of words cannot see: the question names the
 * section's own heading ("Herningmodel Skole"); one sentence (read under its headings) holds the
 * question's words, rather than words scattered over a long section; and neighbouring words of
 * the question stand side by side in the text ("meningsfulde fællesskaber").
 */
export function rerank(
  state: AnsweringState,
  q: PreparedQuery,
  hits: readonly ScoredSection[],
): ScoredSection[] {
  const { index, rank, headingWords } = state;
  const asked = definitionTerms(rank, q);
  const out = hits.map((h) => {
    const rec = index.section(h.index);
    const defines = asked !== undefined && definingUnit(rec, asked) >= 0 ? 1 + rank.definitionBoost : 1;
    const heading = rec.ownHeadingIds;
    let named = 0;
    for (let i = 0; i < heading.length; i++) if (q.queryIds.has(heading[i])) named++;
    const matched = heading.length === 0 ? 0 : named / heading.length;
    const coverage =
      (1 - rank.passageShare) * sectionCoverage(q, rec) + rank.passageShare * passageCoverage(rec, q);
    const overview = rec.section.order === 0 ? rank.overviewBoost : 1;
    const neighbouring = state.neighbouringDocs?.has(rec.meta.id) ? rank.neighbouringPolicyFactor : 1;
    const near = 1 + rank.proximityBoost * proximity(rec, q);
    // A question that quotes a heading word for word, stop words and all ("hvem har været med").
    let own = headingWords.get(rec);
    if (own === undefined) {
      own = plainWords(rec.section.headingPath[rec.section.headingPath.length - 1] ?? '');
      headingWords.set(rec, own);
    }
    const quotesHeading = own.includes(' ') && q.words.includes(` ${own} `) ? 1 + rank.headingQuoteBoost : 1;
    return {
      index: h.index,
      score:
        h.score *
        (1 + rank.headingMatchBoost * matched ** rank.headingMatchExponent) *
        (rank.coverageFloor + (1 - rank.coverageFloor) * coverage) *
        overview *
        neighbouring *
        near *
        quotesHeading *
        defines,
    };
  });
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}

/**
 * For a question that asks what a term is ("hvad er Herningmodellen", "what is the Herning
 * model"): the question's own terms (the glossary's translation for English), which the subject of
 * a defining sentence must be made of. Undefined for other questions.
 */
export function definitionTerms(rank: RankingParams, q: PreparedQuery): ReadonlySet<string> | undefined {
  const defined = definedTerm(q.expanded.text);
  if (defined === undefined) return undefined;
  // Only the defined term's own positions: "her på skolen" in the question does not make
  // "Herningmodel Skole er ..." a definition of Herningmodellen.
  const stems = new Set(defined.split(' ').map((w) => stem(w.replace(/-/gu, ''))));
  const asked = new Set<string>();
  for (const terms of q.expanded.positions.values()) {
    if (!terms.some((t) => stems.has(t.term))) continue;
    for (const t of terms) if (t.weight >= rank.strongTermWeight) asked.add(t.term);
  }
  return asked;
}

/** The first unit of a section that defines one of the asked terms ("X er ..."), or -1. */
export function definingUnit(rec: IndexedSection, asked: ReadonlySet<string>): number {
  const { units, body } = rec.section;
  return units.findIndex(
    (u) => !u.listItem && definesTerm(body.slice(u.start, u.end), asked, (w) => stem(w.replace(/-/gu, ''))),
  );
}

function followUps(index: SearchIndex, topIndex: number, ranked: readonly number[]): string[] {
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

/** A question ranked once: the prepared query, the reranked hits and what abstention needs. */
interface Ranked {
  readonly question: string;
  readonly q: ExpandedQuery;
  readonly prepared: PreparedQuery;
  readonly hits: readonly ScoredSection[];
  readonly closestTopics: readonly string[];
}

/**
 * Out-of-scope words (pay, holidays ...) are answered only by a section that is itself about them:
 * the word stands in its own heading ("Løn og ansættelse"), or, for a knowledge update (a manager's
 * post on closing days), anywhere as a word of its own. A policy that only shares the word in
 * passing, or a section of a neighbouring policy whose title names an out-of-scope area, is not the
 * Børn og Unge answer: the asker is pointed to who knows instead.
 */
function holdsOutOfScopeWords(state: AnsweringState, q: ExpandedQuery, rec: IndexedSection | undefined) {
  return (
    rec !== undefined &&
    // A neighbouring policy (staff, adult disability) is never the answer to a pay or housing question.
    !(state.neighbouringDocs?.has(rec.meta.id) ?? false) &&
    q.outOfScopeHits.every((h) =>
      h.terms.every((term) => {
        const id = state.index.termId(term);
        if (id < 0) return false;
        if (findId(rec.ownHeadingIds, id) >= 0) return true;
        // As a word of its own: "ferie" inside "sommerferien" is a date, not a holiday policy.
        const at = findId(rec.termIds, id);
        return rec.meta.kind === 'update' && at >= 0 && rec.presence[at] >= 1;
      }),
    )
  );
}

/** Words that ask for detail ("konkret", "nærmere"): how the question asks, never what it is about. */
const DETAIL_WORDS: ReadonlySet<string> = new Set(['konkret', 'konkrete', 'nærmere'].map((w) => stem(w)));

/** The known question word the collection uses least: what a question about details is about. */
function focusPosition(index: SearchIndex, p: PreparedQuery): PreparedPosition | undefined {
  const detailIds = new Set([...DETAIL_WORDS].map((t) => index.termId(t)));
  let best: PreparedPosition | undefined;
  for (const pos of p.positions) {
    if (!pos.ids.some((id) => id >= 0)) continue;
    if (pos.ids.every((id) => id < 0 || detailIds.has(id))) continue;
    if (best === undefined || pos.need > best.need) best = pos;
  }
  return best;
}

/**
 * Whether a section only names the focus among other things ("hviler på love og regler, FN's
 * Verdensmål og Salamanca-erklæringen", under a heading that lists them too): it says that the
 * policy rests on the declaration, not what the declaration says.
 */
function onlyMentions(rec: IndexedSection, focus: PreparedPosition): boolean {
  const holds = (ids: Int32Array, from?: number, to?: number) =>
    focus.ids.some((id) => id >= 0 && findId(ids, id, from, to) >= 0);
  const { headingPath, units, body } = rec.section;
  if (holds(rec.ownHeadingIds) && !isEnumeration(headingPath[headingPath.length - 1] ?? '')) return false;
  return units.every(
    (u, i) =>
      !holds(rec.unitIds, rec.unitStart[i], rec.unitStart[i + 1]) ||
      isEnumeration(body.slice(u.start, u.end)),
  );
}

/**
 * What the question asks the text to state outright, checked on the top section and close
 * runners-up: an exact figure or the steps of a method ("trin for trin"); the members of a counted
 * set ("hvad hedder de seks trin"); for "hvor mange", a figure in a sentence that holds the
 * question's words. A text that only mentions the topic does not answer them.
 */
function demandMet(state: AnsweringState, ranked: Ranked): boolean {
  const demand = detectDemand(ranked.question);
  const members = detectNamedMembers(ranked.question);
  const figure = detectAnswerType(ranked.question) === 'howMany';
  const counted = figure ? countedTerms(ranked.q) : undefined;
  const institutions = asksForNamedInstitutions(ranked.question);
  const year = asksForYear(ranked.question);
  // A procedure asked for step by step ("hvad gør jeg trin for trin, hvis ...") is answered by a
  // section about its focus as well as by a written list of steps.
  const wantsFocus = asksForDetail(ranked.question) || demand === 'steps';
  if (!demand && members === undefined && !figure && !wantsFocus && !institutions && !year) return true;
  const { hits, prepared } = ranked;
  // A neighbouring policy (climate, staff) that states such a detail states it for its own area.
  const close = hits
    .slice(0, 3)
    .filter(
      (h) =>
        h.score >= state.rank.runnerUpShare * hits[0].score &&
        !(state.neighbouringDocs?.has(state.index.section(h.index).meta.id) ?? false),
    );
  const focus = wantsFocus ? focusPosition(state.index, prepared) : undefined;
  return close.some((h) => {
    const rec = state.index.section(h.index);
    const focusInHeadings = focus?.ids.some((id) => id >= 0 && findId(rec.headingIds, id) >= 0) ?? false;
    if (focus && demand !== 'steps' && (!focusInHeadings || onlyMentions(rec, focus))) return false;
    const units = rec.section.units.map((u) => ({
      text: rec.section.body.slice(u.start, u.end),
      listItem: u.listItem,
    }));
    // Steps without a list: only a section whose own heading names the focus ("Akut fare").
    const focusInOwnHeading = focus?.ids.some((id) => id >= 0 && findId(rec.ownHeadingIds, id) >= 0) ?? false;
    if (demand && !meetsDemand(demand, units) && !(demand === 'steps' && focusInOwnHeading)) return false;
    if (members !== undefined && !namesMembers(units, members)) return false;
    if (institutions && !units.some((u) => namesInstitution(u.text))) return false;
    if (
      year &&
      !units.some(
        (u, i) => holdsYear(u.text) && unitScore(rec, i, prepared) >= state.rank.yearSentenceCoverage,
      )
    )
      return false;
    return (
      !figure ||
      units.some(
        (u, i) =>
          (counted ? quantifies(u.text, counted, termOf) : holdsFigure(u.text)) &&
          unitScore(rec, i, prepared) > 0,
      )
    );
  });
}

const termOf = (word: string) => stem(word);

/**
 * The terms of the thing a "hvor mange" question counts (the word, its synonyms and, for English,
 * its translation), or undefined when it asks for a measure or nothing counted.
 */
function countedTerms(q: ExpandedQuery): ReadonlySet<string> | undefined {
  const noun = countedNoun(q.text);
  if (noun === undefined) return undefined;
  const own = stem(noun);
  for (const terms of q.positions.values())
    if (terms.some((t) => t.term === own)) return new Set(terms.map((t) => t.term));
  return new Set([own]);
}

/**
 * The sentence that answers the question's type goes first when the focus sentence lacks it;
 * when the top section has none, a close runner-up that holds the question's words may.
 */
function addTypedPassage(
  state: AnsweringState,
  ranked: Ranked,
  type: AnswerType,
  first: Window,
  passages: RetrievedPassage[],
): void {
  const { index, rank } = state;
  const { hits, prepared } = ranked;
  const top = index.section(hits[0].index);
  let windowHasType = false;
  for (let i = first.from; i <= first.to; i++) {
    const u = top.section.units[i];
    if (answerTypeScore(type, top.section.body.slice(u.start, u.end)) >= 1) windowHasType = true;
  }
  const candidates = windowHasType ? [] : hits.slice(0, 3);
  for (const h of candidates) {
    if (h.score < rank.runnerUpShare * hits[0].score) break;
    const rec = index.section(h.index);
    const typed = typedUnit(rank, rec, prepared, type);
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
    if (rec === top) passages.unshift(passageOf(rank, rec, prepared, h.score, window));
    else passages.push(passageOf(rank, rec, prepared, h.score, window));
    break;
  }
}

/** A second, equally good passage elsewhere in the same section gets its own quote. */
function addSecondPassage(
  state: AnsweringState,
  ranked: Ranked,
  first: Window,
  passages: RetrievedPassage[],
) {
  const { rank } = state;
  const { hits, prepared } = ranked;
  const top = state.index.section(hits[0].index);
  const units = top.section.units;
  const other = units.findIndex(
    (u, i) =>
      (i < first.from || i > first.to) &&
      !u.listItem &&
      unitScore(top, i, prepared) >= rank.secondPassageShare * first.score &&
      first.score > 0,
  );
  if (other < 0) return;
  let to = other;
  while (
    to + 1 < units.length &&
    (units[to].listLead || ANAPHORA.test(top.section.body.slice(units[to + 1].start, units[to + 1].end))) &&
    to - other < rank.maxUnits
  )
    to++;
  if (units[to].listLead) while (to + 1 < units.length && units[to + 1].listItem) to++;
  const second = passageOf(rank, top, prepared, hits[0].score, { from: other, to });
  if (!passages.some((x) => similar(x.quote, second.quote))) passages.push(second);
}

/** Further sections nearly as good as the top one, each with its own quote, up to maxCitations. */
function addFurtherPassages(
  state: AnsweringState,
  ranked: Ranked,
  coverage: number,
  passages: RetrievedPassage[],
) {
  const { rank } = state;
  const { hits, q, prepared } = ranked;
  for (const h of hits.slice(1)) {
    if (passages.length >= rank.maxCitations) break;
    if (h.score < rank.extraCitationScoreShare * hits[0].score) break;
    const rec = state.index.section(h.index);
    // A question about pay answered by a staff policy is not also answered by a section that lacks the word.
    if (q.outOfScopeHits.length > 0 && !holdsOutOfScopeWords(state, q, rec)) continue;
    const p = passageOf(rank, rec, prepared, h.score);
    if (p.coverage < rank.extraCitationCoverageShare * coverage) continue;
    if (passages.some((x) => similar(x.quote, p.quote))) continue;
    passages.push(p);
  }
}

/** The defining sentence and the rest of its short paragraph (what the term is, said whole). */
function definitionWindow(rank: RankingParams, rec: IndexedSection, unit: number): Window {
  const paragraph = paragraphAround(rec, unit);
  return { from: unit, to: Math.min(paragraph.to, unit + rank.maxUnits - 1), score: 1 };
}

/** The quotes of an answer: the focus window of the top section, then typed, second and further ones. */
function quotePassages(state: AnsweringState, ranked: Ranked, coverage: number): RetrievedPassage[] {
  const { rank } = state;
  const { hits, prepared } = ranked;
  const top = state.index.section(hits[0].index);
  const type = detectAnswerType(ranked.question);
  const ownHeading = top.section.headingPath[top.section.headingPath.length - 1] ?? '';
  // Under a heading that announces the answer ("Formål med politikken"), the opening paragraph
  // is the answer, whichever sentence repeats the question's words.
  const asked = definitionTerms(rank, prepared);
  const defining = asked === undefined ? -1 : definingUnit(top, asked);
  const first =
    defining >= 0
      ? definitionWindow(rank, top, defining)
      : type && top.section.units.length > 0 && headingAnnounces(type, ownHeading)
        ? openingOf(rank, top)
        : pickUnits(rank, top, prepared, type);
  const passages: RetrievedPassage[] = [passageOf(rank, top, prepared, hits[0].score, first)];
  if (type) addTypedPassage(state, ranked, type, first, passages);
  addSecondPassage(state, ranked, first, passages);
  addFurtherPassages(state, ranked, coverage, passages);
  return passages;
}

/**
 * For "hvilket år": the best-ranked section with a year in a sentence about the question's words
 * goes first ("Børne- og Ungepolitikken fra 2018" in an overview), ahead of a section that only
 * shares the subject's name.
 */
function yearFirst(
  index: SearchIndex,
  rank: RankingParams,
  prepared: PreparedQuery,
  hits: readonly ScoredSection[],
): readonly ScoredSection[] {
  const at = hits.findIndex((h) => {
    const rec = index.section(h.index);
    return rec.section.units.some(
      (u, i) =>
        holdsYear(rec.section.body.slice(u.start, u.end)) &&
        unitScore(rec, i, prepared) >= rank.yearSentenceCoverage,
    );
  });
  if (at <= 0) return hits;
  return [{ ...hits[at], score: hits[0].score }, ...hits.slice(0, at), ...hits.slice(at + 1)];
}

/** Answers from the documents, or abstains with the reason and the closest topics. */
export function answerQuestion(state: AnsweringState, question: string, q: ExpandedQuery): RetrievalResult {
  const { index, rank } = state;
  if (q.positions.size === 0)
    return { kind: 'noAnswer', reason: 'noMatch', confidence: 0, closestTopics: [] };
  const prepared = prepareQuery(index, rank, q);
  const reranked = rerank(state, prepared, index.search(q.terms, rank.candidatePool)).slice(
    0,
    rank.rerankedHits,
  );
  const hits = asksForYear(question) ? yearFirst(index, rank, prepared, reranked) : reranked;
  const closestTopics = [
    ...new Set(hits.slice(0, rank.closestTopicHits).map((h) => label(index.section(h.index)))),
  ].slice(0, 3);
  // Out-of-scope words (pay, holidays, another municipality ...) abstain unless the section found
  // is itself about them: a word the documents only share by chance does not make an answer.
  const top0 = hits.length > 0 ? index.section(hits[0].index) : undefined;
  const outOfScope = holdsOutOfScopeWords(state, q, top0) ? undefined : q.outOfScopeHits[0];
  if (outOfScope) {
    return { kind: 'noAnswer', reason: 'outOfScope', confidence: 0, closestTopics, topic: outOfScope.topic };
  }
  if (q.unknownDocuments.length > 0)
    return {
      kind: 'noAnswer',
      reason: 'outOfScope',
      confidence: 0,
      closestTopics,
      topic: OTHER_POLICY_TOPIC,
    };
  if (hits.length === 0 || q.unknownNames.length > 0)
    return { kind: 'noAnswer', reason: 'noMatch', confidence: 0, closestTopics };
  // How well the collection covers the question is read off the ranking's own top section; a
  // section moved up for holding the year may share fewer of the question's words.
  const coverage = sectionCoverage(prepared, index.section(reranked[0].index));
  const second = reranked[1]?.score ?? 0;
  const dominance = reranked[0].score > 0 ? (reranked[0].score - second) / reranked[0].score : 0;
  const confidence = clamp01(coverage * (rank.confidenceBase + (1 - rank.confidenceBase) * dominance));
  const threshold = state.threshold + (prepared.unknownPositions > 0 ? rank.unknownWordThresholdLift : 0);
  if (confidence < threshold) return { kind: 'noAnswer', reason: 'noMatch', confidence, closestTopics };
  const ranked: Ranked = { question, q, prepared, hits, closestTopics };
  if (!demandMet(state, ranked)) return { kind: 'noAnswer', reason: 'noMatch', confidence, closestTopics };
  return {
    kind: 'answer',
    confidence,
    passages: quotePassages(state, ranked, coverage),
    followUps: followUps(
      index,
      hits[0].index,
      hits.map((h) => h.index),
    ),
  };
}
