import { MemoryStorage } from '../../src/infrastructure/storage/memory/memoryStorage';
import { describeStorageContract } from './storage.contract';

describeStorageContract('memory', async ({ now }) => new MemoryStorage(now));
