/**
 * Child process for the multi-process test: increments a shared counter N times with ifMatch retries.
 * Usage: tsx sqliteCounterWorker.ts <dataDir> <count>
 */
import { ConcurrencyConflictError } from '../../../../../src/ports/storage';
import { SqliteStorage } from '../../../../../src/infrastructure/storage/sqlite/sqliteStorage';

async function main(): Promise<void> {
  const [dataDir, countText] = process.argv.slice(2);
  const storage = new SqliteStorage({ dataDir, busyTimeoutMs: 10_000 });
  for (let done = 0; done < Number(countText);) {
    const current = await storage.documents.get<{ count: number }>('counters', 'shared');
    if (!current) throw new Error('counter missing');
    try {
      await storage.documents.put(
        'counters',
        'shared',
        { count: current.value.count + 1 },
        { ifMatch: current.etag },
      );
      done += 1;
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
  }
  await storage.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
