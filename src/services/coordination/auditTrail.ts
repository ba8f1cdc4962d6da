import type { Logger } from '../../ports/logger';
import type { Storage } from '../../ports/storage';
import { ADMIN_STREAM, threadStream, type AuditEntry } from './audit';
import { COLLECTIONS } from './collections';

/** Writes audit entries; an entry the audit log refuses twice waits in an outbox instead of being lost. */
export interface AuditTrail {
  append(entries: readonly AuditEntry[]): Promise<void>;
  /** Writes the entries waiting in the outbox; returns how many. */
  drainOutbox(): Promise<number>;
}

export function createAuditTrail(storage: Storage, logger: Logger): AuditTrail {
  const docs = storage.documents;
  return {
    async append(entries) {
      for (const entry of entries) {
        const stream = entry.threadId === '' ? ADMIN_STREAM : threadStream(entry.threadId);
        try {
          await storage.auditLog.append(stream, { ...entry });
        } catch (error) {
          try {
            await storage.auditLog.append(stream, { ...entry });
          } catch {
            logger.error('audit append failed; queued in outbox', {
              threadId: entry.threadId,
              version: entry.version,
              error: (error as Error).name,
            });
            const id = `${entry.threadId || 'admin'}.${entry.version ?? 'x'}.${entry.action}.${Date.parse(entry.at)}`;
            await docs.put(COLLECTIONS.auditOutbox, id, { stream, entry }).catch(() => {
              logger.error('audit outbox write failed', { threadId: entry.threadId });
            });
          }
        }
      }
    },

    async drainOutbox() {
      let drained = 0;
      for (const doc of await docs.list<{ stream: string; entry: AuditEntry }>(COLLECTIONS.auditOutbox)) {
        await storage.auditLog.append(doc.value.stream, { ...doc.value.entry });
        await docs.delete(COLLECTIONS.auditOutbox, doc.id);
        drained++;
      }
      return drained;
    },
  };
}
