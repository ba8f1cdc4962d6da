import {
  answerTypeScore,
  asksForAction,
  asksForOpinion,
  detectAnswerType,
  LAW_QUESTION_WORDS,
  statedValueTest,
  type AnswerType,
} from './answerType';
import {
  corroboratingPositions,
  ownHeadingNamedShare,
  prepareQuery,
  searchTerms,
  sectionCoverage,
  unitScore,
  type PreparedPosition,
  type PreparedQuery,
} from './coverage';
import type { RetrievalResult } from './engine';
import { GENERAL_TOPIC, type ExpandedQuery } from './expansion';
import { demandingHit } from './answering/demand';
import { holdsOutOfScopeWords } from './answering/outOfScope';
import { ownDocumentsFirst } from './answering/neighbours';
import { quotePassages } from './answering/passages';
import { rerank } from './answering/rerank';
import type { AnsweringState, Ranked } from './answering/state';
import type { IndexedSection, ScoredSection, SearchIndex } from './searchIndex';
import { stem } from '../text/stem';

export { definingUnit, definitionTerms, rerank } from './answering/rerank';
export type { AnsweringState } from './answering/state';

/** Topic (config/synonyms.yaml outOfScope) of a plan or policy the collection does not hold. */
const OTHER_POLICY_TOPIC = 'otherPolicy';

function label(rec: IndexedSection): string {
  const path = rec.section.headingPath;
  return path[path.length - 1] ?? rec.meta.title;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));
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

/**
 * For "hvilket år" (a year) and "hvor hurtigt" (a time span): the best-ranked section with such a
 * sentence about the question's words goes first ("Børne- og Ungepolitikken fra 2018" in an
 * overview, "inden for 24 timer" after a report), ahead of a section that only shares the subject.
 */
function typedFirst(
  state: AnsweringState,
  prepared: PreparedQuery,
  hits: readonly ScoredSection[],
  holds: (sentence: string) => boolean,
  forLaw: boolean,
): readonly ScoredSection[] {
  const { index, rank } = state;
  const granted = forLaw ? lawPositions(index) : undefined;
  // For a law, the section whose typed sentence holds most of the question wins, the better-ranked
  // on a tie: "tavshedspligt hvilken lov" wants the sentence naming the law beside "tavshedspligt",
  // not a higher-ranked sentence that names other laws and shares only "lov" with the question.
  let at = -1;
  let best = 0;
  hits.forEach((h, k) => {
    const rec = index.section(h.index);
    // A neighbouring policy's deadline or year is its own area's ("brud anmeldes inden for 72 timer").
    if (state.neighbouringDocs?.has(rec.meta.id) ?? false) return;
    rec.section.units.forEach((u, i) => {
      if (!holds(rec.section.body.slice(u.start, u.end))) return;
      const score = unitScore(rec, i, prepared, granted);
      if (score < rank.yearSentenceCoverage) return;
      // Without words of the asked kind to set aside, the better-ranked typed sentence stands.
      const moves = granted !== undefined && k !== at && score > best + rank.typedSentenceMargin;
      if (at === -1 || moves || (k === at && score > best)) {
        best = score;
        at = k;
      }
    });
  });
  return promoted(hits, at);
}

/**
 * The kind of sentence the question asks for (a year, a date, a provision), whose section goes
 * first. "Hvilke love ..." is best answered by the sentence that names them; unlike a year, a
 * question for laws is not abstained on when none is named (a rule may be described without its law).
 */
function valueAsked(
  question: string,
  type: AnswerType | undefined,
): ((sentence: string) => boolean) | undefined {
  return statedValueTest(question) ?? (type === 'laws' ? namesLaw : undefined);
}

/** Whether a sentence names a law by name ("Folkeskoleloven", "§ 29", a convention). */
const namesLaw = (sentence: string): boolean => answerTypeScore('laws', sentence) >= 1;

/** The stems of the question's words for law, which a sentence naming a law answers by its kind. */
const LAW_WORD_STEMS: readonly string[] = [...new Set(LAW_QUESTION_WORDS.map((w) => stem(w)))];

/**
 * For a question for the law behind something: the positions that ask for a law ("lov", "regler",
 * and "law" translated), which any sentence naming a law answers, written as a compound
 * ("Forvaltningsloven") or not. What sets the sentences apart is then the thing asked about.
 */
function lawPositions(index: SearchIndex): (pos: PreparedPosition) => boolean {
  const ids = new Set(LAW_WORD_STEMS.map((s) => index.termId(s)).filter((id) => id >= 0));
  return (pos) => {
    for (let i = 0; i < pos.ids.length; i++) if (pos.weights[i] > 0 && ids.has(pos.ids[i])) return true;
    return false;
  };
}

/** The hits with the one at `at` first, at the top score (the others keep their order). */
function promoted(hits: readonly ScoredSection[], at: number): readonly ScoredSection[] {
  if (at <= 0) return hits;
  return [{ ...hits[at], score: hits[0].score }, ...hits.slice(0, at), ...hits.slice(at + 1)];
}

/**
 * Whether the question names every word of the section's own heading ("CPR-numre", "Børne- og
 * Ungesyn"): as strong a sign that the section is the one asked about as rare words it holds, when
 * a long question's story leaves most of its other words uncovered.
 */
function namesWholeHeading(q: PreparedQuery, section: IndexedSection): boolean {
  // One word is too easily named in passing ("status på min underretning").
  return section.ownHeadingIds.length >= 2 && ownHeadingNamedShare(q, section) === 1;
}

/** Answers from the documents, or abstains with the reason and the closest topics. */
export function answerQuestion(state: AnsweringState, question: string, q: ExpandedQuery): RetrievalResult {
  const { index, rank } = state;
  if (q.positions.size === 0)
    return { kind: 'noAnswer', reason: 'noMatch', confidence: 0, closestTopics: [] };
  const prepared = prepareQuery(index, rank, q);
  const type = detectAnswerType(question);
  // Neighbouring policies' sections are set aside, so the pool is widened by as much again.
  const pool = rank.candidatePool * ((state.neighbouringDocs?.size ?? 0) > 0 ? 2 : 1);
  const { own, neighbourLeads } = ownDocumentsFirst(
    state,
    rerank(state, prepared, index.search(searchTerms(q), pool), type),
  );
  const reranked = own.slice(0, rank.rerankedHits);
  const promote = valueAsked(question, type);
  const hits = promote ? typedFirst(state, prepared, reranked, promote, type === 'laws') : reranked;
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
  // A request to write, send, book or fill in something, or for a judgement of the documents, is
  // not a question the documents answer.
  if (asksForAction(question) || asksForOpinion(question))
    return { kind: 'noAnswer', reason: 'outOfScope', confidence: 0, closestTopics, topic: GENERAL_TOPIC };
  if (q.unknownDocuments.length > 0 || neighbourLeads)
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
  const topSection = index.section(reranked[0].index);
  const coverage = sectionCoverage(prepared, topSection);
  const second = reranked[1]?.score ?? 0;
  const dominance = reranked[0].score > 0 ? (reranked[0].score - second) / reranked[0].score : 0;
  const corroborated =
    corroboratingPositions(
      prepared,
      topSection,
      rank.corroborationNeedShare * index.maxIdf,
      rank.corroborationCoverShare,
    ) >= rank.corroboratingWords;
  const confidence = clamp01(
    coverage *
      (rank.confidenceBase + (1 - rank.confidenceBase) * dominance) *
      (corroborated || namesWholeHeading(prepared, topSection) ? rank.corroborationLift : 1),
  );
  const threshold = state.threshold + (prepared.unknownPositions > 0 ? rank.unknownWordThresholdLift : 0);
  if (confidence < threshold) return { kind: 'noAnswer', reason: 'noMatch', confidence, closestTopics };
  const stating = demandingHit(state, { question, q, prepared, hits, closestTopics });
  if (stating === undefined) return { kind: 'noAnswer', reason: 'noMatch', confidence, closestTopics };
  // The answer is quoted from the section that states what was asked, when a close runner-up does.
  const ranked: Ranked = {
    question,
    q,
    prepared,
    hits: promoted(hits, hits.indexOf(stating)),
    closestTopics,
  };
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
