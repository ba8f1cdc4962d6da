import type { Citation } from '../domain/citations';
import type { Language } from '../domain/shared/language';

export interface GenerationInput<P extends Citation = Citation> {
  readonly question: string;
  readonly language: Language;
  /** Marker [n] refers to passages[n-1]. */
  readonly passages: readonly P[];
}

/** Optional LLM layer: writes an answer ONLY from the given passages, keeping [n] markers. */
export interface AnswerGenerator<P extends Citation = Citation> {
  generate(input: GenerationInput<P>, signal: AbortSignal): Promise<string>;
  /**
   * Rewrites a question the retrieval could not answer into plain search words in the documents'
   * language. Used for retrieval only: the answer is still quoted from the documents.
   */
  rewriteQuestion?(
    input: { readonly question: string; readonly language: Language },
    signal: AbortSignal,
  ): Promise<string>;
}
