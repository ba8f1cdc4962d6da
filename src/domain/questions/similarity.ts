import { isStopWord } from '../text/stopWords';
import { stem } from '../text/stem';
import { tokenise } from '../text/tokenise';

/** The content words of a question, stemmed: what "the same or a similar question" is judged on. */
export function questionTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenise(text)) {
    if (isStopWord(token.text) || token.text.length < 2) continue;
    terms.add(stem(token.text));
  }
  return terms;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** A normalised key: the same question typed with other case, spacing or word order. */
export function questionKey(text: string): string {
  return [...questionTerms(text)].sort().join(' ');
}

export interface SimilarGroup<T> {
  /** The first item of the group (the newest when the input is newest first). */
  readonly representative: T;
  readonly items: readonly T[];
}

/** Jaccard overlap of content terms from which two questions count as the same topic. */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * Groups items whose texts share most content words, greedily against each group's first item;
 * the largest groups come first. Linear in the number of groups per item: fine for a queue of a
 * few thousand questions.
 */
export function groupBySimilarity<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  threshold = SIMILARITY_THRESHOLD,
): SimilarGroup<T>[] {
  const groups: { terms: Set<string>; key: string; items: T[] }[] = [];
  const byKey = new Map<string, { items: T[] }>();
  for (const item of items) {
    const terms = questionTerms(textOf(item));
    const key = [...terms].sort().join(' ');
    const exact = byKey.get(key);
    if (exact) {
      exact.items.push(item);
      continue;
    }
    const group = groups.find((g) => overlap(g.terms, terms) >= threshold);
    if (group) group.items.push(item);
    else {
      const created = { terms, key, items: [item] };
      groups.push(created);
      byKey.set(key, created);
    }
  }
  return groups
    .map((g, index) => ({ index, group: { representative: g.items[0]!, items: g.items } }))
    .sort((a, b) => b.group.items.length - a.group.items.length || a.index - b.index)
    .map((entry) => entry.group);
}
