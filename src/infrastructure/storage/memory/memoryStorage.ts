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

interface Entry {
  json: string;
  etag: string;
}

/**
 * In-process storage: the fastest implementation, used by unit tests and by `STORAGE=memory`.
 * Values are stored as JSON text so that callers can never mutate stored state by reference.
 */
export class MemoryStorage implements Storage {
  readonly kind = 'memory' as const;
  readonly documents: DocumentStore;
  readonly auditLog: AppendLog;
  readonly leases: LeaseManager;
  private readonly collections = new Map<string, Map<string, Entry>>();
  private readonly streams = new Map<string, string[]>();
  private readonly leaseTable = new Map<string, { holderId: string; expiresAt: number }>();
  private etagCounter = 0;
  private available = true;

  constructor(private readonly now: () => number = Date.now) {
    this.documents = {
      get: async <T>(collection: string, id: string) => this.get<T>(collection, id),
      put: async <T>(collection: string, id: string, value: T, condition?: WriteCondition) =>
        this.put(collection, id, value, condition),
      delete: async (collection: string, id: string, condition?: { ifMatch: string }) =>
        this.remove(collection, id, condition),
      list: async <T>(collection: string, options?: { prefix?: string }) => this.list<T>(collection, options),
    };
    this.auditLog = {
      append: async (stream, entry) => {
        this.check();
        assertStorageName(stream);
        const list = this.streams.get(stream) ?? [];
        list.push(JSON.stringify(entry));
        this.streams.set(stream, list);
      },
      read: async (stream) => {
        this.check();
        assertStorageName(stream);
        return (this.streams.get(stream) ?? []).map((line) => JSON.parse(line) as Record<string, unknown>);
      },
      purge: async (stream) => {
        this.check();
        assertStorageName(stream);
        return this.streams.delete(stream);
      },
    };
    this.leases = {
      tryAcquire: async (name, holderId, ttlMs) => {
        this.check();
        assertStorageName(name);
        assertLeaseArgs(holderId, ttlMs);
        const current = this.leaseTable.get(name);
        const time = this.now();
        if (current && current.holderId !== holderId && current.expiresAt > time) return false;
        this.leaseTable.set(name, { holderId, expiresAt: time + ttlMs });
        return true;
      },
      release: async (name, holderId) => {
        this.check();
        assertStorageName(name);
        if (this.leaseTable.get(name)?.holderId === holderId) this.leaseTable.delete(name);
      },
    };
  }

  /** Test hook: simulate an outage of the backing store. */
  setAvailable(available: boolean): void {
    this.available = available;
  }

  async ping(): Promise<void> {
    this.check();
  }

  async close(): Promise<void> {
    // nothing to release
  }

  private check(): void {
    if (!this.available) throw new StorageUnavailableError('Memory storage is switched off');
  }

  private collection(name: string): Map<string, Entry> {
    assertStorageName(name);
    let map = this.collections.get(name);
    if (!map) {
      map = new Map();
      this.collections.set(name, map);
    }
    return map;
  }

  private get<T>(collection: string, id: string): StoredDocument<T> | undefined {
    this.check();
    assertStorageName(id);
    const entry = this.collection(collection).get(id);
    return entry ? { id, value: JSON.parse(entry.json) as T, etag: entry.etag } : undefined;
  }

  private put<T>(collection: string, id: string, value: T, condition?: WriteCondition): string {
    this.check();
    assertStorageName(id);
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('Stored values must be JSON-serialisable');
    const map = this.collection(collection);
    const existing = map.get(id);
    if (condition && 'ifMatch' in condition && existing?.etag !== condition.ifMatch) {
      throw new ConcurrencyConflictError(collection, id);
    }
    if (condition && 'ifNoneMatch' in condition && existing) {
      throw new ConcurrencyConflictError(collection, id);
    }
    const etag = `"m${++this.etagCounter}"`;
    map.set(id, { json, etag });
    return etag;
  }

  private remove(collection: string, id: string, condition?: { ifMatch: string }): boolean {
    this.check();
    assertStorageName(id);
    const map = this.collection(collection);
    const existing = map.get(id);
    if (condition && existing?.etag !== condition.ifMatch) throw new ConcurrencyConflictError(collection, id);
    return map.delete(id);
  }

  private list<T>(collection: string, options?: { prefix?: string }): StoredDocument<T>[] {
    this.check();
    const prefix = options?.prefix ?? '';
    return [...this.collection(collection).entries()]
      .filter(([id]) => id.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, entry]) => ({ id, value: JSON.parse(entry.json) as T, etag: entry.etag }));
  }
}
