/**
 * Benchmark of the Overblik tab: the bundle's size (gzipped; what the first page load fetches and
 * everything), the time to the first rendered view in Debian Chromium on loopback, and the API's
 * latency (p50/p99) with 1,000 coordination threads and 100 knowledge posts in storage.
 *
 * Run: `npm run bench -- --only overviewTab`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../../config';
import { startBot } from '../../index';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { nearestRank } from '../measure';
import { seedTabFixture, TAB_USER } from '../tabFixture';

export const name = 'overviewTab';

const ROOT = resolve(__dirname, '..', '..', '..');
const THREADS = 1000;
const POSTS = 100;
const ACKS_PER_POST = 40;
const REQUESTS_PER_ENDPOINT = 200;
const RENDER_RUNS = 5;

/** The files a first visit loads: the entry script and what it imports statically (not on demand). */
function initialFiles(assets: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    // esbuild writes static imports as `import{a as b}from"./chunk-X.js"` or `import"./chunk-X.js"`.
    for (const match of code.matchAll(/import\s*(?:[\w${},\s*]+from\s*)?"\.\/([^"]+\.js)"/g))
      visit(match[1]!);
  };
  visit(entry);
  return [...seen];
}

function bundleSizes(outDir: string) {
  const assets = join(outDir, 'assets');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = /assets\/([^"]+\.js)"/.exec(html)![1]!;
  const gz = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const initial = initialFiles(assets, entry);
  return {
    initialGzipBytes: initial.reduce((sum, f) => sum + gz(f), 0) + gzipSync(html).length,
    initialFiles: initial.length,
    totalGzipBytes: all.reduce((sum, f) => sum + gz(f), 0) + gzipSync(html).length,
    totalFiles: all.length + 1,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const outDir = mkdtempSync(join(tmpdir(), 'tab-bench-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'buildTab.mjs'), outDir], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  const bundle = bundleSizes(outDir);

  const bot = await startBot(
    loadConfig({
      STORAGE: 'memory',
      PORT: '0',
      LOG_LEVEL: 'silent',
      SCHEDULERS_ENABLED: 'false',
      CONFIG_DIR: join(ROOT, 'config'),
      KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
      TAB_ASSETS_DIR: outDir,
      TAB_DEV_USER_ID: TAB_USER,
    }),
  );
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  try {
    const seedStarted = performance.now();
    const { ownThreads } = await seedTabFixture(bot.storage, {
      threads: THREADS,
      posts: POSTS,
      acknowledgementsPerPost: ACKS_PER_POST,
      configDir: join(ROOT, 'config'),
    });
    const seedMs = Math.round(performance.now() - seedStarted);

    const api = await apiLatencies(baseUrl);
    const firstRender = await measureFirstRender(baseUrl);
    return {
      bundle,
      firstRender,
      api,
      data: {
        threads: THREADS,
        ownThreads,
        posts: POSTS,
        acknowledgementsPerPost: ACKS_PER_POST,
        requestsPerEndpoint: REQUESTS_PER_ENDPOINT,
        seedMs,
      },
    };
  } finally {
    await bot.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** p50/p99/max of each tab endpoint over REQUESTS_PER_ENDPOINT requests, after ten to warm up. */
async function apiLatencies(baseUrl: string) {
  const api: Record<string, { p50Ms: number; p99Ms: number; maxMs: number; bytes: number }> = {};
  for (const endpoint of ['me', 'cases', 'updates', 'gaps', 'usage']) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REQUESTS_PER_ENDPOINT + 10; i++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/tab/${endpoint}`);
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`/api/tab/${endpoint} answered ${response.status}`);
      if (i >= 10) times.push(performance.now() - started); // the first ten warm up
      bytes = body.byteLength;
    }
    times.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    api[endpoint] = {
      p50Ms: round(nearestRank(times, 50)),
      p99Ms: round(nearestRank(times, 99)),
      maxMs: round(times.at(-1)!),
      bytes,
    };
  }
  return api;
}

/** Time to the rendered Mine sager view in Debian Chromium, cold cache each run. */
async function measureFirstRender(baseUrl: string): Promise<Record<string, unknown>> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no browser at ${CHROMIUM_PATH}` };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs: number[] = [];
  try {
    for (let i = 0; i < RENDER_RUNS; i++) {
      // A fresh context each time: an empty cache, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/tab/overblik`);
      await page.getByTestId('view-cases').waitFor({ timeout: 30_000 });
      // From navigation start to the rendered Mine sager table, as the browser measures it.
      runs.push(Number(await page.evaluate('performance.now()')));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  runs.sort((a, b) => a - b);
  return {
    medianMs: Math.round(nearestRank(runs, 50)),
    maxMs: Math.round(runs.at(-1)!),
    runs: RENDER_RUNS,
    view: 'Mine sager, cold cache, loopback',
  };
}

if (require.main === module) {
  run().then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
