/**
 * The one container the three stores share: every operation runs through `op` (container made
 * or remade, failures mapped to StorageUnavailableError), with a client-side deadline per SDK
 * call, and JSON blobs are read and written with their ETags.
 */
import { randomBytes } from 'node:crypto';
import type { BlobRequestConditions, ContainerClient } from '@azure/storage-blob';
import {
  ConcurrencyConflictError,
  StorageUnavailableError,
  type StoredDocument,
  type WriteCondition,
} from '../../../ports/storage';
import { isBlobMissing, isConditionFailure, isContainerMissing, unavailable } from './blobErrors';

/** Metadata key holding a random token per write, so a retried write can recognise its own success. */
const WRITE_TOKEN = 'writetoken';

export async function readBody(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export class BlobContainerAccess {
  private containerReady: Promise<void> | undefined;
  private closed = false;

  constructor(
    readonly container: ContainerClient,
    private readonly requestTimeoutMs: number,
  ) {}

  /** Refuses every later operation. */
  close(): void {
    this.closed = true;
  }

  /**
   * Runs one operation: makes sure the container exists, recreates it once if it vanished
   * (e.g. an emulator restarted without persistence), and maps transport and server failures
   * to StorageUnavailableError. Conflicts and invalid-name errors pass through unchanged.
   */
  async op<R>(operation: string, action: () => Promise<R>): Promise<R> {
    if (this.closed) throw new StorageUnavailableError('Azure Blob storage has been closed');
    try {
      await this.ensureContainer();
      try {
        return await action();
      } catch (error) {
        if (!isContainerMissing(error)) throw error;
        this.containerReady = undefined;
        await this.ensureContainer();
        return await action();
      }
    } catch (error) {
      // Names and values are validated before `op`, so anything else here comes from the service
      // or the network (refused, reset, timed out, 5xx, auth) or from an unreadable blob.
      if (error instanceof ConcurrencyConflictError || error instanceof StorageUnavailableError) throw error;
      throw unavailable(operation, error);
    }
  }

  /** A fresh client-side deadline for one SDK call (the SDK itself would wait forever). */
  deadline(): AbortSignal {
    return AbortSignal.timeout(this.requestTimeoutMs);
  }

  private ensureContainer(): Promise<void> {
    if (!this.containerReady) {
      const attempt = this.container
        .createIfNotExists({ abortSignal: this.deadline() })
        .then(() => undefined);
      this.containerReady = attempt;
      attempt.catch(() => {
        if (this.containerReady === attempt) this.containerReady = undefined;
      });
    }
    return this.containerReady;
  }

  async readJson<T>(blobName: string, id: string): Promise<StoredDocument<T> | undefined> {
    try {
      const response = await this.container
        .getBlobClient(blobName)
        .download(0, undefined, { abortSignal: this.deadline() });
      const text = await readBody(response.readableStreamBody);
      if (!response.etag) throw new StorageUnavailableError(`No ETag returned for ${blobName}`);
      return { id, value: JSON.parse(text) as T, etag: response.etag };
    } catch (error) {
      if (isBlobMissing(error)) return undefined;
      throw error;
    }
  }

  async writeJson(
    blobName: string,
    json: string,
    condition: WriteCondition | undefined,
    collection: string,
    id: string,
  ): Promise<string> {
    const token = randomBytes(12).toString('hex');
    const blob = this.container.getBlockBlobClient(blobName);
    const conditions: BlobRequestConditions | undefined = condition
      ? 'ifMatch' in condition
        ? { ifMatch: condition.ifMatch }
        : { ifNoneMatch: '*' }
      : undefined;
    try {
      const response = await blob.upload(json, Buffer.byteLength(json), {
        conditions,
        metadata: { [WRITE_TOKEN]: token },
        blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        abortSignal: this.deadline(),
      });
      if (!response.etag) throw new StorageUnavailableError(`No ETag returned for ${blobName}`);
      return response.etag;
    } catch (error) {
      const conflict = isConditionFailure(error) || (conditions !== undefined && isBlobMissing(error));
      if (!conflict) throw error;
      // A timed-out attempt may have landed before the SDK retried it; then the retry fails its own
      // condition. The write token tells that case apart from a real conflict.
      if (!isBlobMissing(error)) {
        const properties = await blob.getProperties({ abortSignal: this.deadline() }).catch(() => undefined);
        if (properties?.metadata?.[WRITE_TOKEN] === token && properties.etag) return properties.etag;
      }
      throw new ConcurrencyConflictError(collection, id);
    }
  }
}
