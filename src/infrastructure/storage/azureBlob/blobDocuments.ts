/** Documents as block blobs `<collection>/<id>.json`, guarded by the blob's own ETag. */
import {
  ConcurrencyConflictError,
  type DocumentStore,
  type StoredDocument,
  type WriteCondition,
} from '../../../ports/storage';
import { assertStorageName } from '../storageNames';
import type { BlobContainerAccess } from './blobContainer';
import { isBlobMissing, isConditionFailure } from './blobErrors';

const LIST_DOWNLOAD_CONCURRENCY = 8;

function documentBlob(collection: string, id: string): string {
  return `${collection}/${id}.json`;
}

export function createBlobDocumentStore(access: BlobContainerAccess): DocumentStore {
  return {
    get: async <T>(collection: string, id: string) => {
      assertStorageName(collection);
      assertStorageName(id);
      return access.op('get', () => access.readJson<T>(documentBlob(collection, id), id));
    },
    put: async <T>(collection: string, id: string, value: T, condition?: WriteCondition) => {
      assertStorageName(collection);
      assertStorageName(id);
      const json = JSON.stringify(value);
      if (json === undefined) throw new TypeError('Stored values must be JSON-serialisable');
      return access.op('put', () =>
        access.writeJson(documentBlob(collection, id), json, condition, collection, id),
      );
    },
    delete: async (collection: string, id: string, condition?: { readonly ifMatch: string }) => {
      assertStorageName(collection);
      assertStorageName(id);
      return access.op('delete', async () => {
        try {
          await access.container.getBlobClient(documentBlob(collection, id)).delete({
            conditions: condition ? { ifMatch: condition.ifMatch } : undefined,
            abortSignal: access.deadline(),
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
      return access.op('list', () => listJson<T>(access, collection, options?.prefix ?? ''));
    },
  };
}

async function listJson<T>(
  access: BlobContainerAccess,
  collection: string,
  prefix: string,
): Promise<StoredDocument<T>[]> {
  const folder = `${collection}/`;
  const ids: string[] = [];
  const listing = access.container.listBlobsFlat({
    prefix: `${folder}${prefix}`,
    abortSignal: access.deadline(),
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
      const document = await access.readJson<T>(documentBlob(collection, id), id);
      if (document) documents.push(document); // deleted since the listing: skip
    }
  };
  await Promise.all(Array.from({ length: Math.min(LIST_DOWNLOAD_CONCURRENCY, ids.length) }, worker));
  return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
