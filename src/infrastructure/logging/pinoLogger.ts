import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import { redactCpr } from '../../domain/privacy/cpr';
import type { LogFields, Logger } from '../../ports/logger';

/**
 * Keys that could carry what users wrote. They are removed at every level as a second line of
 * defence: callers are expected never to log them in the first place.
 */
const SENSITIVE_KEYS = [
  'text',
  'message.text',
  'body',
  'value',
  'card',
  'attachments',
  'question',
  'description',
  'summary',
  'comment',
  'authorization',
  'password',
];

export interface PinoLoggerOptions {
  readonly level: string;
  /** Defaults to stdout. Tests pass a stream to inspect the output. */
  readonly destination?: DestinationStream;
}

/**
 * Every string in a log call, in the message and in its fields (nested a few levels), CPR-redacted.
 * A plain object or array in which nothing changed is passed on as it is (pino's redaction copies
 * what it removes, so the caller's object is never altered): most log calls hold only counts and
 * ids, and every turn logs a few of them.
 */
function withoutCprDeep(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactCpr(value);
  if (depth >= 4 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const clean = withoutCprDeep(item, depth + 1);
      if (clean !== item) (copy ??= [...value])[i] = clean;
    }
    return copy ?? value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    // Anything else (a Date, a class instance) is logged as its own enumerable fields, as before.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutCprDeep(item, depth + 1)]),
    );
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    const clean = withoutCprDeep(item, depth + 1);
    if (clean !== item) (copy ??= Object.fromEntries(Object.entries(value)))[key] = clean;
  }
  return copy ?? value;
}

export function createPinoLogger(options: PinoLoggerOptions): Logger {
  const instance = pino(
    {
      level: options.level,
      base: { service: 'boern-og-unge-bot' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...SENSITIVE_KEYS, ...SENSITIVE_KEYS.map((k) => `*.${k}`)], remove: true },
      hooks: {
        // A CPR number must never reach a log line, whatever a caller passed.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => withoutCprDeep(arg, 0)) as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
  return wrap(instance);
}

function wrap(instance: Pino): Logger {
  return {
    debug: (message: string, fields?: LogFields) => instance.debug(fields ?? {}, message),
    info: (message: string, fields?: LogFields) => instance.info(fields ?? {}, message),
    warn: (message: string, fields?: LogFields) => instance.warn(fields ?? {}, message),
    error: (message: string, fields?: LogFields) => instance.error(fields ?? {}, message),
    child: (bindings: LogFields) => wrap(instance.child(withoutCprDeep(bindings, 0) as LogFields)),
  };
}

/** A logger that drops everything: CLI tools whose stdout is a data contract. */
export function createSilentLogger(): Logger {
  const silent: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: () => {},
    child: () => silent,
  };
  return silent;
}
