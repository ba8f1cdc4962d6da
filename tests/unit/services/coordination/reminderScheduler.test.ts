import type { Reminder } from '../../../../src/domain/threads/reminders';
import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import { DeliveryError, RateLimitedError } from '../../../../src/ports/outboundMessenger';
import { COLLECTIONS } from '../../../../src/services/coordination/coordinationService';
import {
  REMINDER_LEASE,
  createReminderScheduler,
} from '../../../../src/services/coordination/reminderScheduler';
import { CHAT_LOCATION, ManualClock, makeService, OWNER, silentLogger, threadInput } from './helpers';
import { RecordingMessenger } from '@tests/helpers/fakes';

const present = (reminder: Reminder) => ({ text: `påmindelse ${reminder.kind} ${reminder.targetId}` });

async function setup() {
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  const storage = new MemoryStorage(() => clock.ms);
  const service = makeService(storage, clock);
  await service.createThread(
    threadInput('BU-2026-0042', { meetingDate: '2026-12-10', meetingTime: '10:00' }),
    OWNER,
    async () => CHAT_LOCATION,
  );
  await service.act('BU-2026-0042', 1, OWNER, { type: 'addTask', title: 'Ring', due: '2026-12-01' });
  const messenger = new RecordingMessenger();
  const scheduler = (holderId: string, m = messenger) =>
    createReminderScheduler({
      storage,
      clock,
      logger: silentLogger(),
      messenger: m,
      present,
      holderId,
      intervalMs: 1000,
    });
  return { clock, storage, service, messenger, scheduler };
}

async function states(storage: MemoryStorage): Promise<Record<string, string>> {
  const docs = await storage.documents.list<Reminder>(COLLECTIONS.reminders);
  return Object.fromEntries(docs.map((d) => [d.id, d.value.state]));
}

describe('reminder scheduler', () => {
  it('fires nothing before the due time and the task reminder on its due date in the thread', async () => {
    const { clock, messenger, scheduler, storage } = await setup();
    const a = scheduler('instance-a');
    expect(await a.tick()).toEqual({ leader: true, fired: 0, cancelled: 0, failed: 0 });
    clock.set('2026-12-01T07:00:00Z');
    expect(await a.tick()).toMatchObject({ fired: 1 });
    expect(messenger.calls).toEqual([
      {
        kind: 'post',
        address: { serviceUrl: CHAT_LOCATION.serviceUrl, conversationId: CHAT_LOCATION.conversationId },
        message: { text: 'påmindelse task t1' },
      },
    ]);
    expect(await states(storage)).toEqual({
      'BU-2026-0042.meeting-202612101000': 'pending',
      'BU-2026-0042.review-20270110': 'pending',
      'BU-2026-0042.task-t1-20261201': 'fired',
    });
    expect(await a.tick()).toMatchObject({ fired: 0 });
  });

  it('never fires twice with two instances, even when both believe they lead', async () => {
    const { clock, messenger, scheduler, storage, service } = await setup();
    clock.set('2026-12-09T09:30:00Z');
    const a = scheduler('instance-a');
    const b = scheduler('instance-b');
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect([ra.leader, rb.leader].sort()).toEqual([false, true]);
    expect(messenger.calls).toHaveLength(2);

    // Lease lost mid-tick: both instances run a pass over the same due reminder at once.
    await service.act('BU-2026-0042', 2, OWNER, { type: 'addTask', title: 'Nyt', due: '2026-12-09' });
    await storage.leases.release(REMINDER_LEASE, 'instance-a');
    await storage.leases.release(REMINDER_LEASE, 'instance-b');
    const sneaky = {
      ...storage,
      leases: { tryAcquire: async () => true, release: async () => undefined },
    } as unknown as MemoryStorage;
    const twoLeaders = [0, 1].map((i) =>
      createReminderScheduler({
        storage: sneaky,
        clock,
        logger: silentLogger(),
        messenger,
        present,
        holderId: `leader-${i}`,
      }),
    );
    await Promise.all(twoLeaders.map((s) => s.tick()));
    expect(
      messenger.calls.filter((c) => c.kind === 'post' && c.message.text === 'påmindelse task t2'),
    ).toHaveLength(1);
  });

  it('cancels a reminder whose task was completed or whose thread is gone', async () => {
    const { clock, messenger, scheduler, service, storage } = await setup();
    await service.act('BU-2026-0042', 2, OWNER, { type: 'completeTask', taskId: 't1' });
    clock.set('2026-12-01T08:00:00Z');
    expect(await scheduler('a').tick()).toMatchObject({ fired: 0, cancelled: 1 });
    expect(messenger.calls).toEqual([]);
    expect((await states(storage))['BU-2026-0042.task-t1-20261201']).toBe('cancelled');
  });

  it('retries after throttling and gives up after a permanent delivery error', async () => {
    const { clock, messenger, scheduler, storage } = await setup();
    clock.set('2026-12-01T08:00:00Z');
    messenger.fail = new RateLimitedError(1000);
    expect(await scheduler('a').tick()).toMatchObject({ failed: 1 });
    expect((await states(storage))['BU-2026-0042.task-t1-20261201']).toBe('pending');
    messenger.fail = undefined;
    expect(await scheduler('a').tick()).toMatchObject({ fired: 1 });

    clock.set('2026-12-09T10:00:00Z');
    messenger.fail = new DeliveryError('forbidden', 403, false);
    expect(await scheduler('a').tick()).toMatchObject({ failed: 1 });
    expect((await states(storage))['BU-2026-0042.meeting-202612101000']).toBe('cancelled');
  });

  it('releases the lease on stop so another instance takes over at once', async () => {
    const { scheduler } = await setup();
    const a = scheduler('a');
    const b = scheduler('b');
    a.start();
    await a.tick();
    expect((await b.tick()).leader).toBe(false);
    await a.stop();
    expect((await b.tick()).leader).toBe(true);
  });
});
