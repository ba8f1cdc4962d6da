/**
 * Leases as small ETag-guarded documents `_leases/<name>.json` (why not native blob leases: see
 * AzureBlobStorage). Expiry is judged by `now`, the instances' clocks.
 */
import { ConcurrencyConflictError, type LeaseManager } from '../../../ports/storage';
import { assertLeaseArgs, assertStorageName } from '../storageNames';
import type { BlobContainerAccess } from './blobContainer';
import { isBlobMissing, isConditionFailure } from './blobErrors';

interface LeaseRecord {
  holder: string;
  expiresAt: number;
}

function leaseBlob(name: string): string {
  // Collection names start with a letter or digit, so `_leases/` can never clash with documents.
  return `_leases/${name}.json`;
}

export function createBlobLeaseManager(access: BlobContainerAccess, now: () => number): LeaseManager {
  return {
    tryAcquire: async (name, holderId, ttlMs) => {
      assertStorageName(name);
      assertLeaseArgs(holderId, ttlMs);
      return access.op('lease acquire', async () => {
        const blobName = leaseBlob(name);
        const current = await access.readJson<LeaseRecord>(blobName, name);
        const time = now();
        if (current && current.value.holder !== holderId && current.value.expiresAt > time) return false;
        const record: LeaseRecord = { holder: holderId, expiresAt: time + ttlMs };
        try {
          await access.writeJson(
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
      return access.op('lease release', async () => {
        const blobName = leaseBlob(name);
        const current = await access.readJson<LeaseRecord>(blobName, name);
        if (!current || current.value.holder !== holderId) return;
        try {
          await access.container
            .getBlobClient(blobName)
            .delete({ conditions: { ifMatch: current.etag }, abortSignal: access.deadline() });
        } catch (error) {
          // Changed or gone meanwhile: then it is no longer ours to release.
          if (!isConditionFailure(error) && !isBlobMissing(error)) throw error;
        }
      });
    },
  };
}
