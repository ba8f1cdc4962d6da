import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  ConcurrencyConflictError,
  StorageUnavailableError,
  type AppendLog,
  type DocumentStore,
  type LeaseManager,
  type Storage,
  type StoredDocument,
  type WriteCondition,
} from '../../../ports/storage';
import { assertLeaseArgs, assertStorageName } from '../storageNames';

export interface SqliteStorageOptions {
  /** Folder that holds the database file; created when missing. */
  readonly dataDir: string;
  /** File name inside `dataDir` (default `storage.sqlite`). */
  readonly fileName?: string;
  /** How long a write waits for another connection's lock before giving up (default 5000 ms). */
  readonly busyTimeoutMs?: number;
  /** Clock used for lease expiry and `updated_at` (default Date.now). */
  readonly now?: () => number;
}

export const DEFAULT_SQLITE_FILE = 'storage.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  json TEXT NOT NULL,
  etag TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (collection, id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS audit_log (
  stream TEXT NOT NULL,
  seq INTEGER NOT NULL,
  json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (stream, seq)
) WITHOUT ROWID;

-- Entries are never changed; only whole streams are purged (a DELETE by stream).
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE IF NOT EXISTS leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** better-sqlite3 error codes that mean "the store cannot serve now", not "your request is wrong". */
function isSqliteFailure(error: unknown): boolean {
  if (error instanceof Database.SqliteError) return true;
  // Test runners may load the addon in another module registry, so also recognise it by its code.
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return true;
  // Using a closed connection raises a TypeError created by the native addon (possibly from another
  // realm, so `instanceof Error` is not reliable): recognise it by its message.
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && /database connection is not open/i.test(message);
}

function newEtag(): string {
  return `"${randomBytes(9).toString('base64url')}"`;
}

interface DocRow {
  id: string;
  json: string;
  etag: string;
}

function prepareStatements(db: Database.Database) {
  return {
    ping: db.prepare('SELECT 1'),
    getDoc: db.prepare<[string, string], DocRow>(
      'SELECT id, json, etag FROM documents WHERE collection = ? AND id = ?',
    ),
    upsertDoc: db.prepare(
      `INSERT INTO documents (collection, id, json, etag, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (collection, id) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at`,
    ),
    insertDoc: db.prepare(
      `INSERT INTO documents (collection, id, json, etag, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (collection, id) DO NOTHING`,
    ),
    updateDocIfMatch: db.prepare(
      'UPDATE documents SET json = ?, etag = ?, updated_at = ? WHERE collection = ? AND id = ? AND etag = ?',
    ),
    deleteDoc: db.prepare('DELETE FROM documents WHERE collection = ? AND id = ?'),
    deleteDocIfMatch: db.prepare('DELETE FROM documents WHERE collection = ? AND id = ? AND etag = ?'),
    listDocs: db.prepare<[string, number, string], DocRow>(
      'SELECT id, json, etag FROM documents WHERE collection = ? AND substr(id, 1, ?) = ? ORDER BY id',
    ),
    append: db.prepare(
      `INSERT INTO audit_log (stream, seq, json, created_at)
       SELECT @stream, COALESCE(MAX(seq), 0) + 1, @json, @time FROM audit_log WHERE stream = @stream`,
    ),
    readStream: db.prepare<[string], { json: string }>(
      'SELECT json FROM audit_log WHERE stream = ? ORDER BY seq',
    ),
    purgeStream: db.prepare('DELETE FROM audit_log WHERE stream = ?'),
    acquireLease: db.prepare(
      `INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expiresAt)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE leases.holder = excluded.holder OR leases.expires_at <= @now`,
    ),
    releaseLease: db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?'),
  };
}

/**
 * Embedded storage for one machine: a single SQLite file in WAL mode, opened with better-sqlite3
 * (synchronous; every call is one statement, so each conditional write is atomic). Several
 * processes may share the file: WAL lets readers run beside one writer, and `busy_timeout` makes
 * a writer wait for another's lock instead of failing at once.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite' as const;
  readonly documents: DocumentStore;
  readonly auditLog: AppendLog;
  readonly leases: LeaseManager;
  readonly filePath: string;

  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly stmt: ReturnType<typeof prepareStatements>;

  constructor(options: SqliteStorageOptions) {
    this.now = options.now ?? Date.now;
    this.filePath = join(options.dataDir, options.fileName ?? DEFAULT_SQLITE_FILE);
    try {
      mkdirSync(options.dataDir, { recursive: true });
      this.db = new Database(this.filePath);
      this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(SCHEMA);
    } catch (error) {
      throw new StorageUnavailableError(`Cannot open SQLite storage at ${this.filePath}`, { cause: error });
    }
    this.stmt = prepareStatements(this.db);

    this.documents = this.createDocumentStore();
    this.auditLog = this.createAuditLog();
    this.leases = this.createLeaseManager();
  }

  /** Documents by collection and id, with etag conditions. */
  private createDocumentStore(): DocumentStore {
    return {
      get: async <T>(collection: string, id: string): Promise<StoredDocument<T> | undefined> =>
        this.run(() => {
          assertStorageName(collection);
          assertStorageName(id);
          const row = this.stmt.getDoc.get(collection, id);
          return row ? { id: row.id, value: JSON.parse(row.json) as T, etag: row.etag } : undefined;
        }),
      put: async <T>(collection: string, id: string, value: T, condition?: WriteCondition): Promise<string> =>
        this.run(() => {
          assertStorageName(collection);
          assertStorageName(id);
          const json = JSON.stringify(value);
          if (json === undefined) throw new TypeError('Stored values must be JSON-serialisable');
          const etag = newEtag();
          const time = this.now();
          let changes: number;
          if (condition && 'ifMatch' in condition) {
            changes = this.stmt.updateDocIfMatch.run(
              json,
              etag,
              time,
              collection,
              id,
              condition.ifMatch,
            ).changes;
          } else if (condition && 'ifNoneMatch' in condition) {
            changes = this.stmt.insertDoc.run(collection, id, json, etag, time).changes;
          } else {
            changes = this.stmt.upsertDoc.run(collection, id, json, etag, time).changes;
          }
          if (changes !== 1) throw new ConcurrencyConflictError(collection, id);
          return etag;
        }),
      delete: async (
        collection: string,
        id: string,
        condition?: { readonly ifMatch: string },
      ): Promise<boolean> =>
        this.run(() => {
          assertStorageName(collection);
          assertStorageName(id);
          if (condition) {
            const changes = this.stmt.deleteDocIfMatch.run(collection, id, condition.ifMatch).changes;
            if (changes !== 1) throw new ConcurrencyConflictError(collection, id);
            return true;
          }
          return this.stmt.deleteDoc.run(collection, id).changes === 1;
        }),
      list: async <T>(
        collection: string,
        options?: { readonly prefix?: string },
      ): Promise<StoredDocument<T>[]> =>
        this.run(() => {
          assertStorageName(collection);
          const prefix = options?.prefix ?? '';
          return this.stmt.listDocs
            .all(collection, prefix.length, prefix)
            .map((row) => ({ id: row.id, value: JSON.parse(row.json) as T, etag: row.etag }));
        }),
    };
  }

  /** Append-only streams of audit entries. */
  private createAuditLog(): AppendLog {
    return {
      append: async (stream, entry) =>
        this.run(() => {
          assertStorageName(stream);
          this.stmt.append.run({ stream, json: JSON.stringify(entry), time: this.now() });
        }),
      read: async (stream) =>
        this.run(() => {
          assertStorageName(stream);
          return this.stmt.readStream
            .all(stream)
            .map((row) => JSON.parse(row.json) as Record<string, unknown>);
        }),
      purge: async (stream) =>
        this.run(() => {
          assertStorageName(stream);
          return this.stmt.purgeStream.run(stream).changes > 0;
        }),
    };
  }

  /** Named leases with a holder and an expiry. */
  private createLeaseManager(): LeaseManager {
    return {
      tryAcquire: async (name, holderId, ttlMs) =>
        this.run(() => {
          assertStorageName(name);
          assertLeaseArgs(holderId, ttlMs);
          const time = this.now();
          return (
            this.stmt.acquireLease.run({ name, holder: holderId, expiresAt: time + ttlMs, now: time })
              .changes === 1
          );
        }),
      release: async (name, holderId) =>
        this.run(() => {
          assertStorageName(name);
          this.stmt.releaseLease.run(name, holderId);
        }),
    };
  }

  async ping(): Promise<void> {
    this.run(() => this.stmt.ping.get());
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs one storage operation, turning database failures into StorageUnavailableError. */
  private run<R>(operation: () => R): R {
    try {
      return operation();
    } catch (error) {
      if (isSqliteFailure(error)) {
        const code = (error as { code?: unknown }).code;
        throw new StorageUnavailableError(
          `SQLite storage unavailable${typeof code === 'string' ? ` (${code})` : ''}: ${String((error as { message?: unknown }).message)}`,
          { cause: error },
        );
      }
      throw error;
    }
  }
}

export function openSqliteStorage(options: SqliteStorageOptions): SqliteStorage {
  return new SqliteStorage(options);
}
