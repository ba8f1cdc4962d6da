import { randomUUID } from 'node:crypto';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import type { FileDownloader } from '../../ports/fileDownloader';
import type { KnowledgeSource } from '../../ports/knowledgeSource';
import type { Logger } from '../../ports/logger';
import type { KnowledgeReloader } from './knowledgeReloader';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** What a knowledge owner may send: the formats the parsers read that people write documents in. */
export const UPLOAD_EXTENSIONS = ['.pdf', '.docx', '.md', '.markdown', '.txt'] as const;
const PENDING_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING = 20;

export type UploadRefusal =
  | 'notOwner'
  | 'notPersonal'
  | 'badName'
  | 'extension'
  | 'tooLarge'
  | 'downloadFailed'
  | 'unreadable'
  | 'cpr'
  | 'expired';

export type UploadReceipt =
  | { readonly kind: 'refused'; readonly reason: UploadRefusal }
  | {
      readonly kind: 'preview';
      readonly uploadId: string;
      readonly fileName: string;
      readonly title: string;
      readonly sections: number;
      readonly replaces: boolean;
    };

export type UploadConfirmation =
  | { readonly kind: 'refused'; readonly reason: UploadRefusal }
  | { readonly kind: 'saved'; readonly fileName: string; readonly title: string; readonly replaced: boolean };

export interface KnowledgeUploadService {
  receive(input: {
    readonly identity: UserIdentity;
    readonly personalChat: boolean;
    readonly fileName: string;
    readonly downloadUrl: string;
  }): Promise<UploadReceipt>;
  confirm(uploadId: string, identity: UserIdentity): Promise<UploadConfirmation>;
}

interface Pending {
  readonly owner: string;
  readonly fileName: string;
  readonly title: string;
  readonly data: Buffer;
  readonly expiresAt: number;
}

/** A plain file name of a supported type, or undefined: no folders, no hidden files, no odd characters. */
export function uploadFileName(name: string): string | undefined {
  const trimmed = name.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,150}$/u.test(trimmed) || trimmed.includes('..')) return undefined;
  return trimmed;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

const ownerKey = (identity: UserIdentity) => (identity.aadObjectId ?? identity.upn ?? '').toLowerCase();

/**
 * A knowledge owner sends a document to the bot in 1:1: it is checked and shown before anything
 * changes; only a confirm by the same owner writes it into the knowledge folder and re-indexes.
 */
export function createKnowledgeUploadService(deps: {
  readonly source: KnowledgeSource;
  readonly downloader: FileDownloader;
  readonly reloader: Pick<KnowledgeReloader, 'reload'>;
  readonly owners: { find(identity: UserIdentity): unknown };
  readonly logger: Logger;
  readonly maxBytes?: number;
  readonly now?: () => number;
}): KnowledgeUploadService {
  const logger = deps.logger.child({ component: 'knowledgeUploads' });
  const maxBytes = deps.maxBytes ?? MAX_UPLOAD_BYTES;
  const now = deps.now ?? Date.now;
  const pending = new Map<string, Pending>();

  const refuse = (reason: UploadRefusal) => {
    logger.info('knowledge upload refused', { reason });
    return { kind: 'refused', reason } as const;
  };

  function prune(): void {
    for (const [id, entry] of pending) if (entry.expiresAt <= now()) pending.delete(id);
    while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
  }

  return {
    async receive(input) {
      if (!deps.owners.find(input.identity)) return refuse('notOwner');
      if (!input.personalChat) return refuse('notPersonal');
      if (!UPLOAD_EXTENSIONS.includes(extensionOf(input.fileName) as never)) return refuse('extension');
      const fileName = uploadFileName(input.fileName);
      if (!fileName) return refuse('badName');
      const download = await deps.downloader.download(input.downloadUrl, maxBytes);
      if (download.kind === 'tooLarge') return refuse('tooLarge');
      if (download.kind === 'failed') return refuse('downloadFailed');
      const inspection = await deps.source.inspect(fileName, download.data);
      if (inspection.kind === 'unreadable') return refuse('unreadable');
      // A CPR number is refused outright: the file is not kept, not even with the number masked.
      if (inspection.containsCpr) return refuse('cpr');
      prune();
      const uploadId = randomUUID();
      pending.set(uploadId, {
        owner: ownerKey(input.identity),
        fileName,
        title: inspection.title,
        data: download.data,
        expiresAt: now() + PENDING_TTL_MS,
      });
      logger.info('knowledge upload previewed', {
        sections: inspection.sections,
        replaces: inspection.exists,
        bytes: download.data.length,
      });
      return {
        kind: 'preview',
        uploadId,
        fileName,
        title: inspection.title,
        sections: inspection.sections,
        replaces: inspection.exists,
      };
    },

    async confirm(uploadId, identity) {
      if (!deps.owners.find(identity)) return refuse('notOwner');
      const entry = pending.get(uploadId);
      if (!entry || entry.expiresAt <= now()) return refuse('expired');
      if (entry.owner !== ownerKey(identity)) return refuse('notOwner');
      pending.delete(uploadId);
      const { replaced } = await deps.source.write(entry.fileName, entry.data);
      await deps.reloader.reload();
      logger.info('knowledge upload saved', { replaced, bytes: entry.data.length });
      return { kind: 'saved', fileName: entry.fileName, title: entry.title, replaced };
    },
  };
}
