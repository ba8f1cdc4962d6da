import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_REMINDER_POLICY } from '../../../src/domain/threads/reminders';
import { loadRoleDirectory } from '../../../src/infrastructure/configFiles/roleDirectory';
import { createSilentLogger } from '../../../src/infrastructure/logging/pinoLogger';
import { SqliteStorage } from '../../../src/infrastructure/storage/sqlite/sqliteStorage';
import { systemClock } from '../../../src/ports/clock';
import { createCoordinationService } from '../../../src/services/coordination';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const ADMIN = '00000000-0000-4000-8000-00000000a001';

describe('npm run audit:export', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'audit-export-'));

  beforeAll(async () => {
    const storage = new SqliteStorage({ dataDir });
    const service = createCoordinationService({
      storage,
      clock: systemClock,
      logger: createSilentLogger(),
      roles: loadRoleDirectory(join(ROOT, 'config')),
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      retention: { closedThreadDays: 30, auditDaysAfterDeletion: null },
    });
    const result = await service.createThread(
      {
        caseRef: 'BU-2026-0042',
        ageOrGrade: '7 år',
        pathway: 'skolestart',
        summary: 'Overgang fra børnehave til 0. klasse er svær.',
        legalBasis: 'anonymous',
        ownerRoleId: 'laerer',
        participants: [],
        confirmNoNames: false,
      },
      { aadObjectId: 'aad-owner', teamsUserId: '29:owner' },
      async () => ({
        kind: 'chat',
        serviceUrl: 'https://smba.example/emea/',
        conversationId: 'a:chat',
        activityId: 'card-1',
      }),
    );
    expect(result.kind).toBe('created');
    await storage.close();
  });

  const exportAudit = (args: string[]) =>
    run(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/exportAudit.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, STORAGE: 'sqlite', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      },
    );

  it('prints the audit trail as CSV for an administrator, without the summary text', async () => {
    const { stdout } = await exportAudit(['--case', 'BU-2026-0042', '--admin', ADMIN]);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^at,threadId,version,actor,action/);
    expect(lines[1]).toContain(',created,');
    expect(stdout).not.toContain('Overgang fra børnehave');
  });

  it('refuses someone who is not an administrator', async () => {
    await expect(exportAudit(['--case', 'BU-2026-0042', '--admin', 'aad-owner'])).rejects.toMatchObject({
      code: 1,
    });
  });

  it('says so when the case does not exist', async () => {
    await expect(exportAudit(['--case', 'BU-2026-9999', '--admin', ADMIN])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Ingen tråd'),
    });
  });
});
