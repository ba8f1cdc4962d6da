import { BlobServiceClient, StorageRetryPolicyType, type StoragePipelineOptions } from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import type { AppendLog, DocumentStore, LeaseManager, Storage } from '../../../ports/storage';
import { createBlobAppendLog } from './blobAuditLog';
import { BlobContainerAccess } from './blobContainer';
import { createBlobDocumentStore } from './blobDocuments';
import { createBlobLeaseManager } from './blobLeases';

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

  private readonly access: BlobContainerAccess;

  constructor(options: AzureBlobStorageOptions) {
    this.containerName = options.container ?? DEFAULT_CONTAINER;
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
    this.access = new BlobContainerAccess(
      service.getContainerClient(this.containerName),
      options.retry?.requestTimeoutMs ?? 5000,
    );
    this.documents = createBlobDocumentStore(this.access);
    this.auditLog = createBlobAppendLog(this.access);
    this.leases = createBlobLeaseManager(this.access, options.now ?? Date.now);
  }

  async ping(): Promise<void> {
    await this.access.op('ping', async () => {
      await this.access.container.getProperties({ abortSignal: this.access.deadline() });
    });
  }

  async close(): Promise<void> {
    // The SDK holds no resources that need closing; refuse further use for parity with SQLite.
    this.access.close();
  }
}
