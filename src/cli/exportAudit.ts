/**
 * `npm run audit:export -- --case BU-2026-0042 --admin <entra-object-id> [--format csv|json]`
 * Prints a coordination thread's audit trail (who did what and when, no free text) for an
 * aktindsigt request. Only administrators listed in config/roles.yaml may export; the export itself
 * is recorded in the audit log.
 */
import { loadConfig, loadDotEnvFile } from '../config';
import { DEFAULT_REMINDER_POLICY } from '../domain/threads/reminders';
import type { CoordinationThread } from '../domain/threads/model';
import { loadRoleDirectory } from '../infrastructure/configFiles/roleDirectory';
import { createSilentLogger } from '../infrastructure/logging/pinoLogger';
import { createStorage } from '../infrastructure/storage/createStorage';
import { systemClock } from '../ports/clock';
import { COLLECTIONS, createCoordinationService } from '../services/coordination';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const caseRef = argument('case');
  const admin = argument('admin');
  const format = argument('format') ?? 'csv';
  if (!caseRef || !admin || (format !== 'csv' && format !== 'json')) {
    console.error(
      'Brug: npm run audit:export -- --case BU-ÅÅÅÅ-NNNN --admin <Entra object id> [--format csv|json]',
    );
    return 2;
  }
  loadDotEnvFile();
  const config = loadConfig();
  const storage = await createStorage(config.storage);
  try {
    const service = createCoordinationService({
      storage,
      clock: systemClock,
      logger: createSilentLogger(),
      roles: loadRoleDirectory(config.configDir),
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      retention: { closedThreadDays: config.threadRetentionDays, auditDaysAfterDeletion: null },
    });
    const threads = await storage.documents.list<CoordinationThread>(COLLECTIONS.threads);
    const thread = threads.find((t) => t.value.caseRef === caseRef);
    if (!thread) {
      console.error(`Ingen tråd med sagsnummer ${caseRef}.`);
      return 1;
    }
    process.stdout.write(`${await service.exportAudit(thread.value.id, format, { aadObjectId: admin })}\n`);
    return 0;
  } catch (error) {
    console.error(`Eksporten mislykkedes: ${(error as Error).message}`);
    return 1;
  } finally {
    await storage.close();
  }
}

main().then((code) => process.exit(code));
