import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
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
      { id: 'aad-owner', teamsUserId: '29:owner' },
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

  it('accepts an administrator listed by UPN', async () => {
    const { stdout } = await exportAudit(['--case', 'BU-2026-0042', '--admin', 'IT-Admin@herning.dk']);
    expect(stdout).toMatch(/^at,threadId,version,actor,action/);
    expect(stdout).toContain(',created,');
  });

  it('refuses a non-administrator the same way whether or not the case exists, and audits both attempts', async () => {
    const refusals = async (caseRef: string) => {
      try {
        await exportAudit(['--case', caseRef, '--admin', 'aad-nosy']);
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
      throw new Error('the export was not refused');
    };
    const existing = await refusals('BU-2026-0042');
    const missing = await refusals('BU-2026-9999');
    expect(existing.code).toBe(1);
    expect(missing).toMatchObject({ code: existing.code, stdout: existing.stdout, stderr: existing.stderr });
    expect(existing.stderr).toContain('Adgang nægtet');
    expect(existing.stderr).not.toContain('BU-2026');

    const db = new Database(join(dataDir, 'storage.sqlite'), { readonly: true });
    try {
      const admin = (
        db.prepare("SELECT json FROM audit_log WHERE stream = 'coordination-audit.admin'").all() as {
          json: string;
        }[]
      ).map((row) => JSON.parse(row.json) as Record<string, unknown>);
      const refused = admin.filter((entry) => entry.action === 'auditExportRefused');
      expect(refused.map((entry) => [entry.actor, entry.subject])).toEqual(
        expect.arrayContaining([
          ['aad-nosy', 'BU-2026-0042'],
          ['aad-nosy', 'BU-2026-9999'],
        ]),
      );
    } finally {
      db.close();
    }
  });

  it('strips terminal escape codes and other control characters from what it echoes', async () => {
    const hostile = 'BU-2026-9999\u001b[2J\u001b]0;pwned\u0007\u001b[31mRØD\r\u0008';
    for (const admin of [ADMIN, 'aad-nosy']) {
      const failure = await exportAudit(['--case', hostile, '--admin', admin]).catch(
        (error: { stdout: string; stderr: string }) => error,
      );
      const output = `${(failure as { stdout: string }).stdout}${(failure as { stderr: string }).stderr}`;
      // Line breaks end the messages; nothing else below space, no DEL, no C1.
      const controls = [...output].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')));
      expect(controls).toEqual([]);
    }
    const refused = await exportAudit(['--case', hostile, '--admin', ADMIN]).catch(
      (error: { stderr: string }) => error,
    );
    expect((refused as { stderr: string }).stderr).toContain('BU-2026-9999RØD');
  });

  it('says so when the case does not exist', async () => {
    await expect(exportAudit(['--case', 'BU-2026-9999', '--admin', ADMIN])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Ingen tråd'),
    });
  });
});
