import { Writable } from 'node:stream';
import { createPinoLogger } from '../../src/infrastructure/logging/pinoLogger';
import type { Logger } from '../../src/ports/logger';

/** The real pino logger writing into memory, so a test can read every line the bot logged. */
export function capturingLogger(level = 'debug'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      callback();
    },
  });
  return { logger: createPinoLogger({ level, destination }), lines };
}
