/**
 * The changes a retrieval index goes through, as data. The policy index in the HTTP thread and its
 * copies in worker threads apply the same changes in the same order through `createRetrievalIndex`,
 * so they make the same engine calls and give the same answers: documents added one by one index
 * differently from one build of them all (the compound lexicon grows between the calls), so a copy
 * must replay the changes themselves, never build once from where they led.
 */
import { createRetrievalEngine, type RetrievalEngine, type RetrievalEngineOptions } from './engine';
import type { KnowledgeDocument } from './types';

/** A new engine of these options over these documents, in one `addDocuments` call. */
export interface IndexBuild {
  readonly kind: 'build';
  readonly options: RetrievalEngineOptions;
  readonly documents: readonly KnowledgeDocument[];
}

export type IndexChange =
  | IndexBuild
  /** `addDocuments` on the engine there is. */
  | { readonly kind: 'add'; readonly documents: readonly KnowledgeDocument[] }
  /** `removeDocument` on the engine there is. */
  | { readonly kind: 'remove'; readonly documentId: string };

export interface RetrievalIndex {
  /** The engine that answers now; a build swaps in a new one. */
  readonly engine: RetrievalEngine;
  /** For a removal, whether the document was in the index; true otherwise. */
  apply(change: IndexChange): boolean;
}

function built(build: IndexBuild): RetrievalEngine {
  const engine = createRetrievalEngine(build.options);
  engine.addDocuments(build.documents);
  return engine;
}

export function createRetrievalIndex(first: IndexBuild): RetrievalIndex {
  let engine = built(first);
  return {
    get engine() {
      return engine;
    },
    apply(change: IndexChange): boolean {
      switch (change.kind) {
        case 'build':
          // Built aside and swapped in one assignment: an answer comes from the old or the new
          // engine, never a mix.
          engine = built(change);
          return true;
        case 'add':
          engine.addDocuments(change.documents);
          return true;
        case 'remove':
          return engine.removeDocument(change.documentId);
      }
    },
  };
}
