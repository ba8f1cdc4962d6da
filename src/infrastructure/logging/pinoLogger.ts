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

/** Every string in a log call, in the message and in its fields (nested a few levels), CPR-redacted. */
function withoutCprDeep(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactCpr(value);
  if (depth >= 4 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => withoutCprDeep(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, withoutCprDeep(item, depth + 1)]),
  );
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
