/**
 * Coordination on the real storages: a restart of SQLite brings threads, tasks and pending
 * reminders back, and a scheduler on the new instance fires the pending reminder exactly once;
 * concurrent clicks lose no update on SQLite and on Azure Blob Storage (Azurite started here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reminder } from '../../src/domain/threads/reminders';
import { AzureBlobStorage } from '../../src/infrastructure/storage/azureBlob/azureBlobStorage';
import { SqliteStorage } from '../../src/infrastructure/storage/sqlite/sqliteStorage';
import type { Storage } from '../../src/ports/storage';
import { COLLECTIONS } from '../../src/services/coordination/coordinationService';
import { createReminderScheduler } from '../../src/services/coordination/reminderScheduler';
import { startAzurite, type AzuriteInstance } from '../helpers/azurite';
import {
  CHAT_LOCATION,
  ManualClock,
  OWNER,
  P1,
  makeService,
  silentLogger,
  threadInput,
} from '../unit/services/coordination/helpers';
import { RecordingMessenger } from '@tests/helpers/fakes';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coordination-'));
  folders.push(dir);
  return dir;
}

describe('restart on SQLite', () => {
  it('brings back threads, tasks and pending reminders; the new instance fires once', async () => {
    const dir = dataDir();
    const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
    const first = new SqliteStorage({ dataDir: dir, now: () => clock.ms });
    const service = makeService(first, clock);
    const ref = await service.reserveCaseReference();
    await service.createThread(
      threadInput(ref, { meetingDate: '2026-12-10', meetingTime: '10:00' }),
      OWNER,
      async () => CHAT_LOCATION,
    );
    await service.act(ref, 1, P1, { type: 'accept' });
    await service.act(ref, 2, P1, { type: 'addTask', title: 'Observation', due: '2026-12-01' });
    await service.act(ref, 3, OWNER, { type: 'addTask', title: 'Forældremøde' });
    const before = await service.getThread(ref);
    await first.close();

    // Two instances of the bot on the same data folder after the restart.
    const a = new SqliteStorage({ dataDir: dir, now: () => clock.ms });
    const b = new SqliteStorage({ dataDir: dir, now: () => clock.ms });
    try {
      const after = await makeService(a, clock).getThread(ref);
      expect(after).toEqual(before);
      expect(after?.tasks.map((t) => t.title)).toEqual(['Observation', 'Forældremøde']);
      const pending = await a.documents.list<Reminder>(COLLECTIONS.reminders);
      // A task added without a date gets the default due date; the review has its own reminder.
      expect(pending.map((r) => [r.id, r.value.state])).toEqual([
        [`${ref}.meeting-202612101000`, 'pending'],
        [`${ref}.review-20270110`, 'pending'],
        [`${ref}.task-t1-20261201`, 'pending'],
        [`${ref}.task-t2-20261213`, 'pending'],
      ]);
      expect(await makeService(a, clock).reserveCaseReference()).toBe('BU-2026-0002');

      clock.set('2026-12-01T07:30:00Z');
      const messenger = new RecordingMessenger();
      const scheduler = (storage: Storage, holderId: string) =>
        createReminderScheduler({
          storage,
          clock,
          logger: silentLogger(),
          messenger,
          present: (r) => ({ text: `${r.kind}:${r.targetId}` }),
          holderId,
        });
      const sa = scheduler(a, 'instance-a');
      const sb = scheduler(b, 'instance-b');
      await Promise.all([sa.tick(), sb.tick(), sa.tick(), sb.tick()]);
      await sa.stop();
      await sb.tick();
      expect(messenger.calls).toEqual([
        {
          kind: 'post',
          address: { serviceUrl: CHAT_LOCATION.serviceUrl, conversationId: CHAT_LOCATION.conversationId },
          message: { text: 'task:t1' },
        },
      ]);
      expect(
        (await b.documents.get<Reminder>(COLLECTIONS.reminders, `${ref}.task-t1-20261201`))?.value.state,
      ).toBe('fired');
    } finally {
      await a.close();
      await b.close();
    }
  });
});

async function concurrentClicks(storage: Storage, clicks: number): Promise<void> {
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  const service = makeService(storage, clock);
  const ref = await service.reserveCaseReference();
  await service.createThread(threadInput(ref), OWNER);
  await service.act(ref, 1, P1, { type: 'accept' });
  let applied = 0;
  await Promise.all(
    Array.from({ length: clicks }, async (_, i) => {
      let version = 2;
      for (;;) {
        const result = await service.act(ref, version, i % 2 ? OWNER : P1, {
          type: 'addDecision',
          text: `Beslutning ${i}`,
        });
        if (result.kind === 'applied') {
          applied++;
          return;
        }
        if (result.kind !== 'stale') throw new Error(result.kind);
        version = result.thread.version;
      }
    }),
  );
  const thread = await service.getThread(ref);
  expect(applied).toBe(clicks);
  expect(new Set(thread?.decisions.map((d) => d.text)).size).toBe(clicks);
  expect(thread?.version).toBe(clicks + 2);
}

describe('no lost updates on the real storages', () => {
  it('SQLite', async () => {
    const storage = new SqliteStorage({ dataDir: dataDir() });
    try {
      await concurrentClicks(storage, 20);
    } finally {
      await storage.close();
    }
  });

  describe('Azure Blob Storage (Azurite)', () => {
    let azurite: AzuriteInstance;
    beforeAll(async () => {
      azurite = await startAzurite();
    }, 30_000);
    afterAll(async () => {
      await azurite?.stop();
    });

    it('keeps every concurrent change', async () => {
      const storage = new AzureBlobStorage({
        connectionString: azurite.connectionString,
        container: 'coordination-test',
      });
      try {
        await concurrentClicks(storage, 10);
      } finally {
        await storage.close();
      }
    }, 60_000);
  });
});
