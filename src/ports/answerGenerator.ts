import type { Citation } from '../domain/citations';

export interface GenerationInput<P extends Citation = Citation> {
  readonly question: string;
  readonly language: 'da' | 'en';
  /** Marker [n] refers to passages[n-1]. */
  readonly passages: readonly P[];
}

/** Optional LLM layer: writes an answer ONLY from the given passages, keeping [n] markers. */
export interface AnswerGenerator<P extends Citation = Citation> {
  generate(input: GenerationInput<P>, signal: AbortSignal): Promise<string>;
}
