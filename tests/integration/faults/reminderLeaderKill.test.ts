/**
 * Fault: the reminder and digest leader is killed (SIGKILL) mid-run, right after the connector
 * received one of its digests. A second instance on the same storage (SQLite, one machine) takes
 * over once the lease has run out and sends the rest. Every reminder and every digest reaches the
 * connector exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays } from '../../../src/domain/threads/policy';
import { danishDateOf } from '../../../src/domain/threads/time';
import { loadRoleDirectory } from '../../../src/infrastructure/configFiles/roleDirectory';
import { createStorage } from '../../../src/infrastructure/storage/createStorage';
import { systemClock } from '../../../src/ports/clock';
import { createCoordinationService } from '../../../src/services/coordination/coordinationService';
import { startConnectorServer, type ConnectorServer, type ReceivedCall } from '../../helpers/connectorServer';
import { silentLogger } from '../../unit/services/coordination/helpers';

const ROOT = resolve(__dirname, '..', '..', '..');
const THREADS = 6;
const PARTICIPANTS = 2;
const USERS = THREADS + PARTICIPANTS;
const INTERVAL_MS = 1000;
const LEASE_MS = 4000;

let connector: ConnectorServer;
let configDir: string;
let dataDir: string;
const children: ChildProcess[] = [];

function startInstance(name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'botProcess.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      STORAGE: 'sqlite',
      CONFIG_DIR: configDir,
      DATA_DIR: dataDir,
      SCHEDULERS_ENABLED: 'true',
      REMINDER_INTERVAL_MS: String(INTERVAL_MS),
      REMINDER_LEASE_MS: String(LEASE_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/BOT_PORT=\d+/.test(output)) {
        clearTimeout(timer);
        resolveStart(child);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`${name} exited (${code}): ${output}`));
    });
  });
}

const isPost = (call: ReceivedCall) => call.method === 'POST';
/** A digest goes to a 1:1 chat the connector opened (its ids start with 19:thread). */
const isDigestPost = (call: ReceivedCall) =>
  isPost(call) && call.path.includes(`/v3/conversations/${encodeURIComponent('19:thread')}`);
const isReminderPost = (call: ReceivedCall) =>
  isPost(call) && call.path.includes(`/v3/conversations/${encodeURIComponent('a:chat-')}`);
const isOpenChat = (call: ReceivedCall) => isPost(call) && /\/v3\/conversations\/?$/.test(call.path);

async function waitFor(check: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  connector = await startConnectorServer();
  dataDir = mkdtempSync(join(tmpdir(), 'leader-kill-data-'));
  configDir = mkdtempSync(join(tmpdir(), 'leader-kill-config-'));
  cpSync(join(ROOT, 'config'), configDir, { recursive: true });
  // The digest is due from midnight, so it goes out whenever the test runs.
  const policyFile = join(configDir, 'coordination.yaml');
  writeFileSync(policyFile, readFileSync(policyFile, 'utf8').replace(/time: '\d\d:\d\d'/, "time: '00:00'"));

  const storage = await createStorage({ kind: 'sqlite', dataDir });
  const service = createCoordinationService({
    storage,
    clock: systemClock,
    logger: silentLogger(),
    roles: loadRoleDirectory(configDir),
    reminderPolicy: { taskReminderTime: '00:00', meetingLeadHours: 24 },
    retention: { closedThreadDays: 180, auditDaysAfterDeletion: null },
  });
  const today = danishDateOf(new Date());
  for (let i = 0; i < THREADS; i++) {
    const caseRef = `BU-2026-${String(101 + i).padStart(4, '0')}`;
    const lead = { id: `aad-lead-${i}`, teamsUserId: `29:lead-${i}`, displayName: `Leder ${i}` };
    const participant = `aad-p-${i % PARTICIPANTS}`;
    await service.createThread(
      {
        caseRef,
        ageOrGrade: '3. klasse',
        pathway: 'skole',
        summary: 'Eleven kommer ofte for sent og virker træt.',
        legalBasis: 'anonymous',
        ownerRoleId: 'laerer',
        participants: [
          { aadObjectId: participant, teamsUserId: `29:p-${i % PARTICIPANTS}`, roleId: 'ppr-psykolog' },
        ],
        confirmNoNames: true,
      },
      lead,
      async () => ({
        kind: 'chat',
        serviceUrl: connector.serviceUrl,
        conversationId: `a:chat-${i}`,
        activityId: `card-${i}`,
      }),
    );
    // Due yesterday: its reminder is due now; due in three days: only in the digest.
    await service.act(caseRef, 1, lead, { type: 'addTask', title: 'Ring hjem', due: addDays(today, -1) });
    await service.act(caseRef, 2, lead, {
      type: 'addTask',
      title: 'Observer i frikvarteret',
      ownerId: participant,
      due: addDays(today, 3),
    });
  }
  await storage.close();
}, 60_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await connector?.close();
  rmSync(configDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

it('sends every reminder and every digest exactly once when the leader dies mid-run', async () => {
  // The connector receives the third digest and never answers: the leader is killed right then.
  let digestsSeen = 0;
  connector.hold = (call) => isDigestPost(call) && ++digestsSeen === 3;
  const first = await startInstance('first');
  await waitFor(
    () => digestsSeen >= 3,
    60_000,
    () => `3 digests, got ${digestsSeen}`,
  );
  first.kill('SIGKILL');
  const killedAt = Date.now();
  const beforeTakeover = connector.calls.length;
  // Killed mid-run: all reminders and three digests reached the connector, the rest did not.
  expect(connector.calls.filter(isReminderPost)).toHaveLength(THREADS);
  expect(connector.calls.filter(isDigestPost)).toHaveLength(3);

  await startInstance('second');
  await waitFor(
    () => connector.calls.filter(isDigestPost).length >= USERS,
    60_000,
    () => `${USERS} digests, got ${connector.calls.filter(isDigestPost).length}`,
  );
  // The new leader waited for the old lease to run out before it sent anything.
  expect(Date.now() - killedAt).toBeGreaterThanOrEqual(LEASE_MS - INTERVAL_MS);
  expect(connector.calls.length).toBeGreaterThan(beforeTakeover);
  // Some more passes of the new leader: nothing may be sent again.
  await new Promise((r) => setTimeout(r, INTERVAL_MS * 3));

  const reminderChats = connector.calls.filter(isReminderPost).map((c) => decodeURIComponent(c.path));
  expect(reminderChats).toHaveLength(THREADS);
  expect(new Set(reminderChats).size).toBe(THREADS);
  const digestRecipients = connector.calls
    .filter(isOpenChat)
    .map((c) => ((c.body as { members: { id: string }[] }).members ?? [])[0]?.id);
  expect(digestRecipients).toHaveLength(USERS);
  expect(new Set(digestRecipients).size).toBe(USERS);
  expect(connector.calls.filter(isDigestPost)).toHaveLength(USERS);
}, 180_000);
