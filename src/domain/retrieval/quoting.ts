import { answerTypeScore, type AnswerType } from './answerType';
import { sectionCoverage, unitScore, type PreparedQuery } from './coverage';
import type { RetrievedPassage } from './engine';
import type { RankingParams } from './rankingParams';
import type { IndexedSection } from './searchIndex';
import type { Unit } from './types';

/** Which sentences of a section to quote, and the quote as a passage. */

export const ANAPHORA = /^(dette|det|den|denne|disse|de|her|derfor|herunder|heraf|temaerne)\b/i;

/** Picks a contiguous window of units that answers best, with list continuations. */
export function pickUnits(
  rank: RankingParams,
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
export function openingOf(
  rank: RankingParams,
  rec: IndexedSection,
): { from: number; to: number; score: number } {
  const units = rec.section.units;
  let to = Math.min(paragraphAround(rec, 0).to, rank.maxUnits - 1);
  if (units[to].listLead) while (to + 1 < units.length && units[to + 1].listItem) to++;
  return { from: 0, to, score: 1 };
}

/** Units of the paragraph (text lines not broken by a newline) holding unit `u`. */
export function paragraphAround(rec: IndexedSection, u: number): { from: number; to: number } {
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
export function typedUnit(
  rank: RankingParams,
  rec: IndexedSection,
  q: PreparedQuery,
  type: AnswerType,
): number {
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

export function passageOf(
  rank: RankingParams,
  rec: IndexedSection,
  q: PreparedQuery,
  score: number,
  window?: { from: number; to: number },
): RetrievedPassage {
  const { from, to } = window ?? pickUnits(rank, rec, q);
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

export function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  return x === y || x.includes(y) || y.includes(x);
}
