import type { TokenCredential } from '@azure/identity';
import type { Storage } from '../../ports/storage';
import type { AzureBlobRetryOptions } from './azureBlob/azureBlobStorage';
import { MemoryStorage } from './memory/memoryStorage';
import { SqliteStorage } from './sqlite/sqliteStorage';

export interface CreateStorageOptions {
  readonly kind: 'memory' | 'sqlite' | 'azure-blob';
  /** sqlite: folder for the database file (default `./data`). */
  readonly dataDir?: string;
  /** azure-blob: a connection string (`UseDevelopmentStorage=true` for a local Azurite, or a real one) ... */
  readonly connectionString?: string;
  /** ... or the account URL (`https://<account>.blob.core.windows.net`), signed in with DefaultAzureCredential. */
  readonly accountUrl?: string;
  /** azure-blob: container name (default `botstate`). */
  readonly container?: string;
  /** azure-blob with accountUrl: a credential to use instead of DefaultAzureCredential. */
  readonly credential?: TokenCredential;
  readonly retry?: AzureBlobRetryOptions;
  readonly now?: () => number;
}

/**
 * Builds the configured Storage and checks that it answers (rejects with StorageUnavailableError
 * otherwise, after closing what it opened).
 */
export async function createStorage(options: CreateStorageOptions): Promise<Storage> {
  const storage = await build(options);
  try {
    await storage.ping();
  } catch (error) {
    await storage.close().catch(() => undefined);
    throw error;
  }
  return storage;
}

async function build(options: CreateStorageOptions): Promise<Storage> {
  switch (options.kind) {
    case 'memory':
      return new MemoryStorage(options.now);
    case 'sqlite':
      return new SqliteStorage({ dataDir: options.dataDir ?? 'data', now: options.now });
    case 'azure-blob': {
      // The Azure SDKs take most of a second to load; one-machine installations never need them.
      const { AzureBlobStorage } = await import('./azureBlob/azureBlobStorage');
      const common = { container: options.container, retry: options.retry, now: options.now };
      if (options.connectionString) {
        return new AzureBlobStorage({ connectionString: options.connectionString, ...common });
      }
      if (options.accountUrl) {
        // In Azure this picks up the managed identity (AZURE_CLIENT_ID selects a user-assigned one).
        const credential =
          options.credential ?? new (await import('@azure/identity')).DefaultAzureCredential();
        return new AzureBlobStorage({ accountUrl: options.accountUrl, credential, ...common });
      }
      throw new RangeError('azure-blob storage needs a connectionString or an accountUrl');
    }
    default: {
      const kind: never = options.kind;
      throw new RangeError(`Unknown storage kind: ${String(kind)}`);
    }
  }
}
