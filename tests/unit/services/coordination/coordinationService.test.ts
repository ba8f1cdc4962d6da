import { ThreadRuleError } from '../../../../src/domain/threads/errors';
import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import { StorageUnavailableError } from '../../../../src/ports/storage';
import {
  COLLECTIONS,
  NotAdminError,
  createCoordinationMaintenance,
} from '../../../../src/services/coordination/coordinationService';
import { threadStream } from '../../../../src/services/coordination/audit';
import {
  ADMIN_ID,
  CHAT_LOCATION,
  ManualClock,
  OUTSIDER,
  OWNER,
  P1,
  makeService,
  threadInput,
} from './helpers';
import { RecordingMessenger } from '@tests/helpers/fakes';

async function setup() {
  const storage = new MemoryStorage();
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  const messenger = new RecordingMessenger();
  const service = makeService(storage, clock, { messenger });
  const caseRef = await service.reserveCaseReference();
  const created = await service.createThread(threadInput(caseRef), OWNER, async () => CHAT_LOCATION);
  if (created.kind !== 'created') throw new Error('not created');
  return { storage, clock, service, messenger, thread: created.thread };
}

describe('case references', () => {
  it('hands out sequential references per year, never the same twice under concurrency', async () => {
    const storage = new MemoryStorage();
    const service = makeService(storage, new ManualClock(Date.parse('2026-03-01T10:00:00Z')));
    const refs = await Promise.all(Array.from({ length: 25 }, () => service.reserveCaseReference()));
    expect(new Set(refs).size).toBe(25);
    expect([...refs].sort()[0]).toBe('BU-2026-0001');
    expect([...refs].sort()[24]).toBe('BU-2026-0025');
  });
});

describe('createThread', () => {
  it('stores version 1 with its location and audits the creation without free text', async () => {
    const { storage, thread } = await setup();
    expect(thread.location).toEqual(CHAT_LOCATION);
    expect((await storage.documents.get(COLLECTIONS.threads, thread.id))?.value).toEqual(thread);
    const audit = await storage.auditLog.read(threadStream(thread.id));
    expect(audit).toEqual([
      {
        at: '2026-11-29T10:00:00.000Z',
        threadId: thread.id,
        version: 1,
        actor: 'aad-owner',
        action: 'created',
        roleId: 'laerer',
      },
    ]);
  });

  it('refuses a taken case reference and stores nothing for a CPR number', async () => {
    const { service, storage, thread } = await setup();
    expect(await service.createThread(threadInput(thread.id), OWNER)).toEqual({ kind: 'caseRefTaken' });
    await expect(
      service.createThread(threadInput('BU-2026-0777', { summary: 'Barn med cpr 121212-1212' }), OWNER),
    ).rejects.toMatchObject({ code: 'CPR_REFUSED' });
    expect(await storage.documents.get(COLLECTIONS.threads, 'BU-2026-0777')).toBeUndefined();
    expect(await storage.auditLog.read(threadStream('BU-2026-0777'))).toEqual([]);
  });

  it('asks for confirmation when the summary holds what looks like a full name', async () => {
    const { service } = await setup();
    const input = threadInput('BU-2026-0500', { summary: 'Sofie Nielsen græder hver morgen.' });
    expect(await service.createThread(input, OWNER)).toEqual({ kind: 'needsNameConfirmation' });
    expect((await service.createThread({ ...input, confirmNoNames: true }, OWNER)).kind).toBe('created');
  });

  it('removes the thread again when posting it to Teams fails', async () => {
    const { service, storage } = await setup();
    await expect(
      service.createThread(
        threadInput('BU-2026-0600', { meetingDate: '2026-12-10', meetingTime: '09:00' }),
        OWNER,
        async () => {
          throw new Error('connector down');
        },
      ),
    ).rejects.toThrow('connector down');
    expect(await service.getThread('BU-2026-0600')).toBeUndefined();
    expect(await storage.documents.list(COLLECTIONS.reminders, { prefix: 'BU-2026-0600.' })).toEqual([]);
  });
});

describe('act', () => {
  it('applies a click on the current version and reports stale and future versions without change', async () => {
    const { service, thread } = await setup();
    const accepted = await service.act(thread.id, 1, P1, { type: 'accept' });
    expect(accepted.kind).toBe('applied');
    const stale = await service.act(thread.id, 1, OWNER, {
      type: 'addDecision',
      text: 'Forældremøde holdes',
    });
    expect(stale).toMatchObject({ kind: 'stale', thread: { version: 2 } });
    const future = await service.act(thread.id, 9, OWNER, { type: 'addDecision', text: 'x' });
    expect(future).toMatchObject({ kind: 'futureVersion', thread: { version: 2 } });
    expect((await service.getThread(thread.id))?.decisions).toEqual([]);
    expect(await service.act('BU-2026-9999', 1, OWNER, { type: 'accept' })).toEqual({ kind: 'notFound' });
  });

  it('refuses changes by a non-participant and leaves the thread and audit as they were', async () => {
    const { service, storage, thread } = await setup();
    await expect(service.act(thread.id, 1, OUTSIDER, { type: 'addTask', title: 'x' })).rejects.toMatchObject({
      code: 'NOT_A_PARTICIPANT',
    });
    expect((await service.getThread(thread.id))?.version).toBe(1);
    expect(await storage.auditLog.read(threadStream(thread.id))).toHaveLength(1);
  });

  it('refuses a thread id that is not a case reference', async () => {
    const { service } = await setup();
    await expect(service.act('../etc', 1, OWNER, { type: 'accept' })).rejects.toBeInstanceOf(ThreadRuleError);
  });

  it('changes nothing when storage is unavailable', async () => {
    const { service, storage, thread } = await setup();
    storage.setAvailable(false);
    await expect(service.act(thread.id, 1, P1, { type: 'accept' })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    storage.setAvailable(true);
    expect((await service.getThread(thread.id))?.version).toBe(1);
  });

  it('loses no update when 40 people click at once and each retries on a stale card', async () => {
    const { service, thread } = await setup();
    await service.act(thread.id, 1, P1, { type: 'accept' });
    let applied = 0;
    let stale = 0;
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        let version = 2;
        for (;;) {
          const result = await service.act(thread.id, version, i % 2 ? OWNER : P1, {
            type: 'addTask',
            title: `Opgave ${i}`,
          });
          if (result.kind === 'applied') {
            applied++;
            return;
          }
          if (result.kind !== 'stale') throw new Error(result.kind);
          stale++;
          version = result.thread.version;
        }
      }),
    );
    const final = await service.getThread(thread.id);
    expect(applied).toBe(40);
    expect(final?.tasks).toHaveLength(40);
    expect(final?.version).toBe(42);
    expect(new Set(final?.tasks.map((t) => t.title)).size).toBe(40);
    expect(stale).toBeGreaterThan(0);
  });
});

describe('audit export and purge', () => {
  it('exports the audit as CSV and JSON for administrators only, with no free text', async () => {
    const { service, thread } = await setup();
    await service.act(thread.id, 1, P1, { type: 'accept' });
    await service.act(thread.id, 2, OWNER, { type: 'addDecision', text: '=HYPERLINK("x") hemmelig tekst' });
    await expect(service.exportAudit(thread.id, 'csv', { aadObjectId: 'aad-owner' })).rejects.toBeInstanceOf(
      NotAdminError,
    );
    const csv = await service.exportAudit(thread.id, 'csv', { aadObjectId: ADMIN_ID });
    expect(csv.split('\r\n')[0]).toBe('at,threadId,version,actor,action,taskId,status,roleId,subject');
    expect(csv).toContain(`,${thread.id},3,aad-owner,decisionAdded,`);
    expect(csv).not.toContain('hemmelig');
    const json = JSON.parse(
      await service.exportAudit(thread.id, 'json', { aadObjectId: ADMIN_ID }),
    ) as unknown[];
    expect(json).toHaveLength(3);
    expect(json[1]).toMatchObject({ action: 'accepted', actor: 'aad-p1', roleId: 'ppr-psykolog' });
  });

  it('purges a thread now: thread, reminders and posted card go; the purge itself is recorded', async () => {
    const { service, storage, messenger } = await setup();
    const ref = await service.reserveCaseReference();
    await service.createThread(
      threadInput(ref, { meetingDate: '2026-12-10', meetingTime: '09:00' }),
      OWNER,
      async () => CHAT_LOCATION,
    );
    // The meeting's reminder and the lead's review reminder.
    expect(await storage.documents.list(COLLECTIONS.reminders, { prefix: `${ref}.` })).toHaveLength(2);
    await expect(service.purgeNow(ref, { aadObjectId: 'aad-owner' })).rejects.toBeInstanceOf(NotAdminError);
    expect(await service.purgeNow(ref, { aadObjectId: ADMIN_ID }, { keepAudit: false })).toBe(true);
    expect(await service.getThread(ref)).toBeUndefined();
    expect(await storage.documents.list(COLLECTIONS.reminders, { prefix: `${ref}.` })).toEqual([]);
    expect(await storage.auditLog.read(threadStream(ref))).toEqual([]);
    expect(messenger.calls).toContainEqual(expect.objectContaining({ kind: 'remove', activityId: 'card-1' }));
    expect(await storage.auditLog.read('coordination-audit.admin')).toContainEqual(
      expect.objectContaining({ action: 'purged', actor: ADMIN_ID, subject: ref }),
    );
  });
});

describe('retention', () => {
  it('deletes closed threads after the configured days and purges their audit later', async () => {
    const { service, storage, clock, thread } = await setup();
    const open = await service.reserveCaseReference();
    await service.createThread(threadInput(open), OWNER, async () => CHAT_LOCATION);
    await service.act(thread.id, 1, OWNER, { type: 'close', outcome: 'Forløbet er afsluttet' });

    clock.advance(29 * 86_400_000);
    expect(await service.runRetention()).toEqual({ threadsDeleted: 0, auditStreamsPurged: 0 });
    clock.advance(1 * 86_400_000);
    expect(await service.runRetention()).toEqual({ threadsDeleted: 1, auditStreamsPurged: 0 });
    expect(await service.getThread(thread.id)).toBeUndefined();
    expect(await service.getThread(open)).toBeDefined();
    const kept = await storage.auditLog.read(threadStream(thread.id));
    expect(kept.map((e) => e.action)).toEqual(['created', 'closed', 'deleted:retention']);

    clock.advance(90 * 86_400_000);
    expect(await service.runRetention()).toEqual({ threadsDeleted: 0, auditStreamsPurged: 1 });
    expect(await storage.auditLog.read(threadStream(thread.id))).toEqual([]);
  });

  it('keeps the audit forever when configured with null', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
    const service = makeService(storage, clock, {
      retention: { closedThreadDays: 1, auditDaysAfterDeletion: null },
    });
    await service.createThread(threadInput('BU-2026-0001'), OWNER);
    await service.act('BU-2026-0001', 1, OWNER, { type: 'close', outcome: 'Slut' });
    clock.advance(10_000 * 86_400_000);
    expect(await service.runRetention()).toEqual({ threadsDeleted: 1, auditStreamsPurged: 0 });
    expect(await storage.auditLog.read(threadStream('BU-2026-0001'))).toHaveLength(3);
  });
});

describe('maintenance on the scheduler leader', () => {
  it('runs retention at most once per interval and drains the audit outbox', async () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
    const service = makeService(storage, clock, {
      retention: { closedThreadDays: 0, auditDaysAfterDeletion: null },
    });
    await storage.documents.put(COLLECTIONS.auditOutbox, 'BU-2026-0001.2.accepted.1', {
      stream: threadStream('BU-2026-0001'),
      entry: {
        at: '2026-11-29T10:00:00.000Z',
        threadId: 'BU-2026-0001',
        version: 2,
        actor: 'a',
        action: 'accepted',
      },
    });
    const maintain = createCoordinationMaintenance(service, clock, { retentionEveryMs: 60_000 });
    await maintain();
    expect(await storage.auditLog.read(threadStream('BU-2026-0001'))).toHaveLength(1);
    expect(await storage.documents.list(COLLECTIONS.auditOutbox)).toEqual([]);

    await service.createThread(threadInput('BU-2026-0002'), OWNER);
    await service.act('BU-2026-0002', 1, OWNER, { type: 'close', outcome: 'Slut' });
    await maintain();
    expect(await service.getThread('BU-2026-0002')).toBeDefined();
    clock.advance(60_000);
    await maintain();
    expect(await service.getThread('BU-2026-0002')).toBeUndefined();
  });
});

describe('audit outbox', () => {
  it('queues an entry whose append failed and writes it later, once', async () => {
    const inner = new MemoryStorage();
    let failAppends = 0;
    const storage = {
      ...inner,
      kind: inner.kind,
      documents: inner.documents,
      leases: inner.leases,
      ping: () => inner.ping(),
      close: () => inner.close(),
      auditLog: {
        append: async (stream: string, entry: Record<string, unknown>) => {
          if (failAppends > 0) {
            failAppends--;
            throw new StorageUnavailableError('append blob busy');
          }
          return inner.auditLog.append(stream, entry);
        },
        read: (stream: string) => inner.auditLog.read(stream),
        purge: (stream: string) => inner.auditLog.purge(stream),
      },
    };
    const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
    const service = makeService(storage, clock);
    await service.createThread(threadInput('BU-2026-0003'), OWNER);
    failAppends = 2;
    expect((await service.act('BU-2026-0003', 1, P1, { type: 'accept' })).kind).toBe('applied');
    expect((await inner.auditLog.read(threadStream('BU-2026-0003'))).map((e) => e.action)).toEqual([
      'created',
    ]);
    expect(await service.drainAuditOutbox()).toBe(1);
    expect(await service.drainAuditOutbox()).toBe(0);
    expect((await inner.auditLog.read(threadStream('BU-2026-0003'))).map((e) => e.action)).toEqual([
      'created',
      'accepted',
    ]);
  });
});
