/**
 * Start-up time and idle memory of the bot in a fresh Node process: this module starts itself as
 * the child (with the same loader flags), which reports one line of JSON and stops.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../../index';
import { nearestRank } from '../measure';
import { benchConfig, discardingLogger } from './benchBot';
import { round } from './driver';

export interface StartupFigures {
  /** From the Node process's start (module loading included) to the server listening. */
  readonly processStartToListeningMs: number;
  /** startBot alone: config files, storage, knowledge index, services, server. */
  readonly startBotMs: number;
  /** After start-up, two full garbage collections and a short pause. */
  readonly idleRssMb: number;
  readonly idleHeapUsedMb: number;
}

export interface StartupReport {
  readonly runs: number;
  readonly firstStart: StartupFigures;
  readonly restart: StartupFigures;
}

const START_MARKER = '--startup-child';

/** In the child process: start, settle, collect garbage, report one line of JSON, stop. */
async function startupChild(dataDir: string): Promise<void> {
  const called = performance.now();
  const bot = await startBot(benchConfig(dataDir), { logger: discardingLogger() });
  const processStartToListeningMs = process.uptime() * 1000;
  const startBotMs = performance.now() - called;
  const gc = (globalThis as { gc?: () => void }).gc;
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc?.();
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const memory = process.memoryUsage();
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
  const figures: StartupFigures = {
    processStartToListeningMs: round(processStartToListeningMs, 0),
    startBotMs: round(startBotMs, 0),
    idleRssMb: mb(memory.rss),
    idleHeapUsedMb: mb(memory.heapUsed),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  await bot.stop();
}

/** One start of the bot in a new Node process (this file, with the same loader flags). */
function startOnce(dataDir: string): Promise<StartupFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, '--expose-gc', __filename, START_MARKER, dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) {
        reject(new Error(`start-up run failed (exit ${code}): ${err.split('\n').slice(-5).join(' ')}`));
        return;
      }
      resolve(JSON.parse(line) as StartupFigures);
    });
  });
}

function medianOf(runs: readonly StartupFigures[]): StartupFigures {
  const median = (pick: (f: StartupFigures) => number) =>
    nearestRank(
      runs.map(pick).sort((a, b) => a - b),
      50,
    );
  return {
    processStartToListeningMs: median((f) => f.processStartToListeningMs),
    startBotMs: median((f) => f.startBotMs),
    idleRssMb: median((f) => f.idleRssMb),
    idleHeapUsedMb: median((f) => f.idleHeapUsedMb),
  };
}

export async function measureStartup(runs: number): Promise<StartupReport> {
  const first: StartupFigures[] = [];
  const again: StartupFigures[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
    try {
      first.push(await startOnce(dataDir));
      again.push(await startOnce(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { runs, firstStart: medianOf(first), restart: medianOf(again) };
}

if (require.main === module && process.argv[2] === START_MARKER) {
  startupChild(process.argv[3]!).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`Start-up run failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
