import { AzureBlobStorage } from '../../src/infrastructure/storage/azureBlob/azureBlobStorage';
import { startAzurite, type AzuriteInstance } from '../helpers/azurite';
import { describeStorageContract } from './storage.contract';

let azurite: AzuriteInstance;
let counter = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite.stop();
});

// A fresh container per test keeps tests independent on one emulator.
describeStorageContract(
  'azure-blob (Azurite)',
  async ({ now }) =>
    new AzureBlobStorage({
      connectionString: azurite.connectionString,
      container: `contract-${process.pid}-${(counter += 1)}`,
      // The emulator shares the test machine's CPUs with other jest workers: allow slow answers
      // (the production default is 5 s).
      retry: { requestTimeoutMs: 20_000 },
      now,
    }),
);
