/**
 * The pathway classifier in worker threads: the HTTP thread hands a description over and awaits
 * the answer, and meanwhile serves the other turns in flight. Each worker holds its own classifier,
 * built from the same configuration; a request goes to the worker with the fewest waiting.
 *
 * A worker that fails or stops is replaced, and the requests it held fail with
 * ClassifierUnavailableError (the turn then gets the usual apology); one that does not answer in
 * time is stopped and replaced the same way.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ClassifyOptions, PathwayClassification, PathwayGuidanceConfig } from '../../domain/pathways';
import { ClassifierUnavailableError, type ClassifierHost } from '../../ports/classifierHost';
import type { Logger } from '../../ports/logger';
import type { ClassifierReply, ClassifierRequest, ClassifierWorkerData } from './workerProtocol';

export interface WorkerClassifierHostOptions {
  readonly config: PathwayGuidanceConfig;
  /** How many worker threads (at least 1). */
  readonly threads: number;
  readonly logger: Logger;
  /** A reading that takes longer means a stuck worker: it is stopped and replaced (default 10 s). */
  readonly requestTimeoutMs?: number;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

interface WorkerThread {
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
}

/** Where the worker's code is: beside this file, from TypeScript source under tsx's loader. */
function workerEntry(): { readonly file: string; readonly execArgv?: string[] } {
  const extension = extname(__filename);
  const file = join(__dirname, `classifierWorker${extension}`);
  // Built JavaScript runs as it is; from source (tests, `npm run dev`) the worker needs the loader too.
  return extension === '.ts' ? { file, execArgv: ['--require', require.resolve('tsx/cjs')] } : { file };
}

/** The running thread with the fewest readings waiting. */
function leastBusy(running: ReadonlySet<WorkerThread>): WorkerThread | undefined {
  let least: WorkerThread | undefined;
  for (const thread of running) if (!least || thread.waiting.size < least.waiting.size) least = thread;
  return least;
}

function failAll(thread: WorkerThread, reason: string): void {
  for (const waiting of thread.waiting.values()) {
    clearTimeout(waiting.timer);
    waiting.reject(new ClassifierUnavailableError(reason));
  }
  thread.waiting.clear();
}

/**
 * Starts a worker and resolves once its classifier is built and warm. `onStopped` hears of a
 * ready worker that stopped; the readings it held have failed by then.
 */
function startWorkerThread(
  entry: ReturnType<typeof workerEntry>,
  config: PathwayGuidanceConfig,
  logger: Logger,
  onStopped: (thread: WorkerThread, exitCode: number) => void,
): Promise<WorkerThread> {
  const data: ClassifierWorkerData = { role: 'pathwayClassifier', config };
  const worker = new Worker(entry.file, { workerData: data, execArgv: entry.execArgv });
  // The HTTP server keeps the process alive; an idle classifier must not.
  worker.unref();
  const thread: WorkerThread = { worker, waiting: new Map() };
  return new Promise<WorkerThread>((resolve, reject) => {
    let ready = false;
    worker.on('message', (reply: ClassifierReply) => {
      if (reply.kind === 'ready') {
        ready = true;
        resolve(thread);
        return;
      }
      const waiting = thread.waiting.get(reply.id);
      if (!waiting) return;
      thread.waiting.delete(reply.id);
      clearTimeout(waiting.timer);
      if (reply.kind === 'answer') waiting.resolve(reply.value);
      else
        waiting.reject(Object.assign(new Error('The pathway classifier failed'), { name: reply.errorName }));
    });
    worker.on('error', (error) => {
      logger.error('classifier worker failed', { errorName: error.name });
      if (!ready) reject(new ClassifierUnavailableError(`the worker could not start (${error.message})`));
    });
    worker.on('exit', (exitCode) => {
      failAll(thread, 'its worker stopped');
      if (!ready)
        reject(new ClassifierUnavailableError(`the worker stopped while starting (exit code ${exitCode})`));
      else onStopped(thread, exitCode);
    });
  });
}

export async function startWorkerClassifierHost(
  options: WorkerClassifierHostOptions,
): Promise<ClassifierHost> {
  const { config, logger } = options;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const entry = workerEntry();
  let closing = false;
  let nextId = 1;
  // The threads that are ready; a thread being replaced is left out until its worker is ready.
  const running = new Set<WorkerThread>();

  const startThread = () =>
    startWorkerThread(entry, config, logger, (stopped, exitCode) => {
      if (!closing) replace(stopped, exitCode);
    });

  const starting = Array.from({ length: Math.max(1, options.threads) }, () => startThread());
  for (const thread of await Promise.all(starting)) running.add(thread);

  function replace(stopped: WorkerThread, exitCode: number): void {
    running.delete(stopped);
    logger.warn('classifier worker replaced', { exitCode });
    startThread().then(
      (thread) => (closing ? void thread.worker.terminate() : running.add(thread)),
      (error: unknown) =>
        logger.error('classifier worker could not be replaced', { errorName: (error as Error).name }),
    );
  }

  function request<T>(message: WithoutId<ClassifierRequest>): Promise<T> {
    if (closing) return Promise.reject(new ClassifierUnavailableError('the bot is stopping'));
    const chosen = leastBusy(running);
    if (!chosen) return Promise.reject(new ClassifierUnavailableError('no worker is running'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        chosen.waiting.delete(id);
        reject(new ClassifierUnavailableError(`no answer within ${timeoutMs} ms`));
        logger.warn('classifier worker did not answer in time', { timeoutMs });
        void chosen.worker.terminate();
      }, timeoutMs);
      chosen.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      chosen.worker.postMessage({ ...message, id } as ClassifierRequest);
    });
  }

  return {
    classify: (text: string, classifyOptions?: ClassifyOptions) =>
      request<PathwayClassification>({ method: 'classify', text, options: classifyOptions }),
    readsAsConcern: (text: string) => request<boolean>({ method: 'readsAsConcern', text }),
    async close() {
      closing = true;
      const threads = [...running];
      running.clear();
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}
