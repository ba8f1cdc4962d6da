import type { DownloadResult, FileDownloader } from '../../ports/fileDownloader';

/**
 * Downloads over HTTP(S) with fetch. A Content-Length over the limit is refused before the body is
 * read; without one (or with a wrong one) the bytes are counted while streaming and the request is
 * aborted as soon as the limit is passed, so a large file never sits in memory.
 */
export function createHttpFileDownloader(options: { readonly timeoutMs?: number } = {}): FileDownloader {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    async download(url: string, maxBytes: number): Promise<DownloadResult> {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { kind: 'failed' };
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'failed' };
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetch(parsed, { signal: controller.signal, redirect: 'follow' });
        if (!response.ok || !response.body) {
          controller.abort();
          return { kind: 'failed' };
        }
        const declared = Number(response.headers.get('content-length'));
        if (Number.isFinite(declared) && declared > maxBytes) {
          controller.abort();
          return { kind: 'tooLarge' };
        }
        const chunks: Buffer[] = [];
        let received = 0;
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.byteLength;
          if (received > maxBytes) {
            controller.abort();
            await reader.cancel().catch(() => undefined);
            return { kind: 'tooLarge' };
          }
          chunks.push(Buffer.from(value));
        }
        return { kind: 'downloaded', data: Buffer.concat(chunks) };
      } catch {
        return { kind: 'failed' };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
