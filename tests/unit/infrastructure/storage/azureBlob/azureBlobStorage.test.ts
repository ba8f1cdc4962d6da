import { createServer as createHttpServer, request as httpRequest, type IncomingMessage } from 'node:http';
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

  it('recognises its own write when the answer was lost and the SDK retried it', async () => {
    // A proxy on the wire forwards every request to Azurite but, for the first write of each
    // blob, throws the answer away and cuts the connection: the write landed, the client cannot
    // know, and the SDK's retry then fails its own If-Match / If-None-Match condition.
    const dropped = new Set<string>();
    const proxy = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const upstream = httpRequest(
          { host: '127.0.0.1', port: azurite.port, path: req.url, method: req.method, headers: req.headers },
          (answer: IncomingMessage) => {
            const body: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => body.push(chunk));
            answer.on('end', () => {
              const key = `${req.method} ${req.url?.split('?')[0]}`;
              if (req.method === 'PUT' && req.url?.includes('/threads/') && !dropped.has(key)) {
                dropped.add(key);
                req.socket.destroy();
                return;
              }
              res.writeHead(answer.statusCode ?? 500, answer.headers);
              res.end(Buffer.concat(body));
            });
          },
        );
        upstream.end(Buffer.concat(chunks));
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    const proxyPort = typeof address === 'object' && address ? address.port : 0;
    try {
      const direct = new AzureBlobStorage({
        connectionString: azurite.connectionString,
        container: 'lost-answers',
      });
      const viaProxy = new AzureBlobStorage({
        connectionString: connectionStringFor(proxyPort),
        container: 'lost-answers',
        retry: { maxTries: 3, retryDelayInMs: 20 },
      });
      const created = await viaProxy.documents.put('threads', 'new', { n: 1 }, { ifNoneMatch: '*' });
      expect(await direct.documents.get('threads', 'new')).toEqual({
        id: 'new',
        value: { n: 1 },
        etag: created,
      });

      const base = await direct.documents.put('threads', 'existing', { n: 1 });
      const updated = await viaProxy.documents.put('threads', 'existing', { n: 2 }, { ifMatch: base });
      expect(await direct.documents.get('threads', 'existing')).toEqual({
        id: 'existing',
        value: { n: 2 },
        etag: updated,
      });
      expect(dropped.size).toBe(2);
      // A real conflict stays a conflict.
      await expect(
        viaProxy.documents.put('threads', 'existing', { n: 3 }, { ifMatch: base }),
      ).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
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
