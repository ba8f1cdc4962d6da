import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SuiteModule {
  readonly name: string;
  readonly evaluate?: () => Promise<Record<string, unknown>>;
  readonly run?: () => Promise<Record<string, unknown>>;
}

/**
 * Runs every module of a folder (src/cli/evaluations or src/cli/benchmarks) in name order and
 * prints one JSON document. `--only a,b` limits the run. A failing suite is reported, not fatal.
 */
export async function runSuites(
  folder: string,
  entry: 'evaluate' | 'run',
  argv: readonly string[],
): Promise<number> {
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set((argv[onlyIndex + 1] ?? '').split(',')) : undefined;
  const files = readdirSync(folder)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const results: Record<string, unknown> = {};
  let failures = 0;
  for (const file of files) {
    const suite = (await import(join(folder, file))) as SuiteModule;
    const fn = suite[entry];
    if (!fn || (only && !only.has(suite.name))) continue;
    const started = performance.now();
    try {
      results[suite.name] = await fn();
    } catch (error) {
      failures++;
      results[suite.name] = { error: (error as Error).message };
    }
    process.stderr.write(`${suite.name}: ${Math.round(performance.now() - started)} ms\n`);
  }
  const json = JSON.stringify(
    { generatedAt: new Date().toISOString(), node: process.version, results },
    null,
    2,
  );
  // The callers exit right after; on a pipe the write is asynchronous, so wait until it is handed over.
  await new Promise<void>((resolve) => process.stdout.write(`${json}\n`, () => resolve()));
  return failures;
}
