import type { RetrievalResult } from '../domain/retrieval/engine';
import type { IndexChange } from '../domain/retrieval/indexChanges';

/**
 * Where policy questions are answered from the retrieval index. Answering one costs about half a
 * millisecond of CPU; in the thread that serves HTTP, every turn in flight waits for it. In worker
 * threads it runs beside the HTTP work on another CPU. A host holds its own copy of the index and
 * is told every change the policy index makes, in order, and answers as the policy index's own
 * engine would (tests/contracts/retrievalHost.contract.ts).
 */
export interface RetrievalHost {
  /**
   * False until the host's copy of the index is built (and again once it is closed): the caller
   * answers from its own index meanwhile.
   */
  readonly ready: boolean;
  answer(question: string): Promise<RetrievalResult>;
  /** The change the policy index just made to its own engine. The first change is a build. */
  apply(change: IndexChange): void;
  close(): Promise<void>;
}

/** The host could not answer (no worker running, its worker stopped or did not answer in time). */
export class RetrievalUnavailableError extends Error {
  constructor(reason: string) {
    super(`Policy retrieval is unavailable: ${reason}`);
    this.name = 'RetrievalUnavailableError';
  }
}
