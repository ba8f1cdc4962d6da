import type { Citation } from '../../domain/citations';
import type { KnowledgeUpdateSink, PassageFinder } from '../contracts';
import type { AnswerGenerator as PortAnswerGenerator } from '../../ports/answerGenerator';
import type { Language } from '../../domain/shared/language';
import type { KnowledgeDocument } from '../../domain/retrieval/types';

export interface AnswerCitation extends Citation {
  readonly id: string;
  readonly kind: 'policy' | 'update';
  readonly date?: string;
  readonly authorRole?: string;
}

export type NoAnswerReason = 'empty' | 'tooLong' | 'noMatch' | 'outOfScope';

export interface PolicyAnswer {
  readonly kind: 'answer' | 'noAnswer';
  /** Set when kind = 'noAnswer'. */
  readonly reason?: NoAnswerReason;
  /** The question with CPR numbers redacted. */
  readonly question: string;
  /** Language the user wrote in. */
  readonly language: Language;
  /** 0..1 */
  readonly confidence: number;
  /** Extractive Danish answer with [1]-style markers; '' when noAnswer. */
  readonly answer: string;
  /** Rank order; marker [n] refers to citations[n-1]. */
  readonly citations: readonly AnswerCitation[];
  /** Follow-up suggestions from neighbouring sections. */
  readonly followUps: readonly string[];
  /** For an outOfScope noAnswer: the topic (config/synonyms.yaml) that says who would know. */
  readonly outOfScopeTopic?: string;
  /** For noAnswer: the closest section titles. */
  readonly closestTopics: readonly string[];
  /** The question held a CPR number (redacted before any processing). */
  readonly containedCpr: boolean;
  readonly aiGenerated: boolean;
}

export interface PassageHit {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly snippet: string;
  readonly source: string;
  readonly score: number;
}

/** The optional LLM layer is a port (implemented in src/infrastructure/llm); the service hands it its citations. */
export type AnswerGenerator = PortAnswerGenerator<AnswerCitation>;

export interface PolicyQaService extends PassageFinder, KnowledgeUpdateSink {
  ask(question: string): Promise<PolicyAnswer>;
  searchPassages(query: string, limit: number): PassageHit[];
  /** Swaps in a new index of these documents (updates and owners' answers fed in stay). */
  replaceDocuments(documents: readonly KnowledgeDocument[]): Promise<void>;
  readonly stats: { readonly documents: number; readonly sections: number; readonly buildMs: number };
}
