/**
 * The worker thread's side of the worker retrieval host: it replays the index's changes it was
 * started with, says it is ready and then answers one question at a time, applying each later
 * change in the order it arrives among the questions. Loaded by `new Worker(...)` only (see
 * workerRetrievalHost.ts).
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { RetrievalResult } from '../../domain/retrieval/engine';
import { createRetrievalIndex, type IndexChange } from '../../domain/retrieval/indexChanges';
import { answerPoolRequests } from '../workers/answerPoolRequests';
import type { RetrievalNotice, RetrievalRequest, RetrievalWorkerData } from './retrievalProtocol';

export function serveRetrievalRequests(port: MessagePort, changes: readonly IndexChange[]): void {
  const [first, ...since] = changes;
  if (first?.kind !== 'build') throw new Error('A retrieval worker starts from a build of the index');
  const index = createRetrievalIndex(first);
  for (const change of since) index.apply(change);
  answerPoolRequests<RetrievalRequest, RetrievalNotice>(port, {
    answer: (question): RetrievalResult => index.engine.answer(question),
    hear: (change) => void index.apply(change),
  });
}

const started = workerData as RetrievalWorkerData | undefined;
if (!isMainThread && parentPort && started?.role === 'policyRetrieval') {
  serveRetrievalRequests(parentPort, started.changes);
}
