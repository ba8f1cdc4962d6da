/**
 * The knowledge-updates service on the real storage implementations: the embedded SQLite default
 * and Azure Blob Storage (on a local Azurite). Acknowledgements must not be lost under concurrency,
 * and a restarted instance must see the same posts, counts and delivery records.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AzureBlobStorage } from '@src/infrastructure/storage/azureBlob/azureBlobStorage';
import { SqliteStorage } from '@src/infrastructure/storage/sqlite/sqliteStorage';
import type { Storage } from '@src/ports/storage';
import type { PublishedUpdateDocument } from '@src/services/contracts';
import { createKnowledgeUpdatesService, createUpdateScheduler } from '@src/services/knowledgeUpdates';
import { startAzurite, type AzuriteInstance } from '@tests/helpers/azurite';
import { AUTHOR_OID, testAudiences, testPublishers, validInput } from '../unit/domain/updates/fixtures';
import { RecordingMessenger } from '@tests/helpers/fakes';
import { plainRenderer, silentLogger } from '../unit/services/knowledgeUpdates/helpers';

const author = { id: AUTHOR_OID, aadObjectId: AUTHOR_OID };

function serviceOn(
  storage: Storage,
  messenger: RecordingMessenger,
  sink: Map<string, PublishedUpdateDocument>,
) {
  return createKnowledgeUpdatesService({
    storage,
    messenger,
    renderer: plainRenderer,
    publishers: testPublishers(),
    audiences: testAudiences(5),
    clock: { now: () => new Date() },
    logger: silentLogger,
    knowledgeSink: {
      upsertUpdate: (doc) => sink.set(doc.id, doc),
      removeUpdate: (id) => sink.delete(id),
    },
    delivery: { sendsPerSecond: 0 },
    ackRefreshDelayMs: 5,
  });
}

async function exercise(open: () => Storage): Promise<void> {
  const messenger = new RecordingMessenger();
  const first = open();
  const sink = new Map<string, PublishedUpdateDocument>();
  const service = serviceOn(first, messenger, sink);
  const draft = await service.createDraft(
    author,
    validInput({ audienceIds: 'kanal-1,kanal-2,kanal-3,kanal-4,kanal-5' }),
  );
  const report = await (await service.publish(author, draft.id, draft.version)).delivery!;
  expect(report.delivered).toHaveLength(5);
  const users = Array.from({ length: 40 }, (_, i) => ({ id: `user-${i}`, name: `Bruger ${i}` }));
  await Promise.all([...users, ...users.slice(0, 10)].map((user) => service.acknowledge(user, draft.id)));
  await service.whenIdle();
  expect((await service.view(author, draft.id)).ackCount).toBe(40);
  await service.stop();
  await first.close();

  // A restart: a new instance on the same store.
  const second = open();
  const restartedSink = new Map<string, PublishedUpdateDocument>();
  const restarted = serviceOn(second, messenger, restartedSink);
  const view = await restarted.view(author, draft.id);
  expect(view.ackCount).toBe(40);
  expect(view.delivery?.delivered).toHaveLength(5);
  expect(await restarted.syncKnowledgeBase()).toBe(1);
  expect(restartedSink.get(draft.id)?.authorRole).toBe('Skoleleder');
  expect((await restarted.runScheduledPass()).resumed).toEqual([]);
  expect([...messenger.posts.values()]).toEqual([1, 1, 1, 1, 1]);

  const a = createUpdateScheduler({
    service: restarted,
    leases: second.leases,
    logger: silentLogger,
    holderId: 'a',
  });
  const b = createUpdateScheduler({
    service: restarted,
    leases: second.leases,
    logger: silentLogger,
    holderId: 'b',
  });
  expect((await a.tick()).ran).toBe(true);
  expect((await b.tick()).ran).toBe(false);
  await a.stop();
  expect((await b.tick()).ran).toBe(true);
  await b.stop();
  await restarted.stop();
  await second.close();
}

describe('knowledge updates on real storage', () => {
  it('works on the embedded SQLite storage across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'updates-sqlite-'));
    try {
      await exercise(() => new SqliteStorage({ dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('on Azure Blob Storage (Azurite)', () => {
    let azurite: AzuriteInstance | undefined;
    beforeAll(async () => {
      azurite = await startAzurite();
    }, 60_000);
    afterAll(async () => {
      await azurite?.stop();
    });

    it('works across a restart', async () => {
      await exercise(
        () =>
          new AzureBlobStorage({ connectionString: azurite!.connectionString, container: 'updates-test' }),
      );
    }, 60_000);
  });
});
