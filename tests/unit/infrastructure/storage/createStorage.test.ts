import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStorage } from '../../../../src/infrastructure/storage/createStorage';
import { StorageUnavailableError } from '../../../../src/ports/storage';
import { freePort, startAzurite, type AzuriteInstance } from '../../../helpers/azurite';

describe('createStorage', () => {
  let dataDir: string;
  let azurite: AzuriteInstance;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'create-storage-'));
    azurite = await startAzurite();
  });

  afterAll(async () => {
    await azurite.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds a memory storage', async () => {
    const storage = await createStorage({ kind: 'memory' });
    expect(storage.kind).toBe('memory');
    await storage.documents.put('c', 'a', { n: 1 });
    expect((await storage.documents.get('c', 'a'))?.value).toEqual({ n: 1 });
    await storage.close();
  });

  it('builds a SQLite storage in the data folder that a second one then reads', async () => {
    const first = await createStorage({ kind: 'sqlite', dataDir });
    expect(first.kind).toBe('sqlite');
    await first.documents.put('c', 'a', { n: 1 });
    await first.close();
    const second = await createStorage({ kind: 'sqlite', dataDir });
    expect((await second.documents.get('c', 'a'))?.value).toEqual({ n: 1 });
    await second.close();
  });

  it('builds an Azure Blob storage from a connection string, creating the container', async () => {
    const storage = await createStorage({
      kind: 'azure-blob',
      connectionString: azurite.connectionString,
      container: 'created-by-factory',
    });
    expect(storage.kind).toBe('azure-blob');
    await storage.documents.put('c', 'a', { n: 1 });
    expect((await storage.documents.get('c', 'a'))?.value).toEqual({ n: 1 });
    await storage.close();
  });

  it('builds an Azure Blob storage from an account URL and a token credential', async () => {
    // Azurite's blob endpoint over plain HTTP cannot check bearer tokens, so this proves the wiring
    // up to the first request: the credential is asked for a token and the failure is typed.
    const port = await freePort();
    const scopes: string[] = [];
    const credential = {
      getToken: async (scope: string | string[]) => {
        scopes.push(...(Array.isArray(scope) ? scope : [scope]));
        return { token: 'test-token', expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    await expect(
      createStorage({
        kind: 'azure-blob',
        accountUrl: `https://127.0.0.1:${port}/devstoreaccount1`,
        credential,
      }),
    ).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(scopes).toEqual(expect.arrayContaining(['https://storage.azure.com/.default']));
  });

  it('rejects azure-blob without a connection string or account URL', async () => {
    await expect(createStorage({ kind: 'azure-blob' })).rejects.toThrow(/connectionString or an accountUrl/);
  });

  it('rejects with StorageUnavailableError when the blob service does not answer', async () => {
    const port = await freePort();
    const connectionString = azurite.connectionString.replace(`:${azurite.port}/`, `:${port}/`);
    await expect(createStorage({ kind: 'azure-blob', connectionString })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});
