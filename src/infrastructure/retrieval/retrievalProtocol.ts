/** What the worker retrieval host sends its worker threads (the pool adds ids and replies). */
import type { IndexChange } from '../../domain/retrieval/indexChanges';

/** What a worker is started with (as `workerData`). */
export interface RetrievalWorkerData {
  readonly role: 'policyRetrieval';
  /** The index's last build, then every change since, to replay in order. */
  readonly changes: readonly IndexChange[];
}

/** A request is a question; a notice is the next change to the index. */
export type RetrievalRequest = string;
export type RetrievalNotice = IndexChange;
