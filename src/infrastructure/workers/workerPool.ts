/**
 * Worker threads that answer requests for the HTTP thread, which meanwhile serves the other turns
 * in flight. Each worker holds its own state, built from what it is started with; a request goes
 * to the ready worker with the fewest waiting.
 *
 * A worker that fails or stops is replaced, and the requests it held fail with the caller's
 * "unavailable" error; one that does not answer in time is stopped and replaced the same way. A
 * replacement is started from `workerData()` as it is then, so a caller whose state changes
 * (through notices) hands over the state of now.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../ports/logger';
import type { PoolMessage, PoolReply } from './poolProtocol';

export interface WorkerPoolOptions<WorkerData> {
  /** The worker's module: its folder and its file name without the extension. */
  readonly script: { readonly directory: string; readonly name: string };
  /** How many worker threads (at least 1). */
  readonly threads: number;
  /** What a worker starts from; asked again for every replacement. Must survive structured clone. */
  readonly workerData: () => WorkerData;
  readonly logger: Logger;
  /** A request that takes longer means a stuck worker: it is stopped and replaced. */
  readonly requestTimeoutMs: number;
  /** How the log lines name a worker ('classifier worker'). */
  readonly workerName: string;
  /** The error a request fails with when no worker can answer it. */
  readonly unavailable: (reason: string) => Error;
  /** The error a request fails with when its worker threw (only the error's name crosses over). */
  readonly failed: (errorName: string) => Error;
}

export interface WorkerPool<Request, Notice> {
  /** Settles when every first worker is ready, or rejects with the reason one could not start. */
  readonly started: Promise<void>;
  request<Answer>(request: Request): Promise<Answer>;
  /**
   * Sends a notice to every worker, starting ones included, behind the requests already sent to it:
   * a request sent after the notice is answered from the state it made.
   */
  broadcast(notice: Notice): void;
  close(): Promise<void>;
}

interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

interface WorkerThread {
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
}

/** Where the worker's code is: built JavaScript, or TypeScript source under tsx's loader. */
function workerEntry(script: WorkerPoolOptions<unknown>['script']) {
  // This file and the worker's are built or run from source together.
  const extension = extname(__filename);
  const file = join(script.directory, `${script.name}${extension}`);
  // From source (tests, `npm run dev`) the worker needs the loader too.
  return extension === '.ts' ? { file, execArgv: ['--require', require.resolve('tsx/cjs')] } : { file };
}

/** The running thread with the fewest requests waiting. */
function leastBusy(running: ReadonlySet<WorkerThread>): WorkerThread | undefined {
  let least: WorkerThread | undefined;
  for (const thread of running) if (!least || thread.waiting.size < least.waiting.size) least = thread;
  return least;
}

/** A worker thread started from `workerData`, with no request waiting yet. */
function spawn(entry: ReturnType<typeof workerEntry>, workerData: unknown): WorkerThread {
  const worker = new Worker(entry.file, { workerData, execArgv: entry.execArgv });
  // The HTTP server keeps the process alive; an idle worker must not.
  worker.unref();
  return { worker, waiting: new Map() };
}

/** Fails every request a thread still holds, with one error (its worker stopped). */
function failAll(thread: WorkerThread, error: Error): void {
  for (const waiting of thread.waiting.values()) {
    clearTimeout(waiting.timer);
    waiting.reject(error);
  }
  thread.waiting.clear();
}

/** Hands a worker's answer or failure to the request waiting for it. */
function settle(
  thread: WorkerThread,
  reply: Exclude<PoolReply, { kind: 'ready' }>,
  failed: (errorName: string) => Error,
): void {
  const waiting = thread.waiting.get(reply.id);
  if (!waiting) return;
  thread.waiting.delete(reply.id);
  clearTimeout(waiting.timer);
  if (reply.kind === 'answer') waiting.resolve(reply.value);
  else waiting.reject(failed(reply.errorName));
}

/**
 * Sends one request and waits for its answer. A worker that does not answer in time is stuck: the
 * request fails with `timedOut()` and the worker is stopped (its replacement follows its exit).
 */
function awaitAnswer<Answer>(
  thread: WorkerThread,
  id: number,
  message: unknown,
  timeoutMs: number,
  timedOut: () => Error,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const timer = setTimeout(() => {
      thread.waiting.delete(id);
      reject(timedOut());
      void thread.worker.terminate();
    }, timeoutMs);
    thread.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
    thread.worker.postMessage(message);
  });
}

export function startWorkerPool<WorkerData, Request, Notice>(
  options: WorkerPoolOptions<WorkerData>,
): WorkerPool<Request, Notice> {
  const { logger, workerName, unavailable } = options;
  const timeoutMs = options.requestTimeoutMs;
  const entry = workerEntry(options.script);
  let closing = false;
  let nextId = 1;
  // Every worker started and not stopped: each hears every notice, or a starting one would miss it.
  const live = new Set<WorkerThread>();
  // The ready ones, which take requests.
  const running = new Set<WorkerThread>();

  /** Starts a worker and resolves once it says it is ready. */
  function startThread(): Promise<WorkerThread> {
    // Taken and handed over in the same step as the worker joins `live`: no notice falls between.
    const thread = spawn(entry, options.workerData());
    const { worker } = thread;
    live.add(thread);
    return new Promise<WorkerThread>((resolve, reject) => {
      let ready = false;
      worker.on('message', (reply: PoolReply) => {
        if (reply.kind !== 'ready') return settle(thread, reply, options.failed);
        ready = true;
        running.add(thread);
        resolve(thread);
      });
      worker.on('error', (error) => {
        logger.error(`${workerName} failed`, { errorName: error.name });
        if (!ready) reject(unavailable(`the worker could not start (${error.message})`));
      });
      worker.on('exit', (exitCode) => {
        live.delete(thread);
        running.delete(thread);
        failAll(thread, unavailable('its worker stopped'));
        if (!ready) reject(unavailable(`the worker stopped while starting (exit code ${exitCode})`));
        else if (!closing) replace(exitCode);
      });
    });
  }

  function replace(exitCode: number): void {
    logger.warn(`${workerName} replaced`, { exitCode });
    startThread().catch((error: unknown) => {
      if (!closing) logger.error(`${workerName} could not be replaced`, { errorName: (error as Error).name });
    });
  }

  const first = Array.from({ length: Math.max(1, options.threads) }, () => startThread());
  const started = Promise.all(first).then(() => undefined);

  function request<Answer>(body: Request): Promise<Answer> {
    if (closing) return Promise.reject(unavailable('the bot is stopping'));
    const chosen = leastBusy(running);
    if (!chosen) return Promise.reject(unavailable('no worker is running'));
    const id = nextId++;
    const message: PoolMessage<Request, Notice> = { kind: 'request', id, request: body };
    return awaitAnswer<Answer>(chosen, id, message, timeoutMs, () => {
      logger.warn(`${workerName} did not answer in time`, { timeoutMs });
      return unavailable(`no answer within ${timeoutMs} ms`);
    });
  }

  return {
    started,
    request,
    broadcast(notice: Notice): void {
      if (closing) return;
      const message: PoolMessage<Request, Notice> = { kind: 'notice', notice };
      for (const thread of live) thread.worker.postMessage(message);
    },
    async close() {
      closing = true;
      const threads = [...live];
      live.clear();
      running.clear();
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}
