import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { DeliveryError, RateLimitedError } from '@src/ports/outboundMessenger';
import { StorageUnavailableError } from '@src/ports/storage';
import type { PublishedUpdateDocument } from '@src/services/contracts';
import {
  createKnowledgeUpdatesService,
  createUpdateScheduler,
  DELIVERIES,
  POSTS,
  type UpdatesActor,
  type DeliveryRecord,
} from '@src/services/knowledgeUpdates';
import { UpdateRuleError } from '@src/domain/updates';
import {
  AUTHOR_OID,
  OTHER_PUBLISHER_OID,
  testAudiences,
  testPublishers,
  validInput,
} from '../../domain/updates/fixtures';
import { RecordingMessenger } from '@tests/helpers/fakes';
import { plainRenderer, silentLogger, TestClock } from './helpers';

const author: UpdatesActor = {
  id: AUTHOR_OID,
  aadObjectId: AUTHOR_OID,
  teamsUserId: '29:author',
  displayName: 'Anna Leder',
};
const otherPublisher: UpdatesActor = { id: OTHER_PUBLISHER_OID, aadObjectId: OTHER_PUBLISHER_OID };
const staff = (n: number): UpdatesActor => ({
  id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
  aadObjectId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
  displayName: `Medarbejder ${n}`,
  upn: `m${n}@herning.example`,
});

class Sink {
  readonly docs = new Map<string, PublishedUpdateDocument>();
  upsertUpdate(document: PublishedUpdateDocument): void {
    this.docs.set(document.id, document);
  }
  removeUpdate(id: string): void {
    this.docs.delete(id);
  }
}

function setup(options: { messenger?: RecordingMessenger; channels?: number; storage?: MemoryStorage } = {}) {
  const clock = new TestClock(Date.parse('2026-03-02T09:00:00Z'));
  const storage = options.storage ?? new MemoryStorage(() => clock.now().getTime());
  const messenger = options.messenger ?? new RecordingMessenger();
  const sink = new Sink();
  let ids = 0;
  const service = createKnowledgeUpdatesService({
    storage,
    messenger,
    renderer: plainRenderer,
    publishers: testPublishers(),
    audiences: testAudiences(options.channels ?? 3),
    clock,
    logger: silentLogger,
    knowledgeSink: sink,
    tenantId: 'tenant-1',
    delivery: { retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 }, sendsPerSecond: 0, concurrency: 4 },
    ackRefreshDelayMs: 10,
    random: () => 0.5,
    newId: () => `post${++ids}`,
  });
  return { clock, storage, messenger, sink, service };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UpdateRuleError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('knowledge updates service: drafts and permissions', () => {
  it('lets a configured publisher create, save, list and delete drafts', async () => {
    const { service } = setup();
    const draft = await service.createDraft(author, validInput());
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      author: { roleLabel: 'Skoleleder', unit: 'Eksempelskolen' },
    });
    const saved = await service.saveDraft(author, draft.id, 1, validInput({ title: 'Ny titel' }));
    expect(saved).toMatchObject({ title: 'Ny titel', version: 2 });
    expect((await service.listMine(author)).map((p) => p.id)).toEqual([draft.id]);
    expect(await service.listMine(otherPublisher)).toEqual([]);
    expect(await codeOf(service.deleteDraft(author, draft.id, 1))).toBe('STALE_VERSION');
    await service.deleteDraft(author, draft.id, 2);
    expect(await service.listMine(author)).toEqual([]);
  });

  it('refuses anyone who is not a configured publisher, and changes nothing', async () => {
    const { service, storage } = setup();
    expect(await codeOf(service.createDraft(staff(1), validInput()))).toBe('NOT_PUBLISHER');
    const draft = await service.createDraft(author, validInput());
    expect(await codeOf(service.publish(staff(1), draft.id, 1))).toBe('NOT_PUBLISHER');
    expect(await codeOf(service.publish(otherPublisher, draft.id, 1))).toBe('NOT_AUTHOR');
    expect(await codeOf(service.saveDraft(otherPublisher, draft.id, 1, validInput()))).toBe('NOT_AUTHOR');
    expect(
      (await storage.documents.list(POSTS)).map((d) => (d.value as { version: number }).version),
    ).toEqual([1]);
  });

  it('refuses invalid input without storing anything', async () => {
    const { service, storage } = setup();
    expect(await codeOf(service.createDraft(author, validInput({ title: '' })))).toBe('EMPTY_TITLE');
    expect(await codeOf(service.createDraft(author, validInput({ audienceIds: 'ukendt' })))).toBe(
      'UNKNOWN_AUDIENCE',
    );
    expect(await codeOf(service.createDraft(author, validInput({ sendAt: '2026-03-01T09:00:00Z' })))).toBe(
      'SEND_TIME_IN_PAST',
    );
    expect(await storage.documents.list(POSTS)).toEqual([]);
    expect(await codeOf(service.getOwn(author, '../etc'))).toBe('NOT_FOUND');
  });

  it('reports a storage outage as such', async () => {
    const { service, storage } = setup();
    storage.setAvailable(false);
    await expect(service.createDraft(author, validInput())).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});

describe('knowledge updates service: publish, acknowledge, edit, retract', () => {
  it('publishes to every audience channel once and adds the post to the knowledge base', async () => {
    const { service, messenger, sink } = setup();
    const draft = await service.createDraft(author, validInput({ audienceIds: 'kanal-1,kanal-2,kanal-3' }));
    const { post, delivery } = await service.publish(author, draft.id, 1);
    expect(post.status).toBe('published');
    const report = await delivery!;
    expect(report).toMatchObject({ total: 3, failed: [], unconfirmed: [], pending: [] });
    expect([...messenger.posts.values()]).toEqual([1, 1, 1]);
    expect(sink.docs.get(post.id)).toMatchObject({
      title: post.title,
      authorRole: 'Skoleleder',
      unit: 'Eksempelskolen',
      tags: ['Leg og læring', 'Fællesskaber'],
      publishedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await codeOf(service.publish(author, post.id, post.version))).toBe('INVALID_TRANSITION');
  });

  it('counts 200 concurrent acknowledgements without losing one, idempotently, and coalesces card updates', async () => {
    const { service, messenger } = setup();
    const draft = await service.createDraft(author, validInput({ audienceIds: 'kanal-1,kanal-2' }));
    await (
      await service.publish(author, draft.id, 1)
    ).delivery;
    const users = Array.from({ length: 200 }, (_, i) => staff(i + 1));
    const results = await Promise.all(
      [...users, ...users.slice(0, 50)].map((user) => service.acknowledge(user, draft.id)),
    );
    expect(results.filter((r) => r.alreadyAcknowledged)).toHaveLength(50);
    await service.whenIdle();
    const view = await service.view(author, draft.id);
    expect(view.ackCount).toBe(200);
    expect(view.acknowledgements).toHaveLength(200);
    // Coalesced: a handful of rounds of 2 copies, not 200 × 2.
    expect(messenger.updates.length).toBeGreaterThanOrEqual(2);
    expect(messenger.updates.length).toBeLessThanOrEqual(6);
    for (const conversationId of messenger.cards.keys())
      expect(messenger.cardText(conversationId)).toContain('(200)');
  });

  it('shows a reader only their own state and the author who acknowledged', async () => {
    const { service } = setup();
    const draft = await service.createDraft(author, validInput());
    await (
      await service.publish(author, draft.id, 1)
    ).delivery;
    const first = await service.acknowledge(staff(1), draft.id);
    expect(first).toMatchObject({ alreadyAcknowledged: false, ackCount: 1, isAuthor: false });
    expect(first.acknowledgements).toBeUndefined();
    expect(first.myAcknowledgement?.acknowledgedAt).toBe('2026-03-02T09:00:00.000Z');
    const other = await service.view(staff(2), draft.id);
    expect(other.myAcknowledgement).toBeUndefined();
    expect(other.acknowledgements).toBeUndefined();
    const authorView = await service.view(author, draft.id);
    expect(authorView.isAuthor).toBe(true);
    expect(authorView.acknowledgements?.map((a) => a.name)).toEqual(['Medarbejder 1']);
    expect(authorView.delivery?.delivered).toHaveLength(2);
  });

  it('exports the acknowledgements as CSV for the author only', async () => {
    const { service } = setup();
    const draft = await service.createDraft(author, validInput());
    await (
      await service.publish(author, draft.id, 1)
    ).delivery;
    await service.acknowledge(staff(7), draft.id);
    const headers = { name: 'Navn', upn: 'Bruger', time: 'Tidspunkt', version: 'Version' };
    const { csv, count } = await service.exportAcknowledgements(author, draft.id, headers);
    expect(count).toBe(1);
    expect(csv.split('\r\n')).toEqual([
      'Navn,Bruger,Tidspunkt,Version',
      'Medarbejder 7,m7@herning.example,2026-03-02 10:00:00,2',
    ]);
    expect(await codeOf(service.exportAcknowledgements(staff(7), draft.id, headers))).toBe('NOT_PUBLISHER');
    expect(await codeOf(service.exportAcknowledgements(otherPublisher, draft.id, headers))).toBe(
      'NOT_AUTHOR',
    );
  });

  it('edits every copy in place and keeps the knowledge base in step', async () => {
    const { service, messenger, sink } = setup();
    const draft = await service.createDraft(author, validInput());
    const { post } = await service.publish(author, draft.id, 1);
    await service.whenIdle();
    const { post: edited, copies } = await service.editPublished(
      author,
      post.id,
      post.version,
      validInput({ title: 'Rettet titel' }),
    );
    expect(await copies).toMatchObject({ updated: 2, failed: [] });
    for (const id of messenger.cards.keys()) expect(messenger.cardText(id)).toContain('Rettet titel v3');
    expect(sink.docs.get(post.id)?.title).toBe('Rettet titel');
    const { copies: again } = await service.editPublished(
      author,
      post.id,
      edited.version,
      validInput({ addToKnowledgeBase: 'false' }),
    );
    await again;
    expect(sink.docs.has(post.id)).toBe(false);
    expect(await codeOf(service.editPublished(author, post.id, edited.version, validInput()))).toBe(
      'STALE_VERSION',
    );
    expect([...messenger.posts.values()]).toEqual([1, 1]);
  });

  it('retracts: every copy shows the withdrawn card, the index drops it, acknowledging is refused', async () => {
    const { service, messenger, sink } = setup();
    const draft = await service.createDraft(author, validInput());
    const { post } = await service.publish(author, draft.id, 1);
    await service.whenIdle();
    expect(sink.docs.has(post.id)).toBe(true);
    const { copies } = await service.retract(author, post.id, post.version);
    expect(await copies).toMatchObject({ updated: 2 });
    for (const id of messenger.cards.keys()) expect(messenger.cardText(id)).toContain('trukket tilbage');
    expect(sink.docs.has(post.id)).toBe(false);
    expect(await codeOf(service.acknowledge(staff(1), post.id))).toBe('POST_RETRACTED');
    expect((await service.view(author, post.id)).ackCount).toBe(0);
  });

  it('re-feeds the knowledge base after a restart', async () => {
    const { service, storage, messenger } = setup();
    const a = await service.createDraft(author, validInput());
    const b = await service.createDraft(author, validInput({ addToKnowledgeBase: false }));
    await (
      await service.publish(author, a.id, 1)
    ).delivery;
    await (
      await service.publish(author, b.id, 1)
    ).delivery;
    const restarted = setup({ storage, messenger });
    expect(await restarted.service.syncKnowledgeBase()).toBe(1);
    expect([...restarted.sink.docs.keys()]).toEqual([a.id]);
  });
});

describe('knowledge updates service: delivery failures', () => {
  it('retries throttling and 5xx, gives up on 4xx and after bounded attempts, and reports which channels failed', async () => {
    const messenger = new RecordingMessenger(({ method, target, attempt }) => {
      if (method !== 'POST') return undefined;
      if (target.includes('kanal1@')) return attempt === 1 ? new RateLimitedError(3) : undefined;
      if (target.includes('kanal2@')) return attempt <= 2 ? new DeliveryError('503', 503, true) : undefined;
      if (target.includes('kanal3@')) return new DeliveryError('403', 403, false);
      if (target.includes('kanal4@')) return new DeliveryError('502', 502, true);
      return undefined;
    });
    const { service } = setup({ messenger, channels: 5 });
    const draft = await service.createDraft(
      {
        ...author,
        replyAddress: { serviceUrl: 'https://smba.example.invalid/emea/', conversationId: 'a:author-chat' },
      },
      validInput({ audienceIds: 'kanal-1,kanal-2,kanal-3,kanal-4,kanal-5' }),
    );
    const report = await (await service.publish(author, draft.id, 1)).delivery!;
    expect([...report.delivered].sort()).toEqual(['kanal-1', 'kanal-2', 'kanal-5']);
    expect(report.failed).toEqual([
      { audienceId: 'kanal-3', name: 'Kanal 3', reason: 'http-403' },
      { audienceId: 'kanal-4', name: 'Kanal 4', reason: 'http-502' },
    ]);
    expect(report.retries).toBe(1 + 2 + 3);
    expect(report.throttled).toBe(1);
    expect(messenger.posts.get('19:kanal4@thread.tacv2')).toBeUndefined();
    // The author is told in their 1:1 chat which channels failed.
    expect(messenger.direct).toEqual([
      { conversationId: 'a:author-chat', text: expect.stringContaining('3/5; fejl: kanal-3,kanal-4') },
    ]);
    expect([...messenger.posts.values()]).toEqual([1, 1, 1]);
  });

  it('resumes after a crash: sends what was pending, never resends a copy that may have arrived', async () => {
    const { service, storage, messenger, clock } = setup({ channels: 3 });
    const draft = await service.createDraft(author, validInput({ audienceIds: 'kanal-1,kanal-2,kanal-3' }));
    // Simulate the crash: the post is published, kanal-1 delivered, kanal-2 claimed ('sending')
    // when the process died, kanal-3 still pending.
    const doc = await storage.documents.get<Record<string, unknown>>(POSTS, draft.id);
    await storage.documents.put(
      POSTS,
      draft.id,
      { ...doc!.value, status: 'published', version: 2, publishedAt: clock.now().toISOString() },
      { ifMatch: doc!.etag },
    );
    const base = {
      postId: draft.id,
      serviceUrl: 'https://smba.example.invalid/emea/',
      updatedAt: clock.now().toISOString(),
    };
    const records: DeliveryRecord[] = [
      {
        ...base,
        audienceId: 'kanal-1',
        channelId: '19:kanal1@thread.tacv2',
        state: 'delivered',
        attempts: 1,
        conversationId: 'c1',
        activityId: '1',
        renderedVersion: 2,
      },
      {
        ...base,
        audienceId: 'kanal-2',
        channelId: '19:kanal2@thread.tacv2',
        state: 'sending',
        attempts: 1,
        sendingSince: clock.now().toISOString(),
      },
      { ...base, audienceId: 'kanal-3', channelId: '19:kanal3@thread.tacv2', state: 'pending', attempts: 0 },
    ];
    for (const record of records)
      await storage.documents.put(DELIVERIES, `${draft.id}.${record.audienceId}`, record);

    // Right after the crash a pass does nothing: the run may still be alive elsewhere.
    expect((await service.runScheduledPass()).resumed).toEqual([]);
    clock.advance(3 * 60 * 1000);
    expect((await service.runScheduledPass()).resumed).toEqual([draft.id]);
    expect([...messenger.posts.entries()]).toEqual([['19:kanal3@thread.tacv2', 1]]);
    const view = await service.view(author, draft.id);
    expect(view.delivery).toMatchObject({
      delivered: ['kanal-1', 'kanal-3'],
      unconfirmed: ['kanal-2'],
      failed: [],
    });
    // Nothing left to resume.
    clock.advance(3 * 60 * 1000);
    expect((await service.runScheduledPass()).resumed).toEqual([]);
    // Only the author's explicit decision sends the unconfirmed copy again.
    expect(await codeOf(service.resendUnconfirmed(otherPublisher, draft.id))).toBe('NOT_AUTHOR');
    const { channels, delivery } = await service.resendUnconfirmed(author, draft.id);
    expect(channels).toBe(1);
    expect((await delivery).delivered).toEqual(['kanal-1', 'kanal-2', 'kanal-3']);
    expect(messenger.posts.get('19:kanal2@thread.tacv2')).toBe(1);
  });
});

describe('scheduled publishing', () => {
  it('publishes a due post once, even with two instances polling', async () => {
    const { service, storage, messenger, clock } = setup();
    const draft = await service.createDraft(author, validInput({ sendAt: '2026-03-02T10:00:00Z' }));
    const { post, delivery } = await service.publish(author, draft.id, 1);
    expect(post.status).toBe('scheduled');
    expect(delivery).toBeUndefined();
    const second = setup({ storage, messenger });
    second.clock.advance(0);
    const schedulerA = createUpdateScheduler({
      service,
      leases: storage.leases,
      logger: silentLogger,
      holderId: 'a',
    });
    const schedulerB = createUpdateScheduler({
      service: second.service,
      leases: storage.leases,
      logger: silentLogger,
      holderId: 'b',
    });
    expect(await schedulerA.tick()).toMatchObject({ ran: true, published: [] });
    clock.advance(60 * 60 * 1000 + 1);
    second.clock.advance(60 * 60 * 1000 + 1);
    const [a, b] = await Promise.all([schedulerA.tick(), schedulerB.tick()]);
    expect(a).toMatchObject({ ran: true, published: [draft.id] });
    expect(b).toMatchObject({ ran: false });
    // Even a pass without the lease cannot publish again: the state change is etag-guarded.
    expect((await second.service.runScheduledPass()).published).toEqual([]);
    expect([...messenger.posts.values()]).toEqual([1, 1]);
    await schedulerA.stop();
    expect(await schedulerB.tick()).toMatchObject({ ran: true });
  });

  it('starts and stops its timer', async () => {
    const { service, storage } = setup();
    let passes = 0;
    const scheduler = createUpdateScheduler({
      service: { runScheduledPass: async () => (passes++, { published: [], resumed: [] }) },
      leases: storage.leases,
      logger: silentLogger,
      holderId: 'x',
      intervalMs: 5,
    });
    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 40));
    await scheduler.stop();
    const after = passes;
    expect(after).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passes).toBe(after);
    void service;
  });
});
