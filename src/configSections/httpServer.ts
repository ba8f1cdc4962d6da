/** The HTTP endpoint: where it listens, how much it accepts, and its deadlines for slow clients. */
import { z } from 'zod';
import { boundedInteger, optionalString, type AddProblem } from './fieldTypes';

export const listenFields = {
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3978),
  HOST: optionalString,
};

export const requestLimitFields = {
  MAX_BODY_BYTES: boundedInteger('a number of bytes', 10000, 5000000).default(262144),
  SHUTDOWN_TIMEOUT_MS: boundedInteger('milliseconds', 0, 120000).default(10000),
  HEADERS_TIMEOUT_MS: boundedInteger('milliseconds', 100, 120000).default(10000),
  REQUEST_TIMEOUT_MS: boundedInteger('milliseconds', 100, 600000).default(30000),
  KEEP_ALIVE_TIMEOUT_MS: boundedInteger('milliseconds', 100, 600000).default(5000),
};

/** A number of worker threads (0-8), or 'auto' for one per CPU beyond the first, at most two. */
const workerThreadCount = z
  .string()
  .trim()
  .default('auto')
  .refine((v) => v === 'auto' || /^[0-8]$/.test(v), 'expected a number of threads (0-8) or auto')
  .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v)));

/**
 * Worker threads for the CPU work of a turn that the turns in flight would otherwise wait for in
 * the HTTP thread: reading concern descriptions (about a millisecond per concern) and answering
 * policy questions from the retrieval index (about half a millisecond per question). Each has its
 * own setting, so either can be moved back into the HTTP thread alone (0).
 */
export const turnWorkFields = {
  CLASSIFIER_THREADS: workerThreadCount,
  RETRIEVAL_THREADS: workerThreadCount,
};

/**
 * The number of worker threads for this machine; 0 works in the HTTP thread. 'auto': none on a
 * one-CPU machine, where a worker would only take turns with the HTTP thread.
 */
export function workerThreadsFrom(setting: 'auto' | number, cpus: number): number {
  return setting === 'auto' ? Math.max(0, Math.min(2, cpus - 1)) : setting;
}

type RequestLimitEnv = z.infer<z.ZodObject<typeof requestLimitFields>>;

export interface ServerTimeoutSettings {
  readonly headersMs: number;
  readonly requestMs: number;
  readonly keepAliveMs: number;
}

export function checkRequestLimits(env: RequestLimitEnv, addProblem: AddProblem): void {
  if (env.HEADERS_TIMEOUT_MS > env.REQUEST_TIMEOUT_MS) {
    addProblem(
      'HEADERS_TIMEOUT_MS',
      'must not be longer than REQUEST_TIMEOUT_MS (the headers are part of the request)',
    );
  }
}

export function serverTimeoutsFrom(env: RequestLimitEnv): ServerTimeoutSettings {
  return {
    headersMs: env.HEADERS_TIMEOUT_MS,
    requestMs: env.REQUEST_TIMEOUT_MS,
    keepAliveMs: env.KEEP_ALIVE_TIMEOUT_MS,
  };
}

/** Anonymous mode listens on loopback only: without authentication the endpoint must not be reachable from the network. */
export function listenHost(host: string | undefined, authenticated: boolean): string {
  return host ?? (authenticated ? '0.0.0.0' : '127.0.0.1');
}
