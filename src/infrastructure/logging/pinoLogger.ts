import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import { redactCpr } from '../../domain/privacy/cpr';
import type { LogFields, Logger } from '../../ports/logger';

/**
 * Keys that could carry what users wrote. They are removed from the fields and child bindings of
 * every log call and from any object one level down (`nested.summary`), and `text` from a
 * `message` object at either of those levels, as a second line of defence: callers are expected
 * never to log them in the first place.
 */
const SENSITIVE_KEYS: ReadonlySet<string> = new Set([
  'text',
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
]);

const LEFT_OUT = Symbol('left out');

/**
 * `value` with `change` applied to each of its own enumerable keys (LEFT_OUT leaves the key out),
 * copied with its prototype and every other property (an error keeps its message and stack) only
 * when something changed; otherwise `value` itself.
 */
function changed(value: object, change: (key: string, item: unknown) => unknown): object {
  const items = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const next = change(key, items[key]);
    if (next === items[key]) continue;
    if (copy === undefined) {
      const properties = Object.getOwnPropertyDescriptors(value);
      for (const property of Object.values(properties)) {
        property.configurable = true;
        if ('value' in property) property.writable = true;
      }
      copy = Object.create(Object.getPrototypeOf(value) as object | null, properties) as Record<
        string,
        unknown
      >;
    }
    // defineProperty: an own "__proto__" key stays a key and never becomes the prototype.
    if (next === LEFT_OUT) delete copy[key];
    else
      Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy ?? value;
}

const isPlainObjectLike = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const withoutText = (message: unknown): unknown =>
  isPlainObjectLike(message) ? changed(message, (key, item) => (key === 'text' ? LEFT_OUT : item)) : message;

/** A field's value: its sensitive keys left out, and the text of a message in it. */
function withoutSensitiveChildren(value: unknown): unknown {
  if (!isPlainObjectLike(value)) return value;
  return changed(value, (key, item) =>
    SENSITIVE_KEYS.has(key) ? LEFT_OUT : key === 'message' ? withoutText(item) : item,
  );
}

/**
 * The fields (or child bindings) of a log call without the keys that could carry what a user
 * wrote. Done here, in the walk that already masks CPR numbers, rather than by pino's path
 * redaction, which copied and searched every field of every line (more than half of what a line
 * cost) for keys that are almost never there; the same keys at the same places are removed.
 */
function withoutSensitiveFields(fields: unknown): unknown {
  if (!isPlainObjectLike(fields)) return fields;
  return changed(fields, (key, item) =>
    SENSITIVE_KEYS.has(key) ? LEFT_OUT : withoutSensitiveChildren(item),
  );
}

export interface PinoLoggerOptions {
  readonly level: string;
  /** Defaults to stdout. Tests pass a stream to inspect the output. */
  readonly destination?: DestinationStream;
}

/**
 * Every string in a log call, in the message and in its fields (nested a few levels), CPR-redacted.
 * A plain object or array in which nothing changed is passed on as it is (the removal of sensitive
 * keys copies what it changes, so the caller's object is never altered): most log calls hold only
 * counts and ids, and every turn logs a few of them.
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
      hooks: {
        // A CPR number must never reach a log line, whatever a caller passed; nor a sensitive key.
        logMethod(args, method) {
          const clean = args.map((arg, i) => {
            const masked = withoutCprDeep(arg, 0);
            if (i > 0) return masked;
            // An error in the place of the fields is written under `err`: one level down.
            return masked instanceof Error
              ? withoutSensitiveChildren(masked)
              : withoutSensitiveFields(masked);
          });
          method.apply(this, clean as Parameters<typeof method>);
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
    child: (bindings: LogFields) =>
      wrap(instance.child(withoutSensitiveFields(withoutCprDeep(bindings, 0)) as LogFields)),
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
