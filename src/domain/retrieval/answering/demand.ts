import { normalise, normaliseAsciiDanish } from '../../text/normalise';
import { askingSentences } from '../../text/sentences';
import { stem } from '../../text/stem';
import {
  asksForNamedInstitutions,
  asksForNamedPerson,
  asksForNamedTool,
  countedNoun,
  detectAnswerType,
  detectDemand,
  detectNamedMembers,
  detailPhrasesOf,
  documentContentAsked,
  expansionAsked,
  holdsFigure,
  holdsSection,
  isEnumeration,
  isUnitOf,
  measureKind,
  measureWord,
  meetsDemand,
  namesInstitution,
  namesMembers,
  namesPerson,
  namesSomething,
  quantifies,
  spellsOut,
  statedValueTest,
  statesMeasure,
} from '../answerType';
import { positionNamedIn, unitScore, type PreparedPosition, type PreparedQuery } from '../coverage';
import type { ExpandedQuery } from '../expansion';
import { findId, type IndexedSection, type ScoredSection, type SearchIndex } from '../searchIndex';
import { ownHeading } from '../sectioning';
import { namesOrdinalOf } from '../answerType/ordinals';
import type { AnsweringState, Ranked } from './state';

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
 * Words of a law's name ("Barnets Lov", "Retsplejeloven") and the words for a provision itself
 * ("paragraf", "§", "regel", "hjemmel"): where a provision is, not what it is about. "hvilken
 * paragraf gælder SSD-reglen" is not answered by the § of the SSP rule beside it, which shares
 * "hjemmel" with it.
 */
const LAW_NAME = /lov$|^lov|^barn$|^paragraf|^§|^bestemmels|^provision|^section$|^regl|^regel|^hjemmel/u;
/**
 * Questions for something by name, each with the test a sentence must pass to name it: the
 * institutions ("hvilke skoler"), a tool or method, a person ("hvem er leder af PPR").
 */
const NAMED_DEMANDS: readonly (readonly [(question: string) => boolean, (sentence: string) => boolean])[] = [
  [asksForNamedInstitutions, namesInstitution],
  [asksForNamedTool, namesSomething],
  [asksForNamedPerson, namesPerson],
];

/** How many of the question's rarest words a stated value's sentence must hold one of. */
const FOCUS_WORDS = 3;

/**
 * What a question for a stated value is about ("hvilken paragraf i Barnets Lov står SSD-reglen i",
 * "hvor mange timer varer kurset"): its rarest known words, apart from the words that only say
 * where or in what the value is given (the law's name, the measure).
 */
function focusWords(p: PreparedQuery, aside: (term: string) => boolean): readonly PreparedPosition[] {
  const asked = [...p.expanded.positions.values()];
  return p.positions
    .filter((pos, i) => {
      const primary = asked[i]?.find((t) => t.weight >= 1)?.term ?? '';
      return !aside(primary) && pos.ids.some((id) => id >= 0);
    })
    .sort((a, b) => b.need - a.need)
    .slice(0, FOCUS_WORDS);
}

/**
 * Whether a section only names the focus among other things ("hviler på love og regler, FN's
 * Verdensmål og Salamanca-erklæringen", under a heading that lists them too): it says that the
 * policy rests on the declaration, not what the declaration says.
 */
function onlyMentions(rec: IndexedSection, focus: PreparedPosition): boolean {
  const holds = (ids: Int32Array, from?: number, to?: number) =>
    focus.ids.some((id) => id >= 0 && findId(ids, id, from, to) >= 0);
  const { units, body } = rec.section;
  if (holds(rec.ownHeadingIds) && !isEnumeration(ownHeading(rec.section))) return false;
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
 *
 * Gives the hit that states it (the answer is quoted from it): the top one when the question
 * demands nothing, otherwise the first close hit that states it, or undefined.
 */
export function demandingHit(state: AnsweringState, told: Ranked): ScoredSection | undefined {
  // A story's words ("hun fortalte detaljeret om ...") are not a demand on the answer.
  const ranked: Ranked = { ...told, question: askingSentences(told.question) };
  const demand = detectDemand(ranked.question);
  const mustHold = sentenceDemandsOf(ranked.question);
  const figure = detectAnswerType(ranked.question) === 'howMany';
  const counted = figure ? countedTerms(ranked.q) : undefined;
  const unitWord = figure && counted === undefined ? measureWord(ranked.question) : undefined;
  const measure = unitWord === undefined ? undefined : measureKind(unitWord);
  const unit = unitWord === undefined ? undefined : stem(unitWord);
  // A year, a date or a time span ("hvor lang tid har kommunen til ...") is stated in a sentence about the
  // question's words, or the documents do not say it: a deadline they do not hold is not answered
  // by a section that shares the subject.
  const typed = statedValueTest(ranked.question);
  // A procedure asked for step by step ("hvad gør jeg trin for trin, hvis ...") is answered by a
  // section about its focus as well as by a written list of steps.
  const wantsFocus = asksForDetailBeyondText(state, ranked) || demand === 'steps';
  // "what does the Salamanca Statement say about ...": only a section about that text answers.
  const askedText = documentContentAsked(ranked.question);
  if (!demand && mustHold.length === 0 && !figure && !wantsFocus && !typed && askedText === undefined)
    return ranked.hits[0];
  const toolNames = [...toolNamesInQuestion(ranked.question), ...(askedText ? [askedText] : [])];
  const { prepared } = ranked;
  const focus = wantsFocus ? focusPosition(state.index, prepared) : undefined;
  // A provision ("§ 126") answers only in the sentence about what the question is about: "hvilken
  // paragraf står SSD-reglen i" is not answered by the paragraph of another rule beside it.
  const sectionFocus = typed === holdsSection ? focusWords(prepared, (t) => LAW_NAME.test(t)) : undefined;
  // A figure in the asked measure ("24 timer") answers only in a sentence about what was asked, not
  // in one that shares no more than the measure word with the question.
  const measureFocus =
    measure === undefined || unit === undefined
      ? undefined
      : focusWords(prepared, (t) => t === unit || isUnitOf(measure, t));
  return closeHits(state, ranked.hits).find((h) => {
    const rec = state.index.section(h.index);
    if (toolNames.some((name) => namedInPassing(rec, name))) return false;
    const focusInHeadings = focus !== undefined && positionNamedIn(rec.headingIds, focus);
    if (focus && demand !== 'steps' && (!focusInHeadings || onlyMentions(rec, focus))) return false;
    const units = rec.section.units.map((u) => ({
      text: rec.section.body.slice(u.start, u.end),
      listItem: u.listItem,
    }));
    // Steps without a list: only a section whose own heading names what the question is about
    // ("Akut fare", "Vold og overgreb" for "hvad gør jeg trin for trin, hvis hun bliver slået").
    const headingNamesTopic = demand === 'steps' && ownHeadingNamesTopic(state, prepared, rec);
    if (demand && !meetsDemand(demand, units) && !headingNamesTopic) return false;
    if (!mustHold.every((holds) => holds(units))) return false;
    // Whether unit i holds one of the focus words (no focus asked: any unit does).
    const unitHoldsFocus = (i: number, focusPositions: readonly PreparedPosition[] | undefined) =>
      focusPositions === undefined ||
      focusPositions.some((pos) =>
        pos.ids.some((id) => id >= 0 && findId(rec.unitIds, id, rec.unitStart[i], rec.unitStart[i + 1]) >= 0),
      );
    const statesIn = (holds: (sentence: string) => boolean) =>
      units.some(
        (u, i) =>
          holds(u.text) &&
          unitScore(rec, i, prepared) >= state.rank.yearSentenceCoverage &&
          unitHoldsFocus(i, sectionFocus),
      );
    if (typed && !statesIn(typed)) return false;
    return (
      !figure ||
      units.some(
        (u, i) =>
          (counted
            ? quantifies(u.text, counted, termOf)
            : measure
              ? statesMeasure(u.text, measure) && unitHoldsFocus(i, measureFocus)
              : holdsFigure(u.text)) && unitScore(rec, i, prepared) > 0,
      )
    );
  });
}

const termOf = (word: string) => stem(word);

type Units = readonly { text: string; listItem: boolean }[];

/** A run of capitalised words after a question's first word: a name it gives ("De Utrolige År", "LP-modellen"). */
const NAME_IN_QUESTION = /(?<=[^.!?:\s]\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;

/**
 * The names a question for a tool or programme gives itself ("hvilke materialer bruger man i De
 * Utrolige År"): what it asks about, and what a section that only names it in passing cannot answer.
 */
function toolNamesInQuestion(question: string): readonly string[] {
  if (!asksForNamedTool(question)) return [];
  return [...question.matchAll(NAME_IN_QUESTION)].map((m) => m[0]);
}

/**
 * Whether a section names a tool or programme only once and not in its headings ("bygger blandt
 * andet på De Utrolige År"): it says that the work uses it, not what it holds or how it runs.
 */
function namedInPassing(rec: IndexedSection, name: string): boolean {
  // Compared with æ, ø and å as ae, oe and aa: the name may be typed either way.
  const wanted = normaliseAsciiDanish(name);
  const headings = rec.section.headingPath.map((h) => normaliseAsciiDanish(h)).join(' ');
  if (headings.includes(wanted)) return false;
  return normaliseAsciiDanish(rec.section.body).split(wanted).length - 1 <= 1;
}

/**
 * What a section's sentences must hold, read from the question alone: the members of a set by
 * name ("hvad hedder de seks trin"), a thing by name (institutions, a tool, a person), and the
 * words an abbreviation is short for ("hvad står PALS for", not a sentence that only uses it).
 */
function sentenceDemandsOf(question: string): ((units: Units) => boolean)[] {
  const demands: ((units: Units) => boolean)[] = [];
  const members = detectNamedMembers(question);
  if (members !== undefined) demands.push((units) => namesMembers(units, members));
  for (const [asks, names] of NAMED_DEMANDS)
    if (asks(question)) demands.push((units) => units.some((u) => names(u.text)));
  const abbreviation = expansionAsked(question);
  if (abbreviation !== undefined) demands.push((units) => units.some((u) => spellsOut(u.text, abbreviation)));
  return demands;
}

/**
 * The top hit and the runners-up close to it. A neighbouring policy (climate, staff) that states
 * such a detail states it for its own area, so it is left out.
 */
function closeHits(state: AnsweringState, hits: readonly ScoredSection[]): ScoredSection[] {
  return hits
    .slice(0, 3)
    .filter(
      (h) =>
        h.score >= state.rank.runnerUpShare * hits[0].score &&
        !(state.neighbouringDocs?.has(state.index.section(h.index).meta.id) ?? false),
    );
}

/**
 * Whether the section's own heading names one of the question's topic words (not a filler word),
 * by the word itself or a synonym: the section is about the procedure asked for step by step.
 */
function ownHeadingNamesTopic(state: AnsweringState, prepared: PreparedQuery, rec: IndexedSection): boolean {
  return prepared.positions.some(
    (pos) =>
      pos.need > state.rank.minPositionNeed &&
      pos.ids.some((id, i) => id >= 0 && pos.weights[i] > 0 && findId(rec.ownHeadingIds, id) >= 0),
  );
}

/**
 * Whether the question asks for detail ("hvad står der konkret om ..."), unless the top section
 * says the detail word with the question's word beside it: then it is part of what is asked ("når
 * barnet fortæller detaljeret om et overgreb" quotes the text), not a demand on the answer.
 */
function asksForDetailBeyondText(state: AnsweringState, ranked: Ranked): boolean {
  const phrases = detailPhrasesOf(ranked.question);
  if (phrases === undefined) return false;
  const top = ranked.hits[0];
  if (top === undefined) return true;
  const body = normalise(state.index.section(top.index).section.body);
  return !phrases.some((p) => body.includes(p)) && !namesOrdinalOf(ranked.question, body);
}

/**
 * The terms of the thing a "hvor mange" question counts (the word, its synonyms and, for English,
 * its translation), or undefined when it asks for a measure or nothing counted.
 */
function countedTerms(q: ExpandedQuery): ReadonlySet<string> | undefined {
  const noun = countedNoun(q.text);
  if (noun === undefined) return undefined;
  const own = stem(noun);
  // The parts of a compound are not what it counts: "dansklektioner" are not any "lektioner".
  for (const terms of q.positions.values())
    if (terms.some((t) => t.term === own))
      return new Set(terms.map((t) => t.term).filter((t) => t === own || !own.includes(t)));
  return new Set([own]);
}
