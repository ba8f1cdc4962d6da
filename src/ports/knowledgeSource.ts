import type { KnowledgeDocument } from '../domain/retrieval/types';

export interface KnowledgeSnapshot {
  readonly documents: readonly KnowledgeDocument[];
  /** Files that could not be read this time (their last good version is kept when there is one). */
  readonly skipped: number;
}

/** The knowledge folder as the services see it: read it whole, be told when it changes, add a file. */
export interface KnowledgeSource {
  read(): Promise<KnowledgeSnapshot>;
  /** Calls onChange (already debounced) after files change; returns a function that stops watching. */
  watch(onChange: () => void): () => void;
}
