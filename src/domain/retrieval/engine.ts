import { createAnalyzer, lexiconWords, type Analyzer } from '../text/analyzer';
import { answerQuestion, rerank, type AnsweringState } from './answering';
import { prepareQuery, searchTerms } from './coverage';
import {
  createQueryExpander,
  type ExpandedQuery,
  type LexicalResources,
  type QueryExpander,
} from './expansion';
import type { QuestionReading } from './expansion/rewrite';
import { answerByParts } from './answering/byParts';
import { neighbourAreasOf, titleNamesArea } from './neighbourAreas';
import { passageOf } from './quoting';
import { RANKING_PARAMS, type RankingParams } from './rankingParams';
import { createSearchIndex, type SearchIndex } from './searchIndex';
import type { KnowledgeDocument } from './types';

export { RANKING_PARAM_NAMES, RANKING_PARAMS, type RankingParams } from './rankingParams';

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
      /** For outOfScope: the topic of the out-of-scope words (who would know), from the config. */
      readonly topic?: string;
    };

export interface RetrievalEngineOptions {
  readonly resources: LexicalResources;
  /** Confidence below which the engine abstains. */
  readonly threshold?: number;
  /** Ranking weights; any left out keep their value in RANKING_PARAMS. */
  readonly ranking?: Partial<RankingParams>;
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

/**
 * Calibrated on the blind dev and retired questions (the threshold sweep of `npm run eval --
 * --dev-only`): out-of-scope questions are now caught by their topic, by names the documents do
 * not know and by what they demand (a figure, the members of a counted set), so the gate can let
 * more colloquial questions through: 0.3 rather than 0.35.
 */
export const DEFAULT_THRESHOLD = 0.3;

/** Most search results remembered between index changes (pathway citations repeat a few queries). */
const PASSAGE_MEMO_SIZE = 64;

/** An analyzer whose compound lexicon already knows the words of the lexical resources. */
function analyzerFor(resources: LexicalResources): Analyzer {
  const analyzer: Analyzer = createAnalyzer();
  const resourceText = [
    ...resources.synonyms.flat(),
    ...Object.values(resources.glossary),
    // Out-of-scope words are found inside compounds too ("juleferie" holds "ferie").
    ...resources.outOfScope,
    ...Object.values(resources.outOfScopeTopics ?? {}).flat(),
  ].join(' ');
  analyzer.splitter.addWords(lexiconWords(resourceText));
  return analyzer;
}

/** Terms of every out-of-scope phrase, to recognise a neighbouring policy by its title. */
function outOfScopeTermLists(
  analyzer: ReturnType<typeof analyzerFor>,
  resources: RetrievalEngineOptions['resources'],
) {
  return [...resources.outOfScope, ...Object.values(resources.outOfScopeTopics ?? {}).flat()]
    .map((text) =>
      analyzer
        .analyse(text)
        .filter((t) => t.weight === 1)
        .map((t) => t.term),
    )
    .filter((terms) => terms.length > 0);
}

/**
 * A content word of the request framing counts only when it names a kind of document the
 * collection has ("politikken", "strategien"), not "min leder": titleTerms holds each document's
 * title terms.
 */
function keepFramingTermsNamingDocuments(
  q: ExpandedQuery,
  titleTerms: ReadonlyMap<string, ReadonlySet<string>>,
): ExpandedQuery {
  if (q.context.length === 0) return q;
  const inSomeTitle = (term: string) => {
    for (const terms of titleTerms.values()) if (terms.has(term)) return true;
    return false;
  };
  const terms = q.terms.filter((t) => t.position >= 0 || inSomeTitle(t.term));
  return terms.length === q.terms.length ? q : { ...q, terms };
}

/** The same query gives the same passages until the index changes (pathway citations repeat). */
function createPassageMemo(search: (query: string, limit: number) => RetrievedPassage[]) {
  const memo = new Map<string, readonly RetrievedPassage[]>();
  return {
    clear: (): void => memo.clear(),
    passages(query: string, limit: number): RetrievedPassage[] {
      const key = `${limit}\u0000${query}`;
      let found = memo.get(key);
      if (found === undefined) {
        found = search(query, limit);
        if (memo.size >= PASSAGE_MEMO_SIZE) memo.clear();
        memo.set(key, found);
      }
      return [...found];
    },
  };
}

/**
 * What the engine keeps of each document besides its sections: the words of its title (framing
 * that names a document stays in the question) and whether it is a neighbouring policy, whose text
 * is evidence that a question lies beside the documents and is never quoted as an answer.
 */
function createDocumentNotes(analyzer: Analyzer, resources: LexicalResources) {
  const outOfScopePhrases = outOfScopeTermLists(analyzer, resources);
  const neighbourAreas = neighbourAreasOf([
    ...resources.outOfScope,
    ...Object.values(resources.outOfScopeTopics ?? {}).flat(),
  ]);
  const titleTerms = new Map<string, ReadonlySet<string>>();
  const neighbouringDocs = new Set<string>();
  return {
    titleTerms,
    neighbouringDocs,
    note(d: KnowledgeDocument): void {
      const terms = new Set(analyzer.analyse(d.meta.title).map((t) => t.term));
      titleTerms.set(d.meta.id, terms);
      const neighbouring =
        outOfScopePhrases.some((phrase) => phrase.every((t) => terms.has(t))) ||
        titleNamesArea(d.meta.title, neighbourAreas);
      if (neighbouring) neighbouringDocs.add(d.meta.id);
      else neighbouringDocs.delete(d.meta.id);
    },
    forget(id: string): void {
      titleTerms.delete(id);
      neighbouringDocs.delete(id);
    },
  };
}

export function createRetrievalEngine(options: RetrievalEngineOptions): RetrievalEngine {
  const analyzer = analyzerFor(options.resources);
  const index: SearchIndex = createSearchIndex(analyzer);
  let expander: QueryExpander = createQueryExpander(analyzer, options.resources);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const rank: RankingParams = { ...RANKING_PARAMS, ...options.ranking };
  const notes = createDocumentNotes(analyzer, options.resources);
  const state: AnsweringState = {
    index,
    rank,
    threshold,
    headingWords: new WeakMap(),
    definingSubjects: new WeakMap(),
    neighbouringDocs: notes.neighbouringDocs,
  };
  // Search results by query and limit; cleared whenever the index changes, so never stale.
  const passageMemo = createPassageMemo(search);
  const withFramingContext = (q: ExpandedQuery) => keepFramingTermsNamingDocuments(q, notes.titleTerms);

  function addDocuments(docs: readonly KnowledgeDocument[]): void {
    passageMemo.clear();
    // One pass over the text: word ids of every unit (kept for indexing, so nothing is tokenised
    // twice) and the compound lexicon, which must be complete before any word is split.
    const scanned = index.scan(docs);
    const before = analyzer.splitter.size;
    analyzer.splitter.addWords(scanned.lexicon);
    if (analyzer.splitter.size !== before) expander = createQueryExpander(analyzer, options.resources);
    for (const d of docs) {
      index.addDocument(d, scanned);
      notes.note(d);
    }
    // Posting lists are part of the build, not of the first question.
    index.finalize();
  }

  function search(query: string, limit: number): RetrievedPassage[] {
    const q = withFramingContext(expander.expand(query, index));
    if (q.positions.size === 0) return [];
    const prepared = prepareQuery(index, rank, q);
    return rerank(
      state,
      prepared,
      index.search(searchTerms(q), Math.max(limit, 1) + rank.searchExtraCandidates),
    )
      .slice(0, Math.max(limit, 1))
      .map((h) => passageOf(rank, index.section(h.index), prepared, h.score))
      .filter((p) => p.coverage > 0);
  }

  function answerOnce(question: string, reading?: QuestionReading): RetrievalResult {
    return answerQuestion(state, question, withFramingContext(expander.expand(question, index, reading)));
  }

  function answer(question: string): RetrievalResult {
    const positionsIn = (part: string) => expander.expand(part, index).positions.size;
    return answerByParts(question, answerOnce(question), answerOnce, positionsIn, rank);
  }

  return {
    addDocuments,
    removeDocument: (id) => {
      passageMemo.clear();
      notes.forget(id);
      const removed = index.removeDocument(id);
      index.finalize();
      return removed;
    },
    answer,
    passages: passageMemo.passages,
    get stats() {
      return index.stats;
    },
  };
}
