import type { Analyzer } from '../text/analyzer';
import { COMPOUND_PART_WEIGHT } from '../text/analyzer';
import type { QueryTerm } from './index';

/** Editable lexical resources (config/synonyms.yaml and config/glossary.yaml). */
export interface LexicalResources {
  /** Groups of Danish words or phrases that mean the same here (abbreviations included). */
  readonly synonyms: readonly (readonly string[])[];
  /** English word or phrase -> Danish word or phrase. */
  readonly glossary: Readonly<Record<string, string>>;
  /** Words or phrases of topics the knowledge base never covers (holidays, passwords, ...). */
  readonly outOfScope: readonly string[];
}

export const EMPTY_RESOURCES: LexicalResources = { synonyms: [], glossary: {}, outOfScope: [] };

export interface ExpandedQuery {
  readonly terms: readonly QueryTerm[];
  /** Positions with their primary terms (what the user asked for). */
  readonly positions: ReadonlyMap<number, readonly QueryTerm[]>;
  /** Out-of-scope phrases found in the question, with their terms. */
  readonly outOfScopeHits: readonly { readonly text: string; readonly terms: readonly string[] }[];
}

const SYNONYM_WEIGHT = 0.85;
const FUZZY_WEIGHT = 0.8;

interface Phrase {
  readonly text: string;
  readonly terms: readonly string[];
}

export interface QueryExpander {
  expand(
    question: string,
    vocabulary: { has(term: string): boolean; vocabularyList(): readonly string[] },
  ): ExpandedQuery;
}

export function createQueryExpander(analyzer: Analyzer, resources: LexicalResources): QueryExpander {
  const phrase = (text: string): Phrase => ({
    text,
    terms: [
      ...new Set(
        analyzer
          .analyse(text)
          .filter((t) => t.weight === 1)
          .map((t) => t.term),
      ),
    ],
  });
  const synonymGroups = resources.synonyms.map((g) => g.map(phrase).filter((p) => p.terms.length > 0));
  const glossary = Object.entries(resources.glossary)
    .map(([en, da]) => ({ en: phrase(en), da: analyzer.analyse(da) }))
    .filter((g) => g.en.terms.length > 0)
    .sort((a, b) => b.en.terms.length - a.en.terms.length);
  const outOfScope = resources.outOfScope.map(phrase).filter((p) => p.terms.length > 0);

  function expand(
    question: string,
    index: { has(term: string): boolean; vocabularyList(): readonly string[] },
  ): ExpandedQuery {
    const base = analyzer.analyse(question);
    const positionOf = new Map<string, number>();
    for (const t of base) if (t.weight === 1 && !positionOf.has(t.term)) positionOf.set(t.term, t.position);
    const remap = new Map<number, number>();
    const extra: QueryTerm[] = [];

    const match = (p: Phrase): number | undefined => {
      if (!p.terms.every((t) => positionOf.has(t))) return undefined;
      const positions = p.terms.map((t) => positionOf.get(t) as number);
      const first = Math.min(...positions);
      for (const pos of positions) if (pos !== first) remap.set(pos, first);
      return first;
    };

    for (const g of glossary) {
      const pos = match(g.en);
      if (pos === undefined) continue;
      for (const t of g.da) extra.push({ term: t.term, weight: t.weight, position: pos });
    }
    const expandedTerms = new Set([...positionOf.keys(), ...extra.map((e) => e.term)]);
    for (const group of synonymGroups) {
      for (const p of group) {
        const pos =
          match(p) ??
          (p.terms.every((t) => expandedTerms.has(t))
            ? extra.find((e) => p.terms.includes(e.term))?.position
            : undefined);
        if (pos === undefined) continue;
        for (const other of group) {
          if (other === p) continue;
          for (const term of other.terms)
            extra.push({ term, weight: SYNONYM_WEIGHT / other.terms.length ** 0.5, position: pos });
        }
        break;
      }
    }
    const outOfScopeHits = outOfScope.filter((p) => p.terms.every((t) => positionOf.has(t)));

    const all: QueryTerm[] = [...base, ...extra].map((t) => ({
      term: t.term,
      weight: t.weight,
      position: remap.get(t.position) ?? t.position,
    }));
    // Fuzzy matching for misspelt words that the collection does not know.
    const positions = new Map<number, QueryTerm[]>();
    for (const t of all) {
      const list = positions.get(t.position);
      if (list) list.push(t);
      else positions.set(t.position, [t]);
    }
    let vocab: readonly string[] | undefined;
    for (const [pos, list] of positions) {
      if (list.some((t) => index.has(t.term))) continue;
      const primary = list.find((t) => t.weight === 1);
      if (!primary || primary.term.length < 5) continue;
      vocab ??= index.vocabularyList();
      const near = closest(primary.term, vocab, primary.term.length >= 8 ? 2 : 1);
      if (near) list.push({ term: near, weight: FUZZY_WEIGHT, position: pos });
    }
    const terms = [...positions.values()].flat();
    return { terms: dedupe(terms), positions, outOfScopeHits };
  }

  return { expand };
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const best = new Map<string, QueryTerm>();
  for (const t of terms) {
    const key = `${t.position}:${t.term}`;
    const prev = best.get(key);
    if (!prev || prev.weight < t.weight) best.set(key, t);
  }
  return [...best.values()];
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

/** Optimal string alignment distance, abandoned early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
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
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

export { COMPOUND_PART_WEIGHT };
