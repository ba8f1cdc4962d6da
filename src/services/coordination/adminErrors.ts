import type { UserIdentity } from '../../domain/shared/listedPeople';

/** The id an administrator's actions are audited under. */
export function adminIdOf(admin: UserIdentity): string {
  return admin.aadObjectId ?? admin.upn ?? 'unknown';
}

export class NotAdminError extends Error {
  readonly code = 'NOT_ADMIN';
  constructor() {
    super('Only administrators may do this');
    this.name = 'NotAdminError';
  }
}

export class JournalNotAllowedError extends Error {
  readonly code = 'JOURNAL_NOT_ALLOWED';
  constructor() {
    super('Only the lead or an administrator may export the journal note');
    this.name = 'JournalNotAllowedError';
  }
}
