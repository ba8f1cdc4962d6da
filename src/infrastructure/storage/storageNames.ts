import { STORAGE_NAME_PATTERN } from '../../ports/storage';

export function assertStorageName(name: string): void {
  if (!STORAGE_NAME_PATTERN.test(name)) {
    throw new RangeError(`Invalid storage name: ${JSON.stringify(name.slice(0, 40))}`);
  }
}

export function assertLeaseArgs(holderId: string, ttlMs: number): void {
  if (typeof holderId !== 'string' || holderId.length === 0 || holderId.length > 200) {
    throw new RangeError('Lease holder id must be a non-empty string of at most 200 characters');
  }
  if (!Number.isFinite(ttlMs) || ttlMs <= 0)
    throw new RangeError('Lease ttl must be a positive number of ms');
}
