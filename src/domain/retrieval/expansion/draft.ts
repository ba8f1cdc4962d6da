import { derivationRoot, verbFormsOfNoun } from '../../text/derivation';
import type { QueryTerm } from '../searchIndex';
import type { Phrase } from './resources';

const SYNONYM_WEIGHT = 0.85;
/** An English word next to its Danish translation. */
const TRANSLATED_SOURCE_WEIGHT = 0.5;
/** A word of the same family in another word class (trives for trivsel). */
const DERIVATION_WEIGHT = 0.75;

/**
 * A question's terms while they are expanded: the position of each of its own words, positions
 * merged into one (a phrase is one concept), the added terms, and the English words translated.
 */
export interface Draft {
  readonly positionOf: Map<string, number>;
  readonly remap: Map<number, number>;
  readonly extra: QueryTerm[];
  readonly translated: Set<string>;
}

export function startDraft(base: readonly QueryTerm[]): Draft {
  const positionOf = new Map<string, number>();
  for (const t of base) if (t.weight === 1 && !positionOf.has(t.term)) positionOf.set(t.term, t.position);
  return { positionOf, remap: new Map(), extra: [], translated: new Set() };
}

/** The position of a phrase the question holds (its first word's), merging the others into it. */
function matchPhrase(draft: Draft, p: Phrase): number | undefined {
  // Plain loops over precomputed phrases (no closure or array per phrase): a question is
  // checked against every synonym and glossary phrase.
  if (!allIn(p.terms, draft.positionOf)) return undefined;
  let first = Infinity;
  for (const t of p.terms) first = Math.min(first, draft.positionOf.get(t) as number);
  for (const t of p.terms) {
    const pos = draft.positionOf.get(t) as number;
    if (pos !== first) draft.remap.set(pos, first);
  }
  return first;
}

/**
 * Danish terms for the glossary's English phrases. The English words translated are remembered:
 * their Danish look-alikes ("time" is an hour in Danish) must not outweigh the translation.
 */
type Glossary = readonly { en: Phrase; da: readonly { term: string; weight: number }[] }[];

/**
 * Entries (by place) under the first term of each of their phrases; `always`: an entry with a
 * phrase without terms. Built once per expander: an entry none of whose phrases starts with one of
 * the question's terms cannot match it, so a question tries only the entries it can name.
 */
export interface FirstTermIndex {
  readonly byFirstTerm: ReadonlyMap<string, readonly number[]>;
  readonly always: readonly number[];
}

export function indexByFirstTerm<T>(
  entries: readonly T[],
  phrasesOf: (entry: T) => readonly Phrase[],
): FirstTermIndex {
  const byFirstTerm = new Map<string, number[]>();
  const always: number[] = [];
  entries.forEach((entry, i) => {
    for (const p of phrasesOf(entry)) {
      const first = p.terms[0];
      const list = first === undefined ? always : (byFirstTerm.get(first) ?? []);
      if (!list.includes(i)) list.push(i);
      if (first !== undefined) byFirstTerm.set(first, list);
    }
  });
  return { byFirstTerm, always };
}

/** The entries the terms can name, in their original order. */
function namedBy(index: FirstTermIndex, terms: Iterable<string>): number[] {
  const named = new Set(index.always);
  for (const term of terms) for (const i of index.byFirstTerm.get(term) ?? []) named.add(i);
  return [...named].sort((x, y) => x - y);
}

export const indexGlossary = (glossary: Glossary): FirstTermIndex =>
  indexByFirstTerm(glossary, (g) => [g.en]);

export function translateEnglish(
  draft: Draft,
  glossary: Glossary,
  index: FirstTermIndex = indexGlossary(glossary),
): void {
  for (const i of namedBy(index, draft.positionOf.keys())) {
    const g = glossary[i];
    const pos = matchPhrase(draft, g.en);
    if (pos === undefined) continue;
    for (const t of g.da) draft.extra.push({ term: t.term, weight: t.weight, position: pos });
    for (const t of g.en.terms) if (!g.da.some((d) => d.term === t)) draft.translated.add(t);
  }
}

type SynonymGroups = readonly (readonly Phrase[])[];

export const indexSynonyms = (synonymGroups: SynonymGroups): FirstTermIndex =>
  indexByFirstTerm(synonymGroups, (group) => group);

/** The other phrases of every synonym group the question (or its translation) names. */
export function addSynonyms(
  draft: Draft,
  synonymGroups: SynonymGroups,
  index: FirstTermIndex = indexSynonyms(synonymGroups),
): void {
  const { positionOf, remap, extra } = draft;
  // A translation names a phrase by its whole words: a part of a translated compound
  // ("erklæring" in "Salamanca-erklæringen") is not the question asking about that part.
  const translatedWords = extra.filter((e) => e.weight >= 1).map((e) => e.term);
  const expandedTerms =
    translatedWords.length > 0 ? new Set([...positionOf.keys(), ...translatedWords]) : positionOf;
  for (const i of namedBy(index, expandedTerms.keys())) {
    const group = synonymGroups[i];
    // Every phrase of the group the question holds is one concept: "gribe ind tidligt, før
    // problemerne vokser" asks once about early help, not four times about four words.
    let pos: number | undefined;
    const found = new Set<Phrase>();
    const held: number[] = [];
    for (const p of group) {
      if (allIn(p.terms, positionOf)) {
        found.add(p);
        for (const t of p.terms) held.push(positionOf.get(t) as number);
      } else if (
        held.length === 0 &&
        pos === undefined &&
        translatedWords.length > 0 &&
        allIn(p.terms, expandedTerms)
      ) {
        // A translated English word names the phrase: its Danish terms sit at the English position.
        for (const e of extra) {
          if (p.terms.includes(e.term)) {
            pos = e.position;
            found.add(p);
            break;
          }
        }
      }
    }
    if (held.length > 0) {
      pos = Math.min(...held);
      for (const at of held) if (at !== pos) remap.set(at, pos);
    }
    if (pos === undefined) continue;
    for (const other of group) {
      if (found.has(other)) continue;
      for (const term of other.terms)
        extra.push({ term, weight: SYNONYM_WEIGHT / other.terms.length ** 0.5, position: pos });
    }
  }
}

/** Other word classes of the same family the collection holds (trivsel -> trives). */
export function addDerivations(
  draft: Draft,
  base: readonly QueryTerm[],
  families: ReadonlyMap<string, string[]>,
): void {
  for (const t of base) {
    if (t.weight !== 1) continue;
    const family = families.get(derivationRoot(t.term));
    if (!family) continue;
    for (const member of family) {
      if (member !== t.term)
        draft.extra.push({ term: member, weight: DERIVATION_WEIGHT, position: t.position });
    }
  }
}

/**
 * A noun the collection does not hold, typed or translated, reaches the verb it comes from
 * ("vejledningen", "guidance" -> vejledning, where the documents say "vejleder").
 */
export function addVerbsOfUnheldNouns(
  draft: Draft,
  base: readonly QueryTerm[],
  families: ReadonlyMap<string, string[]>,
  held: (term: string) => boolean,
): void {
  const unheld = [...base, ...draft.extra].filter((t) => t.weight === 1 && !held(t.term));
  for (const t of unheld)
    for (const member of verbFormsOfNoun(t.term, families))
      draft.extra.push({ term: member, weight: DERIVATION_WEIGHT, position: t.position });
}

/** The question's and the added terms by (merged) position; translated English words count less. */
export function positionsOf(draft: Draft, base: readonly QueryTerm[]): Map<number, QueryTerm[]> {
  const positions = new Map<number, QueryTerm[]>();
  for (const t of [...base, ...draft.extra]) {
    const term: QueryTerm = {
      term: t.term,
      weight:
        draft.translated.has(t.term) && base.includes(t) ? t.weight * TRANSLATED_SOURCE_WEIGHT : t.weight,
      position: draft.remap.get(t.position) ?? t.position,
    };
    const list = positions.get(term.position);
    if (list) list.push(term);
    else positions.set(term.position, [term]);
  }
  return positions;
}

export function allIn(terms: readonly string[], set: { has(term: string): boolean }): boolean {
  for (const t of terms) if (!set.has(t)) return false;
  return true;
}

/** One term per position and term (the highest weight), first occurrence order. */
export function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const t of terms) {
    let i = 0;
    while (i < out.length && (out[i].position !== t.position || out[i].term !== t.term)) i++;
    if (i === out.length) out.push(t);
    else if (out[i].weight < t.weight) out[i] = t;
  }
  return out;
}
