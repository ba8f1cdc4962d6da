/**
 * Delivery of a knowledge update through the real Bot Connector messenger to a local connector
 * server that throttles (429 + Retry-After) and fails (5xx), at deterministic and at seeded
 * random points.
 */
import { startFakeConnector, seededRandom, type FakeConnector } from '@src/cli/benchmarks/updates';
import { createAudienceDirectory } from '@src/domain/updates';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { createKnowledgeUpdatesService } from '@src/services/knowledgeUpdates';
import { createBotConnectorMessenger } from '@src/teams/outbound/botConnectorMessenger';
import { AUTHOR_OID, testPublishers, validInput } from '../unit/domain/updates/fixtures';
import { plainRenderer, silentLogger } from '../unit/services/knowledgeUpdates/helpers';

const author = { id: AUTHOR_OID, aadObjectId: AUTHOR_OID };
let connector: FakeConnector | undefined;

afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

function setup(serviceUrl: string, channels: number, maxAttempts = 6) {
  const storage = new MemoryStorage();
  const messenger = createBotConnectorMessenger({ botId: 'bot-1', tokenProvider: async () => undefined });
  const audiences = createAudienceDirectory(
    Array.from({ length: channels }, (_, i) => ({
      id: `kanal-${i + 1}`,
      name: `Kanal ${i + 1}`,
      channelId: `19:kanal${i + 1}@thread.tacv2`,
      serviceUrl,
    })),
  );
  const service = createKnowledgeUpdatesService({
    storage,
    messenger,
    renderer: plainRenderer,
    publishers: testPublishers(),
    audiences,
    clock: { now: () => new Date() },
    logger: silentLogger,
    delivery: { retry: { maxAttempts, baseDelayMs: 5, maxDelayMs: 50 }, concurrency: 6, sendsPerSecond: 0 },
    ackRefreshDelayMs: 10,
    random: seededRandom(7),
  });
  const ids = Array.from({ length: channels }, (_, i) => `kanal-${i + 1}`).join(',');
  return { storage, service, ids };
}

describe('delivery against a local Bot Connector', () => {
  it('honours 429 Retry-After, retries 5xx, never posts twice and reports the channel that kept failing', async () => {
    const throttledAt: number[] = [];
    const retriedAt: number[] = [];
    connector = await startFakeConnector(({ method, target, attempt }) => {
      if (method !== 'POST') return { kind: 'ok' };
      if (target === '19:kanal2@thread.tacv2' && attempt === 1) {
        throttledAt.push(performance.now());
        return { kind: 'throttle', retryAfterSeconds: 0.2 };
      }
      if (target === '19:kanal2@thread.tacv2') retriedAt.push(performance.now());
      if (target === '19:kanal3@thread.tacv2' && attempt <= 2) return { kind: 'error', status: 503 };
      if (target === '19:kanal4@thread.tacv2') return { kind: 'error', status: 500 };
      if (target === '19:kanal5@thread.tacv2') return { kind: 'error', status: 403 };
      return { kind: 'ok' };
    });
    const { service, ids } = setup(connector.serviceUrl, 8, 4);
    const draft = await service.createDraft(author, validInput({ audienceIds: ids }));
    const report = await (await service.publish(author, draft.id, 1)).delivery!;
    // The retry came only after the 200 ms the connector asked for (same monotonic clock as timers).
    expect(retriedAt.length).toBe(1);
    expect(retriedAt[0] - throttledAt[0]).toBeGreaterThanOrEqual(180);
    expect(report.delivered).toHaveLength(6);
    expect(report.failed).toEqual([
      { audienceId: 'kanal-4', name: 'Kanal 4', reason: 'http-500' },
      { audienceId: 'kanal-5', name: 'Kanal 5', reason: 'http-403' },
    ]);
    expect(report.throttled).toBe(1);
    expect(report.retries).toBe(1 + 2 + 3);
    expect(Math.max(...connector.postsByChannel.values())).toBe(1);
    expect(connector.postsByChannel.size).toBe(6);
    // The stored card is the one the service rendered.
    expect(JSON.stringify([...connector.cardsByConversation.values()][0])).toContain(draft.title);
  });

  it('delivers to 40 channels under seeded random throttling and 5xx without a duplicate', async () => {
    const random = seededRandom(42);
    connector = await startFakeConnector(({ attempt }) => {
      const roll = random();
      if (attempt < 5 && roll < 0.2) return { kind: 'throttle', retryAfterSeconds: 0.01 + random() * 0.05 };
      if (attempt < 5 && roll < 0.3) return { kind: 'error', status: 502 };
      return { kind: 'ok' };
    });
    const { service, ids } = setup(connector.serviceUrl, 40);
    const draft = await service.createDraft(author, validInput({ audienceIds: ids }));
    const report = await (await service.publish(author, draft.id, 1)).delivery!;
    expect(report.failed).toEqual([]);
    expect(report.delivered).toHaveLength(40);
    expect(connector.stats.throttled + connector.stats.errors).toBeGreaterThan(0);
    expect(report.retries).toBe(connector.stats.throttled + connector.stats.errors);
    expect([...connector.postsByChannel.values()].every((count) => count === 1)).toBe(true);
    expect(connector.postsByChannel.size).toBe(40);
  });

  it('updates every copy in place on acknowledgements and edits, and withdraws them on retract', async () => {
    connector = await startFakeConnector(({ method, attempt }) =>
      method === 'PUT' && attempt === 1 ? { kind: 'throttle', retryAfterSeconds: 0.01 } : { kind: 'ok' },
    );
    const { service, ids } = setup(connector.serviceUrl, 5);
    const draft = await service.createDraft(author, validInput({ audienceIds: ids }));
    const { post } = await service.publish(author, draft.id, 1);
    await service.whenIdle();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        service.acknowledge({ id: `user-${i}`, displayName: `Bruger ${i}` }, post.id),
      ),
    );
    await service.whenIdle();
    const cards = [...connector.cardsByConversation.values()].map((card) => JSON.stringify(card));
    expect(cards.every((card) => card.includes('(30)'))).toBe(true);
    const updatesAfterAcks = [...connector.updatesByConversation.values()];
    expect(updatesAfterAcks.every((n) => n >= 1 && n <= 3)).toBe(true);

    const { copies } = await service.editPublished(
      author,
      post.id,
      post.version,
      validInput({ title: 'Opdateret' }),
    );
    expect((await copies).failed).toEqual([]);
    expect(
      [...connector.cardsByConversation.values()].every((card) => JSON.stringify(card).includes('Opdateret')),
    ).toBe(true);
    const latest = (await service.view({ id: AUTHOR_OID, aadObjectId: AUTHOR_OID }, post.id)).post;
    const { copies: withdrawn } = await service.retract(author, post.id, latest.version);
    expect((await withdrawn).updated).toBe(5);
    expect(
      [...connector.cardsByConversation.values()].every((card) =>
        JSON.stringify(card).includes('trukket tilbage'),
      ),
    ).toBe(true);
    expect([...connector.postsByChannel.values()]).toEqual([1, 1, 1, 1, 1]);
  });
});
