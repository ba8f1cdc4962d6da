/**
 * Benchmark: 50 simulated users send 500 card actions (accept, add task, complete task, add
 * decision) at ONE coordination thread, all at once, through the real coordination service on each
 * storage (memory, SQLite, Azure Blob Storage on an Azurite this benchmark starts). A user whose
 * click lands on a stale card does what Teams shows them: takes the refreshed card and clicks again.
 *
 * Reports actions per second, p50/p99 latency of a user's action (first click until applied,
 * including stale retries) and of a single service call, stale retries, and lost updates: every
 * action the service reported as applied must be in the final thread (must be 0).
 *
 * Also `mine sager` / `mine opgaver` at scale (200 threads with 50 participants each, asked over the
 * real HTTP endpoint in a 1:1 chat) and the need-to-know check: every shared card variant of those
 * threads searched for their private fields (must be 0).
 *
 * The scenarios live in src/cli/benchmarks/coordination/; this file runs them on each storage.
 *
 * Run: `npx tsx src/cli/benchmarks/coordination.ts` (or `npm run bench -- --only coordination`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AzureBlobStorage } from '../../infrastructure/storage/azureBlob/azureBlobStorage';
import { MemoryStorage } from '../../infrastructure/storage/memory/memoryStorage';
import { SqliteStorage } from '../../infrastructure/storage/sqlite/sqliteStorage';
import { startAzurite } from '../../../tests/helpers/azurite';
import { ACTIONS_PER_USER, USERS } from './coordination/clickScript';
import { benchDailyDigest, DIGEST } from './coordination/dailyDigest';
import { benchInvokePath } from './coordination/invokePath';
import { benchMyWork, MY_WORK } from './coordination/myWork';
import { benchStorage } from './coordination/storageContention';

export const name = 'coordination';

export async function run(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  results['my-work-memory'] = await benchMyWork(new MemoryStorage());
  results.memory = await benchStorage(new MemoryStorage());
  results['memory-invoke-path'] = await benchInvokePath(new MemoryStorage());
  results['daily-digest-memory'] = await benchDailyDigest(new MemoryStorage());

  const dir = mkdtempSync(join(tmpdir(), 'coordination-bench-'));
  const sqlite = new SqliteStorage({ dataDir: dir });
  try {
    results.sqlite = await benchStorage(sqlite);
    results['my-work-sqlite'] = await benchMyWork(sqlite);
    results['daily-digest-sqlite'] = await benchDailyDigest(sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  let azurite: Awaited<ReturnType<typeof startAzurite>> | undefined;
  try {
    azurite = await startAzurite();
    const blob = new AzureBlobStorage({
      connectionString: azurite.connectionString,
      container: 'coordination-bench',
    });
    try {
      results['azure-blob'] = {
        ...(await benchStorage(blob)),
        note: 'Azurite (local emulator) on this machine',
      };
    } finally {
      await blob.close();
    }
  } catch (error) {
    results['azure-blob'] = { skipped: true, reason: (error as Error).message.slice(0, 200) };
  } finally {
    await azurite?.stop();
  }
  const lost = Object.values(results).reduce<number>(
    (sum, r) => sum + (((r as { lostUpdates?: number }).lostUpdates ?? 0) as number),
    0,
  );
  const myWork = results['my-work-memory'] as { mineSager: { latencyMs: { p99: number } } };
  const leaks = ['my-work-memory', 'my-work-sqlite'].reduce(
    (sum, key) =>
      sum +
      ((results[key] as { needToKnow?: { privateFieldsFound: number } } | undefined)?.needToKnow
        ?.privateFieldsFound ?? 0),
    0,
  );
  return {
    scenario: `${USERS} users, ${USERS * ACTIONS_PER_USER} card actions at one thread`,
    lostUpdates: lost,
    myWorkScenario: `${MY_WORK.threads} threads x ${MY_WORK.participantsPerThread} participants: mine sager over HTTP`,
    mineSagerP99Ms: myWork.mineSager.latencyMs.p99,
    sharedCardPrivateFieldsFound: leaks,
    dailyDigestScenario: `${DIGEST.users} users in ${DIGEST.threads} threads x ${DIGEST.participantsPerThread} participants: one digest pass`,
    dailyDigest1000UsersMs: (results['daily-digest-memory'] as { runMs: number }).runMs,
    ...results,
  };
}

if (require.main === module) {
  run().then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`coordination bench failed: ${(error as Error).stack}\n`);
      process.exit(1);
    },
  );
}
