import { createRetrievalIndex, type RetrievalIndex } from '@src/domain/retrieval/indexChanges';
import { RetrievalUnavailableError, type RetrievalHost } from '@src/ports/retrievalHost';

/**
 * The reference host for the contract suite: the same index changes applied in the calling thread,
 * as the policy index applies them to its own engine (src/services/policyQa/policyIndex.ts). The
 * worker host must answer as this one does.
 */
export function retrievalInThisThread(): RetrievalHost {
  let index: RetrievalIndex | undefined;
  let closed = false;
  return {
    get ready() {
      return index !== undefined && !closed;
    },
    answer: async (question) => {
      if (closed) throw new RetrievalUnavailableError('it is closed');
      if (!index) throw new Error('The retrieval index is not built yet');
      return index.engine.answer(question);
    },
    apply(change) {
      if (index) {
        index.apply(change);
        return;
      }
      if (change.kind !== 'build') throw new Error('The first change to a retrieval index must be a build');
      index = createRetrievalIndex(change);
    },
    close: async () => {
      closed = true;
    },
  };
}
