import type { TimelineEntry } from '../../domain/threads/model';

/**
 * The audit record of coordination threads: one append-only stream per thread plus one for
 * administrative actions (purges, exports). Entries hold identifiers and event names only: who,
 * what, when, which thread. No summary, task title, decision or outcome text is ever copied.
 */
export const ADMIN_STREAM = 'coordination-audit.admin';

export function threadStream(threadId: string): string {
  return `coordination-audit.${threadId}`;
}

export interface AuditEntry {
  readonly at: string;
  readonly threadId: string;
  readonly version: number | null;
  readonly actor: string;
  readonly action: string;
  readonly taskId?: string;
  readonly status?: string;
  readonly roleId?: string;
  readonly subject?: string;
}

export function auditEntryOf(threadId: string, event: TimelineEntry): AuditEntry {
  const entry: AuditEntry = {
    at: event.at,
    threadId,
    version: event.version,
    actor: event.by,
    action: event.action,
    taskId: event.taskId,
    status: event.status,
    roleId: event.roleId,
    subject: event.subject,
  };
  return Object.fromEntries(
    Object.entries(entry).filter(([, v]) => v !== undefined),
  ) as unknown as AuditEntry;
}

const COLUMNS = [
  'at',
  'threadId',
  'version',
  'actor',
  'action',
  'taskId',
  'status',
  'roleId',
  'subject',
] as const;

/** Reads stored entries defensively: only the known columns and primitive values survive. */
export function normaliseAuditEntries(raw: readonly Record<string, unknown>[]): AuditEntry[] {
  const seen = new Set<string>();
  const result: AuditEntry[] = [];
  for (const item of raw) {
    const entry: Record<string, string | number | null> = {};
    for (const column of COLUMNS) {
      const value = item[column];
      if (typeof value === 'string' || typeof value === 'number') entry[column] = value;
    }
    if (typeof entry.at !== 'string' || typeof entry.action !== 'string') continue;
    entry.version ??= null;
    // A retried append can write the same event twice; (thread, version, action) identifies it.
    const key =
      entry.version === null ? JSON.stringify(entry) : `${entry.threadId}|${entry.version}|${entry.action}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry as unknown as AuditEntry);
  }
  return result.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : (a.version ?? 0) - (b.version ?? 0)));
}

export function auditToCsv(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const entry of entries) {
    lines.push(COLUMNS.map((c) => csvCell((entry as unknown as Record<string, unknown>)[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  // Spreadsheet formula injection: a cell starting with = + - @ is prefixed so it stays text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
