/** The storage collections coordination owns; the reminder scheduler and the digest read them too. */
export const COLLECTIONS = {
  threads: 'coordination-threads',
  reminders: 'coordination-reminders',
  counters: 'coordination-counters',
  tombstones: 'coordination-deleted',
  auditOutbox: 'coordination-audit-outbox',
} as const;

/** What is left of a deleted thread while its audit stream is kept. */
export interface Tombstone {
  readonly threadId: string;
  readonly deletedAt: string;
  readonly reason: 'retention' | 'admin';
}
