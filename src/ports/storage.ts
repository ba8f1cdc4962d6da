/**
 * Storage ports. Every implementation (memory, SQLite, Azure Blob) passes the same contract suite
 * in tests/contracts/storage.contract.ts.
 *
 * Documents are JSON values addressed by (collection, id) and guarded by an opaque etag: writes can
 * be made conditional so that concurrent writers never overwrite each other silently.
 */
export interface StoredDocument<T> {
  readonly id: string;
  readonly value: T;
  readonly etag: string;
}

/**
 * `ifMatch`: write only if the stored etag still equals this one.
 * `ifNoneMatch: '*'`: create only; fail if the document exists.
 */
export type WriteCondition = { readonly ifMatch: string } | { readonly ifNoneMatch: '*' };

export interface DocumentStore {
  get<T>(collection: string, id: string): Promise<StoredDocument<T> | undefined>;
  /** Returns the new etag. Throws ConcurrencyConflictError when the condition does not hold. */
  put<T>(collection: string, id: string, value: T, condition?: WriteCondition): Promise<string>;
  /** Returns false when nothing was there. Throws ConcurrencyConflictError on an etag mismatch. */
  delete(collection: string, id: string, condition?: { readonly ifMatch: string }): Promise<boolean>;
  /** All documents of a collection whose id starts with `prefix` (all when omitted), sorted by id. */
  list<T>(collection: string, options?: { readonly prefix?: string }): Promise<StoredDocument<T>[]>;
}

/** Append-only record (audit trails). Entries cannot be changed, only read or purged with their stream. */
export interface AppendLog {
  append(stream: string, entry: Record<string, unknown>): Promise<void>;
  read(stream: string): Promise<Record<string, unknown>[]>;
  /** Deletes a whole stream (retention or an explicit purge). Returns false when it did not exist. */
  purge(stream: string): Promise<boolean>;
}

/**
 * Time-limited exclusive leases, used so that only one of several instances runs a scheduler.
 * A holder renews by acquiring again before the lease expires.
 */
export interface LeaseManager {
  tryAcquire(name: string, holderId: string, ttlMs: number): Promise<boolean>;
  release(name: string, holderId: string): Promise<void>;
}

export interface Storage {
  readonly kind: 'memory' | 'sqlite' | 'azure-blob';
  readonly documents: DocumentStore;
  readonly auditLog: AppendLog;
  readonly leases: LeaseManager;
  /** Resolves when the backing store answers; rejects with StorageUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class ConcurrencyConflictError extends Error {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(collection: string, id: string) {
    super(`Concurrent change to ${collection}/${id}`);
    this.name = 'ConcurrencyConflictError';
  }
}

export class StorageUnavailableError extends Error {
  readonly code = 'STORAGE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** Collection and id names must be safe as SQL values, blob names and file names. */
export const STORAGE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
