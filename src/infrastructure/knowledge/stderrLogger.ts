import type { LogFields, Logger } from '../../ports/logger';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/**
 * A minimal JSON-lines logger on stderr for command-line tools, whose stdout is reserved for
 * results. `minLevel: 'silent'` drops everything.
 */
export function createStderrLogger(
  minLevel: Level | 'fatal' | 'trace' | 'silent' = 'warn',
  bindings: LogFields = {},
): Logger {
  // LOG_LEVEL has pino's six levels; this logger has four ('fatal' is an error, 'trace' a debug line).
  const level = minLevel === 'fatal' ? 'error' : minLevel === 'trace' ? 'debug' : minLevel;
  const threshold = level === 'silent' ? LEVELS.length : LEVELS.indexOf(level);
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
