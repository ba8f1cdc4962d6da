/**
 * `npm run playground`: the bot with its embedded defaults plus the Microsoft 365 Agents Playground
 * (a local Teams-like web client), both on loopback. Open the printed URL in a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadConfig, loadDotEnvFile } from '../config';
import { startBot } from '../index';

export interface PlaygroundOptions {
  readonly botPort?: number;
  readonly playgroundPort?: number;
  readonly env?: Record<string, string>;
}

export interface RunningPlayground {
  readonly url: string;
  readonly botPort: number;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '..', '..');

export async function startPlayground(options: PlaygroundOptions = {}): Promise<RunningPlayground> {
  const config = loadConfig({
    ...process.env,
    PORT: String(options.botPort ?? 3978),
    ...(options.env ?? {}),
  });
  const bot = await startBot(config);
  const playgroundPort = options.playgroundPort ?? 56150;
  const child = spawnAgentsPlayground({ botPort: bot.port, playgroundPort });
  const url = `http://127.0.0.1:${playgroundPort}`;
  await waitForHttp(url, 60000, child);
  return {
    url,
    botPort: bot.port,
    async stop() {
      child.kill('SIGTERM');
      await bot.stop();
    },
  };
}

/**
 * Starts the Microsoft 365 Agents Playground for a bot on this machine. `cwd` is where it reads an
 * optional .m365agentsplayground.yml (users, channels). The preload keeps it on loopback.
 */
export function spawnAgentsPlayground(options: {
  botPort: number;
  playgroundPort: number;
  cwd?: string;
}): ChildProcess {
  return spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'),
      '-e',
      `http://127.0.0.1:${options.botPort}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(options.playgroundPort),
      '--dt',
    ],
    {
      cwd: options.cwd ?? ROOT,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        NODE_OPTIONS:
          `${process.env.NODE_OPTIONS ?? ''} --require ${join(ROOT, 'scripts', 'loopbackOnly.cjs')}`.trim(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error('The Agents Playground exited during start-up');
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The Agents Playground did not answer on ${url} within ${timeoutMs} ms`);
}

if (require.main === module) {
  loadDotEnvFile();
  startPlayground().then(
    (playground) => {
      console.log(
        `\nAgents Playground: open ${playground.url} in a browser to chat with the bot.\nPress Ctrl+C to stop.\n`,
      );
      const stop = () => void playground.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(`Playground failed to start: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
