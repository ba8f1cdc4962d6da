/**
 * The pathway classifier in worker threads: the HTTP thread hands a description over and awaits
 * the answer, and meanwhile serves the other turns in flight. Each worker holds its own classifier,
 * built from the same configuration; a request goes to the worker with the fewest waiting.
 *
 * A worker that fails or stops is replaced, and the requests it held fail with
 * ClassifierUnavailableError (the turn then gets the usual apology); one that does not answer in
 * time is stopped and replaced the same way (see workerPool.ts).
 */
import type { ClassifyOptions, PathwayClassification, PathwayGuidanceConfig } from '../../domain/pathways';
import { ClassifierUnavailableError, type ClassifierHost } from '../../ports/classifierHost';
import type { Logger } from '../../ports/logger';
import { startWorkerPool } from '../workers/workerPool';
import type { ClassifierRequest, ClassifierWorkerData } from './workerProtocol';

export interface WorkerClassifierHostOptions {
  readonly config: PathwayGuidanceConfig;
  /** How many worker threads (at least 1). */
  readonly threads: number;
  readonly logger: Logger;
  /** A reading that takes longer means a stuck worker: it is stopped and replaced (default 10 s). */
  readonly requestTimeoutMs?: number;
}

/** Resolves once every worker's classifier is built and warm. */
export async function startWorkerClassifierHost(
  options: WorkerClassifierHostOptions,
): Promise<ClassifierHost> {
  const workerData: ClassifierWorkerData = { role: 'pathwayClassifier', config: options.config };
  const pool = startWorkerPool<ClassifierWorkerData, ClassifierRequest, never>({
    script: { directory: __dirname, name: 'classifierWorker' },
    threads: options.threads,
    workerData: () => workerData,
    logger: options.logger,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    workerName: 'classifier worker',
    unavailable: (reason) => new ClassifierUnavailableError(reason),
    failed: (errorName) => Object.assign(new Error('The pathway classifier failed'), { name: errorName }),
  });
  try {
    await pool.started;
  } catch (error) {
    // The workers that did start would idle for nothing.
    await pool.close();
    throw error;
  }
  return {
    classify: (text: string, classifyOptions?: ClassifyOptions) =>
      pool.request<PathwayClassification>({ method: 'classify', text, options: classifyOptions }),
    readsAsConcern: (text: string) => pool.request<boolean>({ method: 'readsAsConcern', text }),
    classifyIfConcern: (text: string) =>
      pool.request<PathwayClassification | undefined>({ method: 'classifyIfConcern', text }),
    close: () => pool.close(),
  };
}
