import { MemoryStorage } from '../../src/infrastructure/storage/memory/memoryStorage';
import { createDocumentQuestionStore } from '../../src/infrastructure/storage/questions/documentQuestionStore';
import { describeQuestionStoreContract } from './questionStore.contract';

describeQuestionStoreContract('documents on memory storage', async () => {
  const storage = new MemoryStorage();
  return { store: createDocumentQuestionStore(storage), close: () => storage.close() };
});
