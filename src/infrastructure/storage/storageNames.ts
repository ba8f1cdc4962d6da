import { STORAGE_NAME_PATTERN } from '../../ports/storage';

export function assertStorageName(name: string): void {
  if (!STORAGE_NAME_PATTERN.test(name)) {
    throw new RangeError(`Invalid storage name: ${JSON.stringify(name.slice(0, 40))}`);
  }
}
