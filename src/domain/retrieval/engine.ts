import { createAnalyzer, lexiconWords, type Analyzer } from '../text/analyzer';
import {
  createQueryExpander,
  type ExpandedQuery,
  type LexicalResources,
  type QueryExpander,
} from './expansion';
import { createSearchIndex, type IndexedSection, type QueryTerm, type SearchIndex } from './index';
import type { KnowledgeDocument, Unit } from './types';

/** A quoted passage chosen for an answer. */
export interface RetrievedPassage {
  readonly sectionId: string;
  readonly docId: string;
  readonly title: string;
  /** Heading path joined with " > ". */
  readonly section: string;
  /** Verbatim text of the section body. */
  readonly quote: string;
  /** Answer-friendly rendering of the quote (list items on their own lines). */
  readonly display: string;
  readonly source: string;
  readonly kind: 'policy' | 'update';
  readonly date?: string;
  readonly authorRole?: string;
  /** Share of the question covered by this passage, 0..1. */
  readonly coverage: number;
  readonly score: number;
}

export type RetrievalResult =
  | {
      readonly kind: 'answer';
      readonly confidence: number;
      readonly passages: readonly RetrievedPassage[];
      readonly followUps: readonly string[];
    }
  | {
      readonly kind: 'noAnswer';
      readonly reason: 'noMatch' | 'outOfScope';
      readonly confidence: number;
      readonly closestTopics: readonly string[];
    };

export interface RetrievalEngineOptions {
  readonly resources: LexicalResources;
  /** Confidence below which the engine abstains. */
  readonly threshold?: number;
}

export interface RetrievalEngine {
  /** Adds or replaces documents; the compound lexicon learns their words first. */
  addDocuments(docs: readonly KnowledgeDocument[]): void;
  removeDocument(docId: string): boolean;
  answer(question: string): RetrievalResult;
  /** Ranked passages for a search box, each with its best quote. */
  passages(query: string, limit: number): RetrievedPassage[];
  readonly stats: { documents: number; sections: number; terms: number };
}

export const DEFAULT_THRESHOLD = 0.42;
/** How much a word the collection does not know counts against coverage, relative to its rarest word. */
const UNKNOWN_WORD_SHARE = 0.45;
const MAX_CITATIONS = 3;
const MAX_UNITS = 3;
const ANAPHORA = /^(dette|det|den|denne|disse|de|her|derfor|herunder|heraf|temaerne)\b/i;

export function createRetrievalEngine(options: RetrievalEngineOptions): RetrievalEngine {
  const analyzer: Analyzer = createAnalyzer();
  const resourceText = [
    ...options.resources.synonyms.flat(),
    ...Object.values(options.resources.glossary),
  ].join(' ');
  analyzer.splitter.addWords(lexiconWords(resourceText));
  const index: SearchIndex = createSearchIndex(analyzer);
  let expander: QueryExpander = createQueryExpander(analyzer, options.resources);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;

  function addDocuments(docs: readonly KnowledgeDocument[]): void {
    const words = new Set<string>();
    const learn = (text: string) => {
      for (const w of lexiconWords(text)) words.add(w);
    };
    for (const d of docs) {
      learn(d.meta.title);
      for (const s of d.sections) {
        learn(s.body);
        learn(s.headingPath.join(' '));
      }
    }
    const before = analyzer.splitter.size;
    analyzer.splitter.addWords(words);
    if (analyzer.splitter.size !== before) expander = createQueryExpander(analyzer, options.resources);
    for (const d of docs) index.addDocument(d);
  }

  /** Per position: what the question needs (idf of its primary term; unknown words count as rare). */
  function needs(q: ExpandedQuery): Map<number, number> {
    const out = new Map<number, number>();
    for (const [pos, terms] of q.positions) {
      // What the user asked for: the rarest known full word; else the best known variant
      // (compound part, synonym, spelling fix); a word the collection does not know counts as rare.
      let need = 0;
      for (const t of terms) if (t.weight >= 1 && index.has(t.term)) need = Math.max(need, index.idf(t.term));
      if (need === 0) {
        const known = terms.filter((t) => index.has(t.term)).sort((a, b) => b.weight - a.weight)[0];
        need = known ? index.idf(known.term) : UNKNOWN_WORD_SHARE * index.maxIdf;
      }
      out.set(pos, Math.max(need, 0.05));
    }
    return out;
  }

  function coverageOf(q: ExpandedQuery, need: Map<number, number>, has: (term: string) => number): number {
    let got = 0;
    let total = 0;
    for (const [pos, terms] of q.positions) {
      const n = need.get(pos) ?? 0;
      total += n;
      let best = 0;
      for (const t of terms) {
        const present = has(t.term);
        if (present > 0) best = Math.max(best, t.weight * present * index.idf(t.term));
      }
      got += Math.min(n, best);
    }
    return total === 0 ? 0 : got / total;
  }

  function sectionHas(rec: IndexedSection): (term: string) => number {
    // A word that occurs only inside compounds ("start" in "skolestart") counts as partly present.
    return (term) => {
      let best = Math.min(1, rec.headingTerms.get(term) ?? 0);
      for (const u of rec.unitTerms) best = Math.max(best, Math.min(1, u.get(term) ?? 0));
      return best;
    };
  }

  function unitScore(rec: IndexedSection, i: number, q: ExpandedQuery, need: Map<number, number>): number {
    return coverageOf(q, need, (t) => (rec.unitTerms[i].has(t) ? 1 : 0));
  }

  /** Picks a contiguous window of units that answers best, with list continuations. */
  function pickUnits(
    rec: IndexedSection,
    q: ExpandedQuery,
    need: Map<number, number>,
  ): { from: number; to: number; score: number } {
    const units = rec.section.units;
    let best = 0;
    let bestScore = -1;
    units.forEach((u, i) => {
      let s = unitScore(rec, i, q, need);
      if (u.listItem) s *= 0.8;
      if (u.listLead) s *= 1.05;
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
      unitScore(rec, from - 1, q, need) > 0
    )
      from--;
    let sentences = 1;
    while (to + 1 < units.length) {
      const next = units[to + 1];
      if (units[to].listLead || (units[to].listItem && next.listItem)) {
        to++;
        continue;
      }
      if (units[to].listItem) break;
      if (sentences >= MAX_UNITS) break;
      const nextScore = unitScore(rec, to + 1, q, need);
      if (next.listLead || ANAPHORA.test(text(next)) || nextScore >= Math.max(0.75 * bestScore, 0.3)) {
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

  function passageOf(
    rec: IndexedSection,
    q: ExpandedQuery,
    need: Map<number, number>,
    score: number,
    window?: { from: number; to: number },
  ): RetrievedPassage {
    const { from, to } = window ?? pickUnits(rec, q, need);
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
      coverage: coverageOf(q, need, sectionHas(rec)),
      score,
    };
  }

  function label(rec: IndexedSection): string {
    const path = rec.section.headingPath;
    return path[path.length - 1] ?? rec.meta.title;
  }

  function answer(question: string): RetrievalResult {
    const q = expander.expand(question, index);
    if (q.positions.size === 0)
      return { kind: 'noAnswer', reason: 'noMatch', confidence: 0, closestTopics: [] };
    const hits = rerank(q, index.search(q.terms as QueryTerm[], 20)).slice(0, 8);
    const closestTopics = [...new Set(hits.slice(0, 5).map((h) => label(index.section(h.index))))].slice(
      0,
      3,
    );
    const unknownOutOfScope = q.outOfScopeHits.some((h) => h.terms.every((t) => !index.has(t)));
    if (hits.length === 0) {
      return {
        kind: 'noAnswer',
        reason: unknownOutOfScope ? 'outOfScope' : 'noMatch',
        confidence: 0,
        closestTopics,
      };
    }
    const need = needs(q);
    const top = index.section(hits[0].index);
    const coverage = coverageOf(q, need, sectionHas(top));
    const second = hits[1]?.score ?? 0;
    const dominance = hits[0].score > 0 ? (hits[0].score - second) / hits[0].score : 0;
    const confidence = clamp01(coverage * (0.85 + 0.15 * dominance));
    if (unknownOutOfScope && coverage < 0.9) {
      return {
        kind: 'noAnswer',
        reason: 'outOfScope',
        confidence: Math.min(confidence, threshold * 0.5),
        closestTopics,
      };
    }
    if (confidence < threshold) return { kind: 'noAnswer', reason: 'noMatch', confidence, closestTopics };

    const first = pickUnits(top, q, need);
    const passages: RetrievedPassage[] = [passageOf(top, q, need, hits[0].score, first)];
    // A second, equally good passage elsewhere in the same section gets its own quote.
    const other = top.section.units.findIndex(
      (u, i) =>
        (i < first.from || i > first.to) &&
        !u.listItem &&
        unitScore(top, i, q, need) >= 0.9 * first.score &&
        first.score > 0,
    );
    if (other >= 0) {
      let to = other;
      while (
        to + 1 < top.section.units.length &&
        (top.section.units[to].listLead ||
          ANAPHORA.test(
            top.section.body.slice(top.section.units[to + 1].start, top.section.units[to + 1].end),
          )) &&
        to - other < MAX_UNITS
      )
        to++;
      if (top.section.units[to].listLead)
        while (to + 1 < top.section.units.length && top.section.units[to + 1].listItem) to++;
      passages.push(passageOf(top, q, need, hits[0].score, { from: other, to }));
    }
    for (const h of hits.slice(1)) {
      if (passages.length >= MAX_CITATIONS) break;
      if (h.score < 0.8 * hits[0].score) break;
      const rec = index.section(h.index);
      const p = passageOf(rec, q, need, h.score);
      if (p.coverage < 0.6 * coverage) continue;
      if (passages.some((x) => similar(x.quote, p.quote))) continue;
      passages.push(p);
    }
    return {
      kind: 'answer',
      confidence,
      passages,
      followUps: followUps(
        hits[0].index,
        hits.map((h) => h.index),
      ),
    };
  }

  function followUps(topIndex: number, ranked: readonly number[]): string[] {
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

  const headingCache = new Map<string, readonly string[]>();
  /** Full-word terms of a section's own heading (the last in its path). */
  function ownHeadingTerms(rec: IndexedSection): readonly string[] {
    let terms = headingCache.get(rec.section.id);
    if (!terms) {
      const path = rec.section.headingPath;
      terms = [
        ...new Set(
          analyzer
            .analyse(path[path.length - 1] ?? '')
            .filter((t) => t.weight === 1)
            .map((t) => t.term),
        ),
      ];
      headingCache.set(rec.section.id, terms);
    }
    return terms;
  }

  /** Boosts sections whose own heading the question names in full ("Herningmodel Skole"). */
  function rerank(
    q: ExpandedQuery,
    hits: readonly { index: number; score: number }[],
  ): { index: number; score: number }[] {
    const queryTerms = new Set(q.terms.filter((t) => t.weight >= 0.8).map((t) => t.term));
    const need = needs(q);
    return hits
      .map((h) => {
        const rec = index.section(h.index);
        const heading = ownHeadingTerms(rec);
        const matched =
          heading.length === 0 ? 0 : heading.filter((t) => queryTerms.has(t)).length / heading.length;
        const coverage = coverageOf(q, need, sectionHas(rec));
        const overview = rec.section.order === 0 ? 1.1 : 1;
        return {
          index: h.index,
          score: h.score * (1 + 0.35 * matched ** 3) * (0.4 + 0.6 * coverage) * overview,
        };
      })
      .sort((a, b) => b.score - a.score || a.index - b.index);
  }

  function passages(query: string, limit: number): RetrievedPassage[] {
    const q = expander.expand(query, index);
    if (q.positions.size === 0) return [];
    const need = needs(q);
    return rerank(q, index.search(q.terms as QueryTerm[], Math.max(limit, 1) + 10))
      .slice(0, Math.max(limit, 1))
      .map((h) => passageOf(index.section(h.index), q, need, h.score))
      .filter((p) => p.coverage > 0);
  }

  return {
    addDocuments,
    removeDocument: (id) => index.removeDocument(id),
    answer,
    passages,
    get stats() {
      return index.stats;
    },
  };
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));
}

function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  return x === y || x.includes(y) || y.includes(x);
}
