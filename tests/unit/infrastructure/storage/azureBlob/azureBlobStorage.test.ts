import { createServer, type Server, type Socket } from 'node:net';
import { BlobServiceClient } from '@azure/storage-blob';
import { AzureBlobStorage } from '../../../../../src/infrastructure/storage/azureBlob/azureBlobStorage';
import { StorageUnavailableError } from '../../../../../src/ports/storage';
import {
  AZURITE_ACCOUNT,
  AZURITE_KEY,
  freePort,
  startAzurite,
  type AzuriteInstance,
} from '../../../../helpers/azurite';

function connectionStringFor(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`
  );
}

async function timed<T>(action: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await action();
    return { error: undefined, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

describe('AzureBlobStorage against Azurite', () => {
  let azurite: AzuriteInstance;

  beforeAll(async () => {
    azurite = await startAzurite({ persistent: true });
  });

  afterAll(async () => {
    await azurite.stop();
  });

  it('stores documents as block blobs and audit streams as append blobs under readable names', async () => {
    const storage = new AzureBlobStorage({ connectionString: azurite.connectionString, container: 'layout' });
    await storage.documents.put('threads', 'BU-2026-0042', { status: 'åben' });
    await storage.auditLog.append('BU-2026-0042', { action: 'created' });
    await storage.leases.tryAcquire('reminders', 'instance-a', 30_000);

    const container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(
      'layout',
    );
    const blobs: Record<string, string | undefined> = {};
    for await (const item of container.listBlobsFlat()) blobs[item.name] = item.properties.blobType;
    expect(blobs).toEqual({
      'threads/BU-2026-0042.json': 'BlockBlob',
      'audit/BU-2026-0042.jsonl': 'AppendBlob',
      '_leases/reminders.json': 'BlockBlob',
    });
    const text = (await container.getBlobClient('threads/BU-2026-0042.json').downloadToBuffer()).toString(
      'utf8',
    );
    expect(JSON.parse(text)).toEqual({ status: 'åben' });
    await storage.close();
  });

  it('shares documents and leases between two instances on the same container', async () => {
    const a = new AzureBlobStorage({ connectionString: azurite.connectionString, container: 'shared' });
    const b = new AzureBlobStorage({ connectionString: azurite.connectionString, container: 'shared' });
    const etag = await a.documents.put('threads', 't1', { n: 1 });
    await expect(b.documents.get('threads', 't1')).resolves.toEqual({ id: 't1', value: { n: 1 }, etag });
    await expect(a.leases.tryAcquire('reminders', 'a', 30_000)).resolves.toBe(true);
    await expect(b.leases.tryAcquire('reminders', 'b', 30_000)).resolves.toBe(false);
    await a.leases.release('reminders', 'a');
    await expect(b.leases.tryAcquire('reminders', 'b', 30_000)).resolves.toBe(true);
    await a.close();
    await b.close();
  });

  it('reports an outage quickly as StorageUnavailableError and works again when the service is back', async () => {
    const storage = new AzureBlobStorage({ connectionString: azurite.connectionString, container: 'outage' });
    const etag = await storage.documents.put('threads', 't1', { n: 1 });
    await storage.auditLog.append('t1', { action: 'created' });

    await azurite.stop();
    const operations: Array<() => Promise<unknown>> = [
      () => storage.ping(),
      () => storage.documents.get('threads', 't1'),
      () => storage.documents.put('threads', 't1', { n: 2 }, { ifMatch: etag }),
      () => storage.documents.list('threads'),
      () => storage.documents.delete('threads', 't1'),
      () => storage.auditLog.append('t1', { action: 'lost?' }),
      () => storage.auditLog.read('t1'),
      () => storage.leases.tryAcquire('reminders', 'a', 10_000),
    ];
    for (const operation of operations) {
      const { error, ms } = await timed(operation);
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect((error as StorageUnavailableError).code).toBe('STORAGE_UNAVAILABLE');
      expect(ms).toBeLessThan(5000);
    }

    await azurite.restart();
    await expect(storage.ping()).resolves.toBeUndefined();
    await expect(storage.documents.get('threads', 't1')).resolves.toEqual({
      id: 't1',
      value: { n: 1 },
      etag,
    });
    await storage.documents.put('threads', 't1', { n: 2 }, { ifMatch: etag });
    expect((await storage.documents.get('threads', 't1'))?.value).toEqual({ n: 2 });
    await expect(storage.auditLog.read('t1')).resolves.toEqual([{ action: 'created' }]);
    await storage.close();
  }, 30_000);

  it('recreates its container when it was deleted behind its back', async () => {
    const storage = new AzureBlobStorage({
      connectionString: azurite.connectionString,
      container: 'volatile',
    });
    await storage.documents.put('threads', 't1', { n: 1 });
    await BlobServiceClient.fromConnectionString(azurite.connectionString)
      .getContainerClient('volatile')
      .delete();
    await expect(storage.documents.get('threads', 't1')).resolves.toBeUndefined();
    await storage.documents.put('threads', 't1', { n: 2 }, { ifNoneMatch: '*' });
    expect((await storage.documents.get('threads', 't1'))?.value).toEqual({ n: 2 });
    await storage.close();
  });

  it('refuses use after close', async () => {
    const storage = new AzureBlobStorage({ connectionString: azurite.connectionString, container: 'closed' });
    await storage.close();
    await expect(storage.documents.get('threads', 't1')).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});

describe('AzureBlobStorage without a reachable service', () => {
  it('fails fast with StorageUnavailableError when nothing listens on the port', async () => {
    const port = await freePort();
    const storage = new AzureBlobStorage({
      connectionString: connectionStringFor(port),
      container: 'nothing',
    });
    const { error, ms } = await timed(() => storage.documents.put('threads', 't1', { n: 1 }));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(ms).toBeLessThan(5000);
  });

  describe('a server that accepts connections but never answers', () => {
    let server: Server;
    let port: number;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
    });

    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('gives up after the bounded retries instead of hanging', async () => {
      const storage = new AzureBlobStorage({
        connectionString: connectionStringFor(port),
        container: 'hanging',
        retry: { maxTries: 2, requestTimeoutMs: 500, retryDelayInMs: 50 },
      });
      const { error, ms } = await timed(() => storage.documents.get('threads', 't1'));
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect(ms).toBeLessThan(3000);
    });
  });
});
