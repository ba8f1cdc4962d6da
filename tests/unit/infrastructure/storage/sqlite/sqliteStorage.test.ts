import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { StorageUnavailableError } from '../../../../../src/ports/storage';
import { SqliteStorage } from '../../../../../src/infrastructure/storage/sqlite/sqliteStorage';

const run = promisify(execFile);
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sqlite-storage-'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('SqliteStorage', () => {
  it('creates a missing data folder and keeps documents, audit entries and leases across a restart', async () => {
    const dataDir = join(root, 'nested', 'data');
    const first = new SqliteStorage({ dataDir });
    expect(existsSync(join(dataDir, 'storage.sqlite'))).toBe(true);
    const etag = await first.documents.put('threads', 'BU-2026-0042', { status: 'i gang', note: 'æøå' });
    await first.auditLog.append('BU-2026-0042', { action: 'created' });
    await first.auditLog.append('BU-2026-0042', { action: 'task.added' });
    await expect(first.leases.tryAcquire('reminders', 'instance-a', 60_000)).resolves.toBe(true);
    await first.close();

    const second = new SqliteStorage({ dataDir });
    await expect(second.documents.get('threads', 'BU-2026-0042')).resolves.toEqual({
      id: 'BU-2026-0042',
      value: { status: 'i gang', note: 'æøå' },
      etag,
    });
    await expect(second.auditLog.read('BU-2026-0042')).resolves.toEqual([
      { action: 'created' },
      { action: 'task.added' },
    ]);
    await second.auditLog.append('BU-2026-0042', { action: 'closed' });
    expect((await second.auditLog.read('BU-2026-0042')).map((entry) => entry.action)).toEqual([
      'created',
      'task.added',
      'closed',
    ]);
    await expect(second.leases.tryAcquire('reminders', 'instance-b', 60_000)).resolves.toBe(false);
    await second.close();
  });

  it('uses WAL journaling', async () => {
    const storage = new SqliteStorage({ dataDir: root });
    await storage.close();
    const db = new Database(join(root, 'storage.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses to change an audit entry in place, even with raw SQL', async () => {
    const storage = new SqliteStorage({ dataDir: root });
    await storage.auditLog.append('case-1', { action: 'created' });
    await storage.close();
    const db = new Database(join(root, 'storage.sqlite'));
    expect(() => db.prepare("UPDATE audit_log SET json = '{}'").run()).toThrow(/append-only/);
    db.close();
    const reopened = new SqliteStorage({ dataDir: root });
    await expect(reopened.auditLog.read('case-1')).resolves.toEqual([{ action: 'created' }]);
    await reopened.close();
  });

  it('reports StorageUnavailableError after close instead of a raw driver error', async () => {
    const storage = new SqliteStorage({ dataDir: root });
    await storage.close();
    await expect(storage.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.documents.get('threads', 'x')).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.documents.put('threads', 'x', {})).rejects.toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
    });
    await expect(storage.auditLog.append('s', {})).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.leases.tryAcquire('l', 'h', 1000)).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.close()).resolves.toBeUndefined();
  });

  it('maps a database locked by another connection (SQLITE_BUSY) to StorageUnavailableError and recovers', async () => {
    const storage = new SqliteStorage({ dataDir: root, busyTimeoutMs: 50 });
    await storage.documents.put('threads', 't1', { n: 1 });
    const other = new Database(storage.filePath);
    other.exec('BEGIN EXCLUSIVE');
    const error = await storage.documents.put('threads', 't1', { n: 2 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toContain('SQLITE_BUSY');
    other.exec('ROLLBACK');
    other.close();
    await storage.documents.put('threads', 't1', { n: 3 });
    expect((await storage.documents.get('threads', 't1'))?.value).toEqual({ n: 3 });
    await storage.close();
  });

  it('reports a data folder that cannot be created as StorageUnavailableError', async () => {
    const blocker = join(root, 'a-file');
    const storage = new SqliteStorage({ dataDir: root, fileName: 'a-file' });
    await storage.close();
    expect(() => new SqliteStorage({ dataDir: join(blocker, 'data') })).toThrow(StorageUnavailableError);
  });

  it('loses no update when several processes increment one counter in the same file', async () => {
    const setup = new SqliteStorage({ dataDir: root });
    await setup.documents.put('counters', 'shared', { count: 0 });
    await setup.close();

    const worker = join(__dirname, 'sqliteCounterWorker.ts');
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const processes = 3;
    const perProcess = 40;
    await Promise.all(
      Array.from({ length: processes }, () =>
        run(tsx, [worker, root, String(perProcess)], { timeout: 20_000 }),
      ),
    );

    const check = new SqliteStorage({ dataDir: root });
    expect((await check.documents.get<{ count: number }>('counters', 'shared'))?.value.count).toBe(
      processes * perProcess,
    );
    await check.close();
  }, 30_000);
});
