import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The well-known development account of the Azure Storage emulator (public, not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteInstance {
  readonly connectionString: string;
  readonly port: number;
  /** Stops the emulator (the port stays reserved for `restart`). */
  stop(): Promise<void>;
  /** Stops (if running) and starts the emulator again on the same port. */
  restart(): Promise<void>;
}

export interface AzuriteOptions {
  /**
   * Keep data on disk (in a temporary folder removed when the test process exits) so that it survives
   * `restart`, like a real storage account during an outage. Default: in memory, lost on restart.
   */
  readonly persistent?: boolean;
}

const AZURITE_MAIN = resolve(
  __dirname,
  '..',
  '..',
  'node_modules',
  'azurite',
  'dist',
  'src',
  'blob',
  'main.js',
);
const running = new Set<ChildProcess>();
const folders = new Set<string>();

// Never leave an emulator or its data behind, even when a test file fails half-way.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/${AZURITE_ACCOUNT}?comp=list`, method: 'GET', timeout: 1000 },
      (res) => {
        res.resume();
        resolveAnswer(true);
      },
    );
    req.on('error', () => resolveAnswer(false));
    req.on('timeout', () => {
      req.destroy();
      resolveAnswer(false);
    });
    req.end();
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveExit();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit();
    });
  });
}

/**
 * Starts Azurite's blob service on a free loopback port (so parallel jest workers never collide)
 * and resolves once it answers HTTP. Each test file starts and stops its own emulator.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<AzuriteInstance> {
  const port = await freePort();
  const location = options.persistent ? mkdtempSync(join(tmpdir(), 'azurite-')) : undefined;
  if (location) folders.add(location);
  let child: ChildProcess | undefined;
  let output = '';

  const launch = async (): Promise<void> => {
    const args = [
      AZURITE_MAIN,
      ...(location ? ['--location', location] : ['--inMemoryPersistence']),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--silent',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--loose',
    ];
    const started = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    running.add(started);
    started.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
    started.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
    started.once('exit', () => running.delete(started));

    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null)
        throw new Error(`Azurite exited early (code ${started.exitCode}): ${output}`);
      if (await answers(port)) return;
      await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
    }
    started.kill('SIGKILL');
    throw new Error(`Azurite did not answer on port ${port} within 20 s: ${output}`);
  };

  const halt = async (): Promise<void> => {
    const current = child;
    child = undefined;
    if (!current) return;
    current.kill('SIGTERM');
    await waitForExit(current, 3000);
  };

  await launch();

  return {
    port,
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
      `BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`,
    stop: async () => {
      await halt();
    },
    restart: async () => {
      await halt();
      await launch();
    },
  };
}
