import type { KnowledgeDocument } from '../domain/retrieval/types';

export interface KnowledgeSnapshot {
  readonly documents: readonly KnowledgeDocument[];
  /** Files that could not be read this time (their last good version is kept when there is one). */
  readonly skipped: number;
}

export type KnowledgeFileInspection =
  | {
      readonly kind: 'readable';
      readonly title: string;
      readonly sections: number;
      /** A file of this name is already in the folder (it would be replaced). */
      readonly exists: boolean;
      readonly containsCpr: boolean;
    }
  | { readonly kind: 'unreadable' };

/** The knowledge folder as the services see it: read it whole, be told when it changes, add a file. */
export interface KnowledgeSource {
  read(): Promise<KnowledgeSnapshot>;
  /** Calls onChange (already debounced) after files change; returns a function that stops watching. */
  watch(onChange: () => void): () => void;
  /** Parses a file that is not in the folder yet, to show what it would add. */
  inspect(fileName: string, data: Buffer): Promise<KnowledgeFileInspection>;
  /** Writes a file into the folder (whole, or not at all); returns whether one was replaced. */
  write(fileName: string, data: Buffer): Promise<{ replaced: boolean }>;
}
