import { randomBytes } from 'node:crypto';
import {
  BlobServiceClient,
  StorageRetryPolicyType,
  type BlobRequestConditions,
  type ContainerClient,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
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

export interface AzureBlobRetryOptions {
  /** Attempts per request, the first included (default 2). */
  readonly maxTries?: number;
  /**
   * Server-side timeout per attempt (default 3000 ms; sent as whole seconds). The SDK sets no
   * client-side limit, so a server that accepts connections and never answers is bounded by
   * `requestTimeoutMs` instead.
   */
  readonly tryTimeoutInMs?: number;
  /** Client-side deadline for one SDK call including its retries (default 5000 ms). */
  readonly requestTimeoutMs?: number;
  /** Base delay before a retry (default 150 ms); doubles per retry up to `maxRetryDelayInMs`. */
  readonly retryDelayInMs?: number;
  readonly maxRetryDelayInMs?: number;
}

export type AzureBlobStorageOptions = (
  | { readonly connectionString: string }
  | { readonly accountUrl: string; readonly credential: TokenCredential }
) & {
  /** Container for everything this bot stores; created when missing (default `botstate`, as in config and Bicep). */
  readonly container?: string;
  readonly retry?: AzureBlobRetryOptions;
  /** Clock used for lease expiry (default Date.now). */
  readonly now?: () => number;
};

export const DEFAULT_CONTAINER = 'botstate';
const CONTAINER_PATTERN = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const LIST_DOWNLOAD_CONCURRENCY = 8;
/** Metadata key holding a random token per write, so a retried write can recognise its own success. */
const WRITE_TOKEN = 'writetoken';

interface LeaseRecord {
  holder: string;
  expiresAt: number;
}

interface AzureErrorShape {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
}

function errorShape(error: unknown): AzureErrorShape {
  return typeof error === 'object' && error !== null ? (error as AzureErrorShape) : {};
}

function isStatus(error: unknown, status: number, code?: string): boolean {
  const shape = errorShape(error);
  return shape.statusCode === status && (code === undefined || shape.code === code);
}

function isConditionFailure(error: unknown): boolean {
  // 412 ConditionNotMet for a stale ifMatch; 409 BlobAlreadyExists for ifNoneMatch '*'.
  return isStatus(error, 412) || isStatus(error, 409, 'BlobAlreadyExists');
}

function isContainerMissing(error: unknown): boolean {
  return isStatus(error, 404, 'ContainerNotFound');
}

function isBlobMissing(error: unknown): boolean {
  return isStatus(error, 404) && !isContainerMissing(error);
}

function unavailable(operation: string, error: unknown): StorageUnavailableError {
  const shape = errorShape(error);
  const detail = [shape.statusCode, shape.code ?? shape.name].filter((part) => part !== undefined).join(' ');
  return new StorageUnavailableError(
    `Azure Blob storage unavailable during ${operation}${detail ? ` (${detail})` : ''}`,
    {
      cause: error,
    },
  );
}

async function readBody(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function documentBlob(collection: string, id: string): string {
  return `${collection}/${id}.json`;
}

function auditBlob(stream: string): string {
  return `audit/${stream}.jsonl`;
}

function leaseBlob(name: string): string {
  // Collection names start with a letter or digit, so `_leases/` can never clash with documents.
  return `_leases/${name}.json`;
}

/**
 * Storage for several bot instances on one Azure Storage account (or Azurite).
 *
 * Layout in one container: documents are block blobs `<collection>/<id>.json` guarded by the
 * blob's native ETag (If-Match / If-None-Match: *); the audit log is one append blob per stream,
 * `audit/<stream>.jsonl` (append blocks cannot be changed afterwards); leases are small documents
 * `_leases/<name>.json`.
 *
 * Leases are ETag-guarded documents rather than native blob leases because the port promises any
 * ttl in milliseconds while native leases last 15-60 s or forever, need a GUID lease id that every
 * instance would have to remember, and lock the blob itself against writes. The price: expiry is
 * judged by the instances' clocks, so clocks must agree to well within the ttl (NTP-synchronised
 * hosts such as Azure App Service easily do; use ttls of tens of seconds).
 *
 * Requests retry at most `maxTries` times with a short per-try timeout, so an outage surfaces as
 * StorageUnavailableError within a few seconds; the same object works again once the service is
 * back (a container lost meanwhile is recreated).
 */
export class AzureBlobStorage implements Storage {
  readonly kind = 'azure-blob' as const;
  readonly documents: DocumentStore;
  readonly auditLog: AppendLog;
  readonly leases: LeaseManager;
  readonly containerName: string;

  private readonly container: ContainerClient;
  private readonly now: () => number;
  private containerReady: Promise<void> | undefined;
  private closed = false;
  private readonly requestTimeoutMs: number;

  constructor(options: AzureBlobStorageOptions) {
    this.now = options.now ?? Date.now;
    this.containerName = options.container ?? DEFAULT_CONTAINER;
    this.requestTimeoutMs = options.retry?.requestTimeoutMs ?? 5000;
    if (!CONTAINER_PATTERN.test(this.containerName)) {
      throw new RangeError(`Invalid Azure container name: ${JSON.stringify(this.containerName)}`);
    }
    const pipeline: StoragePipelineOptions = {
      retryOptions: {
        retryPolicyType: StorageRetryPolicyType.EXPONENTIAL,
        maxTries: options.retry?.maxTries ?? 2,
        tryTimeoutInMs: Math.max(1000, options.retry?.tryTimeoutInMs ?? 3000),
        retryDelayInMs: options.retry?.retryDelayInMs ?? 150,
        maxRetryDelayInMs: options.retry?.maxRetryDelayInMs ?? 1000,
      },
    };
    const service =
      'connectionString' in options
        ? BlobServiceClient.fromConnectionString(options.connectionString, pipeline)
        : new BlobServiceClient(options.accountUrl, options.credential, pipeline);
    this.container = service.getContainerClient(this.containerName);

    this.documents = {
      get: async <T>(collection: string, id: string) => {
        assertStorageName(collection);
        assertStorageName(id);
        return this.op('get', () => this.readJson<T>(documentBlob(collection, id), id));
      },
      put: async <T>(collection: string, id: string, value: T, condition?: WriteCondition) => {
        assertStorageName(collection);
        assertStorageName(id);
        const json = JSON.stringify(value);
        if (json === undefined) throw new TypeError('Stored values must be JSON-serialisable');
        return this.op('put', () =>
          this.writeJson(documentBlob(collection, id), json, condition, collection, id),
        );
      },
      delete: async (collection: string, id: string, condition?: { readonly ifMatch: string }) => {
        assertStorageName(collection);
        assertStorageName(id);
        return this.op('delete', async () => {
          try {
            await this.container.getBlobClient(documentBlob(collection, id)).delete({
              conditions: condition ? { ifMatch: condition.ifMatch } : undefined,
              abortSignal: this.deadline(),
            });
            return true;
          } catch (error) {
            if (condition && (isConditionFailure(error) || isBlobMissing(error))) {
              throw new ConcurrencyConflictError(collection, id);
            }
            if (isBlobMissing(error)) return false;
            throw error;
          }
        });
      },
      list: async <T>(collection: string, options?: { readonly prefix?: string }) => {
        assertStorageName(collection);
        return this.op('list', () => this.listJson<T>(collection, options?.prefix ?? ''));
      },
    };

    this.auditLog = {
      append: async (stream, entry) => {
        assertStorageName(stream);
        const line = `${JSON.stringify(entry)}\n`;
        return this.op('audit append', async () => {
          const blob = this.container.getAppendBlobClient(auditBlob(stream));
          try {
            await blob.appendBlock(line, Buffer.byteLength(line), { abortSignal: this.deadline() });
          } catch (error) {
            if (!isBlobMissing(error)) throw error;
            await blob.createIfNotExists({
              blobHTTPHeaders: { blobContentType: 'application/x-ndjson' },
              abortSignal: this.deadline(),
            });
            await blob.appendBlock(line, Buffer.byteLength(line), { abortSignal: this.deadline() });
          }
        });
      },
      read: async (stream) => {
        assertStorageName(stream);
        return this.op('audit read', async () => {
          try {
            const response = await this.container
              .getBlobClient(auditBlob(stream))
              .download(0, undefined, { abortSignal: this.deadline() });
            const text = await readBody(response.readableStreamBody);
            return text
              .split('\n')
              .filter((line) => line.length > 0)
              .map((line) => JSON.parse(line) as Record<string, unknown>);
          } catch (error) {
            if (isBlobMissing(error)) return [];
            throw error;
          }
        });
      },
      purge: async (stream) => {
        assertStorageName(stream);
        return this.op('audit purge', async () => {
          const result = await this.container
            .getBlobClient(auditBlob(stream))
            .deleteIfExists({ abortSignal: this.deadline() });
          return result.succeeded;
        });
      },
    };

    this.leases = {
      tryAcquire: async (name, holderId, ttlMs) => {
        assertStorageName(name);
        assertLeaseArgs(holderId, ttlMs);
        return this.op('lease acquire', async () => {
          const blobName = leaseBlob(name);
          const current = await this.readJson<LeaseRecord>(blobName, name);
          const time = this.now();
          if (current && current.value.holder !== holderId && current.value.expiresAt > time) return false;
          const record: LeaseRecord = { holder: holderId, expiresAt: time + ttlMs };
          try {
            await this.writeJson(
              blobName,
              JSON.stringify(record),
              current ? { ifMatch: current.etag } : { ifNoneMatch: '*' },
              '_leases',
              name,
            );
            return true;
          } catch (error) {
            if (error instanceof ConcurrencyConflictError) return false; // another instance was faster
            throw error;
          }
        });
      },
      release: async (name, holderId) => {
        assertStorageName(name);
        return this.op('lease release', async () => {
          const blobName = leaseBlob(name);
          const current = await this.readJson<LeaseRecord>(blobName, name);
          if (!current || current.value.holder !== holderId) return;
          try {
            await this.container
              .getBlobClient(blobName)
              .delete({ conditions: { ifMatch: current.etag }, abortSignal: this.deadline() });
          } catch (error) {
            // Changed or gone meanwhile: then it is no longer ours to release.
            if (!isConditionFailure(error) && !isBlobMissing(error)) throw error;
          }
        });
      },
    };
  }

  async ping(): Promise<void> {
    await this.op('ping', async () => {
      await this.container.getProperties({ abortSignal: this.deadline() });
    });
  }

  async close(): Promise<void> {
    // The SDK holds no resources that need closing; refuse further use for parity with SQLite.
    this.closed = true;
  }

  /**
   * Runs one operation: makes sure the container exists, recreates it once if it vanished
   * (e.g. an emulator restarted without persistence), and maps transport and server failures
   * to StorageUnavailableError. Conflicts and invalid-name errors pass through unchanged.
   */
  private async op<R>(operation: string, action: () => Promise<R>): Promise<R> {
    if (this.closed) throw new StorageUnavailableError('Azure Blob storage has been closed');
    try {
      await this.ensureContainer();
      try {
        return await action();
      } catch (error) {
        if (!isContainerMissing(error)) throw error;
        this.containerReady = undefined;
        await this.ensureContainer();
        return await action();
      }
    } catch (error) {
      // Names and values are validated before `op`, so anything else here comes from the service
      // or the network (refused, reset, timed out, 5xx, auth) or from an unreadable blob.
      if (error instanceof ConcurrencyConflictError || error instanceof StorageUnavailableError) throw error;
      throw unavailable(operation, error);
    }
  }

  /** A fresh client-side deadline for one SDK call (the SDK itself would wait forever). */
  private deadline(): AbortSignal {
    return AbortSignal.timeout(this.requestTimeoutMs);
  }

  private ensureContainer(): Promise<void> {
    if (!this.containerReady) {
      const attempt = this.container
        .createIfNotExists({ abortSignal: this.deadline() })
        .then(() => undefined);
      this.containerReady = attempt;
      attempt.catch(() => {
        if (this.containerReady === attempt) this.containerReady = undefined;
      });
    }
    return this.containerReady;
  }

  private async readJson<T>(blobName: string, id: string): Promise<StoredDocument<T> | undefined> {
    try {
      const response = await this.container
        .getBlobClient(blobName)
        .download(0, undefined, { abortSignal: this.deadline() });
      const text = await readBody(response.readableStreamBody);
      if (!response.etag) throw new StorageUnavailableError(`No ETag returned for ${blobName}`);
      return { id, value: JSON.parse(text) as T, etag: response.etag };
    } catch (error) {
      if (isBlobMissing(error)) return undefined;
      throw error;
    }
  }

  private async writeJson(
    blobName: string,
    json: string,
    condition: WriteCondition | undefined,
    collection: string,
    id: string,
  ): Promise<string> {
    const token = randomBytes(12).toString('hex');
    const blob = this.container.getBlockBlobClient(blobName);
    const conditions: BlobRequestConditions | undefined = condition
      ? 'ifMatch' in condition
        ? { ifMatch: condition.ifMatch }
        : { ifNoneMatch: '*' }
      : undefined;
    try {
      const response = await blob.upload(json, Buffer.byteLength(json), {
        conditions,
        metadata: { [WRITE_TOKEN]: token },
        blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        abortSignal: this.deadline(),
      });
      if (!response.etag) throw new StorageUnavailableError(`No ETag returned for ${blobName}`);
      return response.etag;
    } catch (error) {
      const conflict = isConditionFailure(error) || (conditions !== undefined && isBlobMissing(error));
      if (!conflict) throw error;
      // A timed-out attempt may have landed before the SDK retried it; then the retry fails its own
      // condition. The write token tells that case apart from a real conflict.
      if (!isBlobMissing(error)) {
        const properties = await blob.getProperties({ abortSignal: this.deadline() }).catch(() => undefined);
        if (properties?.metadata?.[WRITE_TOKEN] === token && properties.etag) return properties.etag;
      }
      throw new ConcurrencyConflictError(collection, id);
    }
  }

  private async listJson<T>(collection: string, prefix: string): Promise<StoredDocument<T>[]> {
    const folder = `${collection}/`;
    const ids: string[] = [];
    const listing = this.container.listBlobsFlat({
      prefix: `${folder}${prefix}`,
      abortSignal: this.deadline(),
    });
    for await (const item of listing) {
      if (!item.name.endsWith('.json')) continue;
      const id = item.name.slice(folder.length, -'.json'.length);
      if (id.includes('/') || !id.startsWith(prefix)) continue;
      ids.push(id);
    }
    const documents: StoredDocument<T>[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ids.length) {
        const id = ids[next];
        next += 1;
        const document = await this.readJson<T>(documentBlob(collection, id), id);
        if (document) documents.push(document); // deleted since the listing: skip
      }
    };
    await Promise.all(Array.from({ length: Math.min(LIST_DOWNLOAD_CONCURRENCY, ids.length) }, worker));
    return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
