/** The bot as the load benchmark starts it: SQLite, info-level logging to nowhere, no schedulers. */
import { Writable } from 'node:stream';
import { loadConfig } from '../../config';
import { createPinoLogger } from '../../infrastructure/logging/pinoLogger';

export function benchConfig(dataDir: string) {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STORAGE: 'sqlite',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    SCHEDULERS_ENABLED: 'false',
  });
}

/** Logs at info level, as in production, into a sink that drops the lines. */
export function discardingLogger() {
  return createPinoLogger({
    level: 'info',
    destination: new Writable({
      write(_chunk, _encoding, callback) {
        callback();
      },
    }),
  });
}
