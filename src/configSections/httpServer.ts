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

/**
 * Worker threads that read concern descriptions beside the HTTP thread (about a millisecond of CPU
 * per turn that the turns in flight would otherwise wait for). 'auto': one per CPU beyond the
 * first, at most two; none on a one-CPU machine, where the reading runs in the HTTP thread.
 */
export const turnWorkFields = {
  CLASSIFIER_THREADS: z
    .string()
    .trim()
    .default('auto')
    .refine((v) => v === 'auto' || /^[0-8]$/.test(v), 'expected a number of threads (0-8) or auto')
    .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v))),
};

/** The number of classifier worker threads for this machine; 0 reads in the HTTP thread. */
export function classifierThreadsFrom(setting: 'auto' | number, cpus: number): number {
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
