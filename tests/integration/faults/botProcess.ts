/**
 * One bot instance in its own process, configured from the environment, for fault tests that must
 * kill an instance outright (SIGKILL). Prints `BOT_PORT=<port>` once listening.
 */
import { loadConfig } from '../../../src/config';
import { startBot } from '../../../src/index';

startBot(loadConfig(process.env)).then(
  (bot) => {
    process.stdout.write(`BOT_PORT=${bot.port}\n`);
    process.once('SIGTERM', () => void bot.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    process.stderr.write(`start failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
