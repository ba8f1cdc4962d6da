import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentQuestionStore } from '../../src/infrastructure/storage/questions/documentQuestionStore';
import { SqliteStorage } from '../../src/infrastructure/storage/sqlite/sqliteStorage';
import { describeQuestionStoreContract } from './questionStore.contract';

const root = mkdtempSync(join(tmpdir(), 'question-store-sqlite-'));
let counter = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));

describeQuestionStoreContract('documents on SQLite storage', async () => {
  const storage = new SqliteStorage({ dataDir: join(root, `db-${(counter += 1)}`) });
  return { store: createDocumentQuestionStore(storage), close: () => storage.close() };
});
