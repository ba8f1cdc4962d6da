/**
 * `npm run audit:export -- --case BU-2026-0042 --admin <entra-object-id or UPN> [--format csv|json]`
 * Prints a coordination thread's audit trail (who did what and when, no free text) for an
 * aktindsigt request. Only administrators listed in config/roles.yaml (by object id or UPN) may
 * export: that is checked before the case is looked up, so a refusal says nothing about whether
 * the case exists, and the refused attempt is audited like the export itself. Everything echoed
 * is stripped of control characters (terminal escape codes included).
 */
import { loadConfig, loadDotEnvFile } from '../config';
import { withoutControlCharacters } from '../domain/text/controlCharacters';
import { DEFAULT_REMINDER_POLICY } from '../domain/threads/reminders';
import { loadRoleDirectory } from '../infrastructure/configFiles/roleDirectory';
import { createSilentLogger } from '../infrastructure/logging/pinoLogger';
import { createStorage } from '../infrastructure/storage/createStorage';
import { systemClock } from '../ports/clock';
import type { UserIdentity } from '../domain/shared/listedPeople';
import { createCoordinationService, NotAdminError } from '../services/coordination';
import { ThreadRuleError } from '../domain/threads/errors';

const USAGE =
  'Brug: npm run audit:export -- --case BU-ÅÅÅÅ-NNNN --admin <Entra object id eller UPN> [--format csv|json]';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Anything shown back to the operator: printable text only, and not endless. */
function echo(text: string): string {
  return withoutControlCharacters(text).slice(0, 80);
}

function adminOf(value: string): UserIdentity {
  return value.includes('@') ? { upn: value.trim() } : { aadObjectId: value.trim() };
}

async function main(): Promise<number> {
  const caseRef = argument('case');
  const admin = argument('admin');
  const format = argument('format') ?? 'csv';
  if (!caseRef || !admin || (format !== 'csv' && format !== 'json')) {
    console.error(USAGE);
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
    const result = await service.exportAuditForCase(caseRef, format, adminOf(admin));
    if (result.kind === 'notFound') {
      console.error(`Ingen tråd eller auditlog med sagsnummer ${echo(caseRef)}.`);
      return 1;
    }
    process.stdout.write(`${result.text}\n`);
    return 0;
  } catch (error) {
    if (error instanceof NotAdminError) {
      console.error('Adgang nægtet: kun administratorer i config/roles.yaml må eksportere auditloggen.');
      return 1;
    }
    if (error instanceof ThreadRuleError) {
      console.error(`Ugyldigt sagsnummer: ${echo(caseRef)}. Forventet format: BU-ÅÅÅÅ-NNNN.`);
      return 2;
    }
    console.error(`Eksporten mislykkedes (${echo((error as Error)?.name ?? 'ukendt fejl')}).`);
    return 1;
  } finally {
    await storage.close();
  }
}

main().then((code) => process.exit(code));
