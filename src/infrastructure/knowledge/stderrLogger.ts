import type { LogFields, Logger } from '../../ports/logger';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/**
 * A minimal JSON-lines logger on stderr for command-line tools, whose stdout is reserved for
 * results. `minLevel: 'silent'` drops everything.
 */
export function createStderrLogger(minLevel: Level | 'silent' = 'warn', bindings: LogFields = {}): Logger {
  const threshold = minLevel === 'silent' ? LEVELS.length : LEVELS.indexOf(minLevel);
  const write = (level: Level, message: string, fields?: LogFields) => {
    if (LEVELS.indexOf(level) < threshold) return;
    process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...bindings, ...fields })}\n`);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (more) => createStderrLogger(minLevel, { ...bindings, ...more }),
  };
}

export function logLevelFromEnv(value: string | undefined, fallback: Level | 'silent'): Level | 'silent' {
  return value === 'silent' || (LEVELS as readonly string[]).includes(value ?? '') ? (value as Level | 'silent') : fallback;
}
