import { AzureBlobStorage } from '../../src/infrastructure/storage/azureBlob/azureBlobStorage';
import { createDocumentQuestionStore } from '../../src/infrastructure/storage/questions/documentQuestionStore';
import { startAzurite, type AzuriteInstance } from '../helpers/azurite';
import { describeQuestionStoreContract } from './questionStore.contract';

let azurite: AzuriteInstance;
let counter = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite.stop();
});

// A fresh container per test keeps tests independent on one emulator.
describeQuestionStoreContract('documents on Azure Blob storage (Azurite)', async () => {
  const storage = new AzureBlobStorage({
    connectionString: azurite.connectionString,
    container: `questions-${process.pid}-${(counter += 1)}`,
    retry: { requestTimeoutMs: 20_000 },
  });
  return { store: createDocumentQuestionStore(storage), close: () => storage.close() };
});
