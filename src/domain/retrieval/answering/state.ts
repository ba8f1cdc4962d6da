import type { ExpandedQuery } from '../expansion';
import type { ScoredSection, IndexedSection, SearchIndex } from '../searchIndex';
import type { PreparedQuery } from '../coverage';
import type { RankingParams } from '../rankingParams';
import type { DefiningSubjects } from './rerank';

/** What answering reads: the index, the ranking values and the abstention threshold. */
export interface AnsweringState {
  readonly index: SearchIndex;
  readonly rank: RankingParams;
  readonly threshold: number;
  /** Own headings as plain words, per section, computed once (rerank reads them for every hit). */
  readonly headingWords: WeakMap<IndexedSection, string>;
  /** The subjects of each section's defining sentences, read once per section (see definingUnit). */
  readonly definingSubjects?: WeakMap<IndexedSection, DefiningSubjects>;
  /**
   * Documents whose title names an out-of-scope area ("Fælles personalepolitik", "Handicappolitik
   * for voksne"): neighbouring policies loaded beside the Børn og Unge documents.
   */
  readonly neighbouringDocs?: ReadonlySet<string>;
}

/** A window of units of a section, with its score. */
export type Window = { from: number; to: number; score: number };

/** A question ranked once: the prepared query, the reranked hits and what abstention needs. */
export interface Ranked {
  readonly question: string;
  readonly q: ExpandedQuery;
  readonly prepared: PreparedQuery;
  readonly hits: readonly ScoredSection[];
  readonly closestTopics: readonly string[];
}
