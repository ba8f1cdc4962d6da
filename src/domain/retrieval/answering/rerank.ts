import { stem } from '../../text/stem';
import {
  answerTypeScore,
  definedTerm,
  definingSubject,
  headingAnnounces,
  type AnswerType,
} from '../answerType';
import {
  ownHeadingNamedShare,
  passageCoverage,
  plainWords,
  sectionCoverage,
  type PreparedQuery,
} from '../coverage';
import type { RankingParams } from '../rankingParams';
import type { IndexedSection, ScoredSection } from '../searchIndex';
import { ownHeading } from '../sectioning';
import type { AnsweringState } from './state';

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
  type?: AnswerType,
): ScoredSection[] {
  const { index, rank, headingWords } = state;
  const asked = definitionTerms(rank, q);
  const out = hits.map((h) => {
    const rec = index.section(h.index);
    const content = type === 'content' && saysWhatToWrite(rec) ? 1 + rank.contentSectionBoost : 1;
    const defines =
      asked !== undefined && definingUnit(rec, asked, state.definingSubjects) >= 0
        ? 1 + rank.definitionBoost
        : 1;
    const matched = ownHeadingNamedShare(q, rec);
    const coverage =
      (1 - rank.passageShare) * sectionCoverage(q, rec) + rank.passageShare * passageCoverage(rec, q);
    const overview = rec.section.order === 0 ? rank.overviewBoost : 1;
    const neighbouring = state.neighbouringDocs?.has(rec.meta.id) ? rank.neighbouringPolicyFactor : 1;
    const near = 1 + rank.proximityBoost * proximity(rec, q);
    const headingText = ownHeading(rec.section);
    // A question that quotes a heading word for word, stop words and all ("hvem har været med").
    let own = headingWords.get(rec);
    if (own === undefined) {
      own = plainWords(headingText);
      headingWords.set(rec, own);
    }
    const quotesHeading = own.includes(' ') && q.words.includes(` ${own} `) ? 1 + rank.headingQuoteBoost : 1;
    const announces =
      type === 'who' && headingAnnounces(type, headingText) ? 1 + rank.announcingHeadingBoost : 1;
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
        announces *
        defines *
        content,
    };
  });
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}

/**
 * Whether a section tells how to write something ("Sådan underretter du", "Beskriv konkret, hvad du
 * har set og hørt"): what a question about the content of a written thing wants, rather than the
 * section that only shares the thing's name.
 */
function saysWhatToWrite(rec: IndexedSection): boolean {
  const { units, body } = rec.section;
  if (headingAnnounces('content', ownHeading(rec.section))) return true;
  return units.some((u) => answerTypeScore('content', body.slice(u.start, u.end)) >= 1);
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

/** Per unit of a section: the terms of the subject of a defining sentence, or null (see definingSubject). */
export type DefiningSubjects = readonly (readonly (string | undefined)[] | null)[];

function definingSubjectsOf(rec: IndexedSection): DefiningSubjects {
  const { units, body } = rec.section;
  return units.map((u) =>
    u.listItem ? null : definingSubject(body.slice(u.start, u.end), (w) => stem(w.replace(/-/gu, ''))),
  );
}

/**
 * The first unit of a section that defines one of the asked terms ("X er ..."), or -1. With
 * `known`, each section's sentences are read once and kept (they belong to the index, not to a
 * question): a definition question reads them for every candidate section.
 */
export function definingUnit(
  rec: IndexedSection,
  asked: ReadonlySet<string>,
  known?: WeakMap<IndexedSection, DefiningSubjects>,
): number {
  let subjects = known?.get(rec);
  if (subjects === undefined) {
    subjects = definingSubjectsOf(rec);
    known?.set(rec, subjects);
  }
  return subjects.findIndex(
    (subject) => subject !== null && subject.every((term) => term !== undefined && asked.has(term)),
  );
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
