import { derivationFamilies } from '../../text/derivation';
import type { QueryTerm } from '../searchIndex';
import type { Draft } from './draft';

const FUZZY_WEIGHT = 0.8;

/**
 * A misspelt word of the question read as the nearest word the collection knows, before synonyms
 * and word families are added, so that the fixed word brings what its right spelling would
 * ("sundhedsplejesken" brings "sundhedspleje" as "sundhedsplejersken" does). The fix joins the
 * draft at the misspelt word's position, at the fuzzy weight; run after the English translation.
 */
export function fixSpellingInDraft(
  draft: Draft,
  base: readonly QueryTerm[],
  index: { has(term: string): boolean; vocabularyList(): readonly string[] },
  nearestKnown: (term: string, vocab: readonly string[]) => string | undefined,
): void {
  for (const t of base) {
    if (t.weight !== 1 || t.term.length < 5 || index.has(t.term)) continue;
    if (base.some((other) => other.position === t.position && index.has(other.term))) continue;
    // An English word the glossary translated is no misspelling.
    if (draft.translated.has(t.term) || draft.extra.some((e) => e.position === t.position)) continue;
    const near = nearestKnown(t.term, index.vocabularyList());
    if (!near || draft.positionOf.has(near)) continue;
    draft.positionOf.set(near, t.position);
    draft.extra.push({ term: near, weight: FUZZY_WEIGHT, position: t.position });
  }
}

/**
 * A misspelt English word ("assesment", "notifcation") read as the glossary's English word it is
 * nearest to, so that the glossary can translate it. Only a word that is no term of the collection
 * and has no near Danish term is tried: a misspelt Danish word is the Danish fix's to mend. Run
 * before the English translation: the fixed word joins the question's words at its position.
 */
export function fixEnglishSpellingInDraft(
  draft: Draft,
  base: readonly QueryTerm[],
  index: { has(term: string): boolean; vocabularyList(): readonly string[] },
  english: { readonly terms: ReadonlySet<string>; readonly list: readonly string[] },
  nearestDanish: (term: string, vocab: readonly string[]) => string | undefined,
  nearestEnglish: (term: string, vocab: readonly string[]) => string | undefined,
): void {
  for (const t of base) {
    if (t.weight !== 1 || t.term.length < 5 || index.has(t.term) || english.terms.has(t.term)) continue;
    if (base.some((other) => other.position === t.position && index.has(other.term))) continue;
    if (nearestDanish(t.term, index.vocabularyList()) !== undefined) continue;
    const near = nearestEnglish(t.term, english.list);
    // A typo sits inside a word; a different ending is another form or another word
    // ("personally" is not "personal", "principles" not "principal").
    if (near === undefined || near.slice(-2) !== t.term.slice(-2) || draft.positionOf.has(near)) continue;
    draft.positionOf.set(near, t.position);
  }
}

/**
 * What the expander derives from the collection's vocabulary, kept while it stays the same (the
 * index hands out a new list whenever the collection changes): word families, and the spelling
 * fixes found so far, so a repeated misspelling costs one lookup.
 */
export function createVocabularyCaches(
  maxEdits: (word: string) => number = (word) => (word.length >= 8 ? 2 : 1),
) {
  let familiesFor: readonly string[] | undefined;
  let familyMap = new Map<string, string[]>();
  let fuzzyFor: readonly string[] | undefined;
  const fuzzy = new Map<string, string | null>();
  return {
    familiesOf(vocab: readonly string[]): Map<string, string[]> {
      if (familiesFor !== vocab) {
        familyMap = derivationFamilies(vocab);
        familiesFor = vocab;
      }
      return familyMap;
    },
    nearestKnown(term: string, vocab: readonly string[]): string | undefined {
      if (fuzzyFor !== vocab) {
        fuzzy.clear();
        fuzzyFor = vocab;
      }
      let near = fuzzy.get(term);
      if (near === undefined) {
        near = closest(term, vocab, maxEdits(term)) ?? null;
        if (fuzzy.size > 10_000) fuzzy.clear();
        fuzzy.set(term, near);
      }
      return near ?? undefined;
    },
  };
}
/** The vocabulary term closest to `word` within `maxDistance` edits (ties: the first found). */
export function closest(
  word: string,
  vocabulary: readonly string[],
  maxDistance: number,
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const v of vocabulary) {
    if (Math.abs(v.length - word.length) > maxDistance || v.length < 4) continue;
    if (v[0] !== word[0]) continue;
    const d = editDistance(word, v, bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = v;
    }
  }
  return best;
}

// Rows of the distance table, reused across calls (no allocation per comparison).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance, abandoned early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (rowA.length < m + 1) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) {
    prev2[j] = 0;
    prev[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m];
}
