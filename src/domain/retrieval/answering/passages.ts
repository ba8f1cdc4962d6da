import {
  answerTypeScore,
  detectAnswerType,
  detectNamedMembers,
  headingAnnounces,
  namesMembers,
  type AnswerType,
} from '../answerType';
import { positionNamedIn, unitScore, type PreparedQuery } from '../coverage';
import type { RetrievedPassage } from '../engine';
import { ANAPHORA, openingOf, paragraphAround, passageOf, pickUnits, similar, typedUnit } from '../quoting';
import type { RankingParams } from '../rankingParams';
import type { IndexedSection } from '../searchIndex';
import { ownHeading } from '../sectioning';
import { holdsOutOfScopeWords } from './outOfScope';
import { definingUnit, definitionTerms } from './rerank';
import type { AnsweringState, Ranked, Window } from './state';

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

/**
 * "hvilke fire ord beskriver ...": the sentence of the top section that names that many members
 * ("forebyggende, sundhedsfremmende, videndelende og inkluderende") goes first when the focus
 * window does not name them.
 */
function addMembersPassage(
  state: AnsweringState,
  ranked: Ranked,
  count: number,
  first: Window,
  passages: RetrievedPassage[],
): void {
  const { rank } = state;
  const { hits, prepared } = ranked;
  const top = state.index.section(hits[0].index);
  const units = top.section.units.map((u) => ({
    text: top.section.body.slice(u.start, u.end),
    listItem: u.listItem,
  }));
  if (namesMembers(units.slice(first.from, first.to + 1), count)) return;
  const at = units.findIndex(
    (u, i) => !u.listItem && namesMembers([u], count) && unitScore(top, i, prepared) > 0,
  );
  if (at < 0) return;
  passages.unshift(passageOf(rank, top, prepared, hits[0].score, { from: at, to: at }));
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

/**
 * Whether the question asks what the section is about ("hvad vil byrådet" under "Byrådets mål"):
 * every word it asks for stands in the section's headings or its document's title, and one of them
 * in the section's own heading. A word the collection does not know counts as not named.
 */
function askedByHeadingsAlone(rec: IndexedSection, p: PreparedQuery): boolean {
  if (p.positions.length === 0) return false;
  return (
    p.positions.some((pos) => positionNamedIn(rec.ownHeadingIds, pos)) &&
    p.positions.every((pos) => positionNamedIn(rec.headingIds, pos))
  );
}

/** The section's opening paragraph, whole when it is short enough to read as one answer. */
function wholeOpening(rank: RankingParams, rec: IndexedSection): Window | undefined {
  const paragraph = paragraphAround(rec, 0);
  const units = paragraph.to - paragraph.from + 1;
  if (rec.section.units[0]?.listItem || units <= rank.maxUnits || units > rank.wholeParagraphUnits)
    return undefined;
  return { from: paragraph.from, to: paragraph.to, score: 1 };
}

/** The quotes of an answer: the focus window of the top section, then typed, second and further ones. */
export function quotePassages(state: AnsweringState, ranked: Ranked, coverage: number): RetrievedPassage[] {
  const { rank } = state;
  const { hits, prepared } = ranked;
  const top = state.index.section(hits[0].index);
  const type = detectAnswerType(ranked.question);
  const topHeading = ownHeading(top.section);
  // Under a heading that announces the answer ("Formål med politikken"), the opening paragraph
  // is the answer, whichever sentence repeats the question's words.
  const asked = definitionTerms(rank, prepared);
  const defining = asked === undefined ? -1 : definingUnit(top, asked, state.definingSubjects);
  const whole = !type && askedByHeadingsAlone(top, prepared) ? wholeOpening(rank, top) : undefined;
  const first =
    defining >= 0
      ? definitionWindow(rank, top, defining)
      : type && top.section.units.length > 0 && headingAnnounces(type, topHeading)
        ? openingOf(rank, top)
        : (whole ?? pickUnits(rank, top, prepared, type));
  const passages: RetrievedPassage[] = [passageOf(rank, top, prepared, hits[0].score, first)];
  if (type) addTypedPassage(state, ranked, type, first, passages);
  const members = detectNamedMembers(ranked.question);
  if (members !== undefined) addMembersPassage(state, ranked, members, first, passages);
  addSecondPassage(state, ranked, first, passages);
  addFurtherPassages(state, ranked, coverage, passages);
  return passages;
}
