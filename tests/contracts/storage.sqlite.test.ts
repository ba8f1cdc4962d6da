import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStorage } from '../../src/infrastructure/storage/sqlite/sqliteStorage';
import { describeStorageContract } from './storage.contract';

const root = mkdtempSync(join(tmpdir(), 'storage-contract-sqlite-'));
let counter = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));

describeStorageContract(
  'sqlite',
  async ({ now }) => new SqliteStorage({ dataDir: join(root, `db-${(counter += 1)}`), now }),
);
