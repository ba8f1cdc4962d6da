/** The audit log as one append blob per stream, `audit/<stream>.jsonl`: blocks cannot be changed once appended. */
import type { AppendLog } from '../../../ports/storage';
import { assertStorageName } from '../storageNames';
import { readBody, type BlobContainerAccess } from './blobContainer';
import { isBlobMissing } from './blobErrors';

function auditBlob(stream: string): string {
  return `audit/${stream}.jsonl`;
}

export function createBlobAppendLog(access: BlobContainerAccess): AppendLog {
  return {
    append: async (stream, entry) => {
      assertStorageName(stream);
      const line = `${JSON.stringify(entry)}\n`;
      return access.op('audit append', async () => {
        const blob = access.container.getAppendBlobClient(auditBlob(stream));
        try {
          await blob.appendBlock(line, Buffer.byteLength(line), { abortSignal: access.deadline() });
        } catch (error) {
          if (!isBlobMissing(error)) throw error;
          await blob.createIfNotExists({
            blobHTTPHeaders: { blobContentType: 'application/x-ndjson' },
            abortSignal: access.deadline(),
          });
          await blob.appendBlock(line, Buffer.byteLength(line), { abortSignal: access.deadline() });
        }
      });
    },
    read: async (stream) => {
      assertStorageName(stream);
      return access.op('audit read', async () => {
        try {
          const response = await access.container
            .getBlobClient(auditBlob(stream))
            .download(0, undefined, { abortSignal: access.deadline() });
          const text = await readBody(response.readableStreamBody);
          return text
            .split('\n')
            .filter((line) => line.length > 0)
            .map((line) => JSON.parse(line) as Record<string, unknown>);
        } catch (error) {
          if (isBlobMissing(error)) return [];
          throw error;
        }
      });
    },
    purge: async (stream) => {
      assertStorageName(stream);
      return access.op('audit purge', async () => {
        const result = await access.container
          .getBlobClient(auditBlob(stream))
          .deleteIfExists({ abortSignal: access.deadline() });
        return result.succeeded;
      });
    },
  };
}
