import { isCaseReference } from '../../domain/threads/caseReference';
import type { CoordinationThread } from '../../domain/threads/model';
import type { RoleDirectory } from '../../domain/threads/roles';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { Storage } from '../../ports/storage';
import { auditToCsv, normaliseAuditEntries, threadStream } from './audit';
import type { AuditTrail } from './auditTrail';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import { adminIdOf, JournalNotAllowedError, NotAdminError } from './adminErrors';
import { COLLECTIONS } from './collections';
import type { CoordinationService } from './coordinationService';
import type { RetentionPolicy } from './retention';
import { assertThreadId } from './threadLifecycle';
import type { ThreadRecords } from './threadRecords';

/** What only the lead or an administrator may do: journal and audit exports, purging. */
export type AdminActions = Pick<
  CoordinationService,
  'isAdmin' | 'exportJournal' | 'exportAudit' | 'exportAuditForCase' | 'purgeNow'
>;

export interface AdminActionsDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly roles: RoleDirectory;
  readonly retention: RetentionPolicy;
  readonly audit: AuditTrail;
  readonly records: ThreadRecords;
}

export function createAdminActions(deps: AdminActionsDeps): AdminActions {
  const { storage, clock, logger, roles, audit } = deps;
  const docs = storage.documents;

  /** Records an administrator's action in the administrators' stream. */
  async function auditAdmin(admin: UserIdentity, action: string, subject: string): Promise<void> {
    await audit.append([
      {
        at: clock.now().toISOString(),
        threadId: '',
        version: null,
        actor: adminIdOf(admin),
        action,
        subject,
      },
    ]);
  }

  /** Refuses a non-administrator before anything is looked up, and records the attempt. */
  async function assertAdmin(admin: UserIdentity, action: 'auditExport' | 'purge', subject: string) {
    if (roles.isAdmin(admin)) return;
    // Only a well-formed case reference is recorded; anything else could be any text.
    await auditAdmin(admin, `${action}Refused`, isCaseReference(subject) ? subject : 'invalid');
    logger.warn('coordination admin action refused', { action });
    throw new NotAdminError();
  }

  async function exportEntries(threadId: string, format: 'csv' | 'json', admin: UserIdentity) {
    const entries = normaliseAuditEntries(await storage.auditLog.read(threadStream(threadId)));
    await auditAdmin(admin, 'auditExported', threadId);
    logger.info('coordination audit exported', { threadId, entries: entries.length, format });
    return format === 'csv' ? auditToCsv(entries) : `${JSON.stringify(entries, null, 2)}\n`;
  }

  return {
    isAdmin: (user) => roles.isAdmin(user),

    exportJournal: (threadId, user, delivery) => exportJournal(deps, threadId, user, delivery),

    async exportAudit(threadId, format, admin) {
      await assertAdmin(admin, 'auditExport', threadId);
      assertThreadId(threadId);
      return exportEntries(threadId, format, admin);
    },

    async exportAuditForCase(caseRef, format, admin) {
      await assertAdmin(admin, 'auditExport', caseRef);
      assertThreadId(caseRef);
      const threads = await docs.list<CoordinationThread>(COLLECTIONS.threads);
      const threadId = threads.find((t) => t.value.caseRef === caseRef)?.value.id ?? caseRef;
      const kept = await storage.auditLog.read(threadStream(threadId));
      if (kept.length === 0) return { kind: 'notFound' };
      return { kind: 'exported', text: await exportEntries(threadId, format, admin) };
    },

    async purgeNow(threadId, admin, options) {
      await assertAdmin(admin, 'purge', threadId);
      assertThreadId(threadId);
      const keepAudit = options?.keepAudit ?? deps.retention.auditDaysAfterDeletion !== 0;
      const deleted = await deps.records.deleteThread(threadId, 'admin', keepAudit);
      await auditAdmin(admin, 'purged', threadId);
      logger.info('coordination thread purged by admin', { threadId, deleted, keepAudit });
      return deleted;
    },
  };
}

/** The journal note goes to the lead or an administrator; every export and refusal is audited. */
async function exportJournal(
  { storage, clock, logger, roles, audit }: AdminActionsDeps,
  threadId: string,
  user: UserIdentity & { readonly aadObjectId: string },
  delivery: 'card' | 'file',
): Promise<CoordinationThread | undefined> {
  const docs = storage.documents;
  assertThreadId(threadId);
  const thread = (await docs.get<CoordinationThread>(COLLECTIONS.threads, threadId))?.value;
  if (!thread) return undefined;
  const at = clock.now().toISOString();
  const allowed = thread.ownerId === user.aadObjectId || roles.isAdmin(user);
  const action = allowed ? 'journalExported' : 'journalExportRefused';
  await audit.append([{ at, threadId, version: null, actor: user.aadObjectId, action, subject: delivery }]);
  if (!allowed) {
    logger.warn('coordination journal export refused', { threadId });
    throw new JournalNotAllowedError();
  }
  logger.info('coordination journal exported', { threadId, delivery });
  return thread;
}
