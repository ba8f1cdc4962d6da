import { loadConfig, type AppConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/index';
import { capturingLogger } from './logCapture';

export interface TestBot {
  readonly bot: RunningBot;
  readonly url: string;
  readonly config: AppConfig;
  /** Every log line the bot wrote, parsed. */
  readonly logLines: Record<string, unknown>[];
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown; text: string }>;
  stop(): Promise<void>;
}

/**
 * Starts the real server (restify + CloudAdapter + teams-ai) on a free loopback port. The pathway
 * classifier and policy retrieval work in the HTTP thread unless `env` asks for worker threads
 * (CLASSIFIER_THREADS, RETRIEVAL_THREADS): a worker takes a second to start, and the suites that
 * start a bot per test need none.
 */
export async function startTestBot(env: Record<string, string> = {}): Promise<TestBot> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STORAGE: 'memory',
    LOG_LEVEL: 'debug',
    CLASSIFIER_THREADS: '0',
    RETRIEVAL_THREADS: '0',
    ...env,
  });
  const { logger, lines: logLines } = capturingLogger('debug');
  const bot = await startBot(config, { logger });
  const url = `http://127.0.0.1:${bot.port}`;
  return {
    bot,
    url,
    config,
    logLines,
    async post(body, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: parseJson(text), text };
    },
    stop: () => bot.stop(),
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
