import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpFileDownloader } from '../../../../src/infrastructure/download/httpFileDownloader';

const LIMIT = 64 * 1024;
let server: Server;
let base: string;
const sent: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    if (path === '/small') {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '5' });
      response.end('hello');
      return;
    }
    if (path === '/declared-large') {
      response.writeHead(200, { 'content-length': String(LIMIT * 100) });
      sent[path] = 0;
      const chunk = Buffer.alloc(16 * 1024, 1);
      const write = () => {
        while (sent[path]! < LIMIT * 100 && !response.destroyed) {
          sent[path]! += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      write();
      return;
    }
    if (path === '/streamed-large') {
      // No Content-Length (chunked): only counting the bytes can stop it.
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      sent[path] = 0;
      const chunk = Buffer.alloc(16 * 1024, 2);
      const timer = setInterval(() => {
        if (response.destroyed || sent[path]! > LIMIT * 100) {
          clearInterval(timer);
          response.end();
          return;
        }
        sent[path]! += chunk.length;
        response.write(chunk);
      }, 1);
      response.on('close', () => clearInterval(timer));
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('HTTP file downloader', () => {
  const downloader = createHttpFileDownloader({ timeoutMs: 5000 });

  it('returns the bytes of a file under the limit', async () => {
    const result = await downloader.download(`${base}/small`, LIMIT);
    expect(result.kind).toBe('downloaded');
    expect(result.kind === 'downloaded' && result.data.toString()).toBe('hello');
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    expect(await downloader.download(`${base}/declared-large`, LIMIT)).toEqual({ kind: 'tooLarge' });
  });

  it('counts streamed bytes and aborts as soon as the limit is passed', async () => {
    expect(await downloader.download(`${base}/streamed-large`, LIMIT)).toEqual({ kind: 'tooLarge' });
    await new Promise((r) => setTimeout(r, 100));
    expect(sent['/streamed-large']).toBeLessThan(LIMIT * 20);
  });

  it('reports a missing file, a refused scheme and a bad URL as failed', async () => {
    expect(await downloader.download(`${base}/missing`, LIMIT)).toEqual({ kind: 'failed' });
    expect(await downloader.download('file:///etc/passwd', LIMIT)).toEqual({ kind: 'failed' });
    expect(await downloader.download('not a url', LIMIT)).toEqual({ kind: 'failed' });
  });
});
