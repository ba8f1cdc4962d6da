import type { RetrievalEngine } from '../../domain/retrieval/engine';
import {
  createRetrievalIndex,
  type IndexChange,
  type RetrievalIndex,
} from '../../domain/retrieval/indexChanges';
import { RetrievalUnavailableError, type RetrievalHost } from '../../ports/retrievalHost';

/**
 * Retrieval in the calling thread: the policy index's own engine (its passages, its statistics and
 * its answers when no worker answers), the command-line tools and one-CPU machines.
 */
export type RetrievalInThisThread = RetrievalHost & {
  /** The engine the changes have led to; throws before the first build. */
  readonly engine: RetrievalEngine;
  /** As `apply`, and for a removal whether the document was in the index. */
  change(change: IndexChange): boolean;
};

export function retrievalInThisThread(): RetrievalInThisThread {
  let index: RetrievalIndex | undefined;
  let closed = false;
  const built = (): RetrievalIndex => {
    if (!index) throw new Error('The retrieval index is not built yet');
    return index;
  };
  function change(next: IndexChange): boolean {
    if (index) return index.apply(next);
    if (next.kind !== 'build') throw new Error('The first change to a retrieval index must be a build');
    index = createRetrievalIndex(next);
    return true;
  }
  return {
    get ready() {
      return index !== undefined && !closed;
    },
    get engine() {
      return built().engine;
    },
    answer: async (question) => {
      if (closed) throw new RetrievalUnavailableError('it is closed');
      return built().engine.answer(question);
    },
    apply: (next) => void change(next),
    change,
    close: async () => {
      closed = true;
    },
  };
}
