/**
 * Policy retrieval in worker threads: the HTTP thread hands a question over and awaits the answer,
 * and meanwhile serves the other turns in flight. Each worker holds its own copy of the index and
 * hears every change to it, in order among the questions (see workerPool.ts for timeouts and
 * replacement).
 *
 * The workers start when told (the bot tells them once it listens: started with it, they would
 * take CPU from the classifier workers that start-up waits for), from the index's last build and
 * every change since, and are ready once they have replayed them: until then the policy index
 * answers in the HTTP thread. A replacement replays the same, as the first workers went through
 * them, which is what makes its answers the same as the HTTP thread's.
 */
import type { RetrievalResult } from '../../domain/retrieval/engine';
import type { IndexChange } from '../../domain/retrieval/indexChanges';
import type { Logger } from '../../ports/logger';
import { RetrievalUnavailableError, type RetrievalHost } from '../../ports/retrievalHost';
import { startWorkerPool, type WorkerPool } from '../workers/workerPool';
import type { RetrievalNotice, RetrievalRequest, RetrievalWorkerData } from './retrievalProtocol';

export interface WorkerRetrievalHostOptions {
  /** How many worker threads (at least 1). */
  readonly threads: number;
  readonly logger: Logger;
  /** A question that takes longer means a stuck worker: it is stopped and replaced (default 10 s). */
  readonly requestTimeoutMs?: number;
}

export interface WorkerRetrievalHost extends RetrievalHost {
  /** Starts the workers now, or at the index's first change if there has been none. */
  startWorkers(): void;
}

export function createWorkerRetrievalHost(options: WorkerRetrievalHostOptions): WorkerRetrievalHost {
  const { logger } = options;
  // What a worker started now must replay: the last build and every change since.
  let changes: IndexChange[] = [];
  let pool: WorkerPool<RetrievalRequest, RetrievalNotice> | undefined;
  let mayStart = false;
  let ready = false;
  let closed = false;
  let gaveUp = false;

  function startPool(): WorkerPool<RetrievalRequest, RetrievalNotice> {
    const startedAt = performance.now();
    const starting = startWorkerPool<RetrievalWorkerData, RetrievalRequest, RetrievalNotice>({
      script: { directory: __dirname, name: 'retrievalWorker' },
      threads: options.threads,
      workerData: () => ({ role: 'policyRetrieval', changes }),
      logger,
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      workerName: 'retrieval worker',
      unavailable: (reason) => new RetrievalUnavailableError(reason),
      failed: (errorName) => Object.assign(new Error('Policy retrieval failed'), { name: errorName }),
    });
    starting.started.then(
      () => {
        if (closed) return;
        ready = true;
        logger.info('retrieval workers ready', {
          threads: options.threads,
          ms: Math.round(performance.now() - startedAt),
        });
      },
      (error: unknown) => {
        if (closed) return;
        // The index in the HTTP thread answers every question instead, as with no workers at all.
        logger.error('retrieval workers could not start', { errorName: (error as Error)?.name ?? 'Error' });
        gaveUp = true;
        changes = [];
        pool = undefined;
        void starting.close();
      },
    );
    return starting;
  }

  return {
    get ready() {
      return ready && !closed;
    },
    answer(question: string): Promise<RetrievalResult> {
      if (!pool) return Promise.reject(new RetrievalUnavailableError('no worker is running'));
      return pool.request<RetrievalResult>(question);
    },
    apply(change: IndexChange): void {
      if (closed || gaveUp) return;
      if (change.kind === 'build') changes = [change];
      else changes.push(change);
      if (pool) pool.broadcast(change);
      else if (mayStart) pool = startPool();
    },
    startWorkers(): void {
      mayStart = true;
      if (!pool && !closed && !gaveUp && changes.length > 0) pool = startPool();
    },
    async close() {
      closed = true;
      ready = false;
      await pool?.close();
    },
  };
}
