/**
 * Benchmark: publishing one knowledge update to 100 channels against a local Bot Connector that
 * throttles (429 with Retry-After) and fails now and then (5xx), through the real
 * BotConnectorMessenger and the real delivery engine. Reports total time, retries, duplicates
 * (channels that received the post more than once; must be 0) and the failures reported.
 *
 * Run: `npx tsx src/cli/benchmarks/updates.ts` (or through the bench runner, `name = 'updates'`).
 */
import { seededRandom } from '../measure';
import { createSilentLogger } from '../../infrastructure/logging/pinoLogger';
import type { Storage } from '../../ports/storage';
import {
  hashSeed,
  startFakeConnector,
  type ConnectorFault,
  type ConnectorRequest,
} from './updates/fakeConnector';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

// The delivery tests import the connector and the seeded random from here.
export { seededRandom };
export {
  hashSeed,
  startFakeConnector,
  type ConnectorFault,
  type ConnectorRequest,
  type FakeConnector,
} from './updates/fakeConnector';

export const name = 'updates';

const CHANNELS = 100;
const ACKNOWLEDGERS = 200;

/**
 * One post to 100 channels with the production delivery policy (6 attempts, 0.5 s base backoff
 * with full jitter, 30 sends per second, 8 in flight) on the embedded SQLite storage. The local
 * connector throttles a quarter of first attempts (Retry-After 5-300 ms) and answers 503 to one in
 * ten; kanal-99 answers 403 (bot removed from the team) and kanal-100 keeps answering 502, so the
 * report must name exactly those two. Then 200 people acknowledge at once.
 */
export async function run(): Promise<Record<string, unknown>> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { SqliteStorage } = await import('../../infrastructure/storage/sqlite/sqliteStorage');

  const runStarted = performance.now();
  const connector = await startFakeConnector(deliveryFaults);
  const dataDir = mkdtempSync(join(tmpdir(), 'updates-bench-'));
  const storage = new SqliteStorage({ dataDir });
  try {
    const { service, audiences, authorId } = await createBenchUpdatesService(storage, connector.serviceUrl);
    const author = { id: authorId, aadObjectId: authorId, teamsUserId: '29:bench-author' };
    const draft = await service.createDraft(author, {
      title: 'Ny skabelon til overleveringsmøder',
      bodyMarkdown: 'Fra januar bruger alle dagtilbud og skoler **samme skema** ved overlevering.\n\n'.repeat(
        20,
      ),
      tags: 'leg-og-laering,faellesskaber',
      audienceIds: audiences.list().map((a) => a.id),
      addToKnowledgeBase: true,
    });
    const started = performance.now();
    const report = await (await service.publish(author, draft.id, draft.version)).delivery!;
    const deliveryMs = Math.round(performance.now() - started);
    const duplicates = [...connector.postsByChannel.values()].filter((count) => count > 1).length;
    const postsBeforeAcks = { ...connector.stats };

    const ackStarted = performance.now();
    await Promise.all(
      Array.from({ length: ACKNOWLEDGERS }, (_, i) =>
        service.acknowledge({ id: `user-${i}`, displayName: `Medarbejder ${i}` }, draft.id),
      ),
    );
    const ackMs = Math.round(performance.now() - ackStarted);
    await service.whenIdle();
    const updates = [...connector.updatesByConversation.values()].reduce((sum, n) => sum + n, 0);
    const copies = connector.cardsByConversation.size;
    const finalCount = (await service.view(author, draft.id)).ackCount;
    await service.stop();
    return {
      channels: CHANNELS,
      storage: storage.kind,
      benchmarkWallMs: Math.round(performance.now() - runStarted),
      totalMs: deliveryMs,
      delivered: report.delivered.length,
      failuresReported: report.failed.map((f) => `${f.audienceId} (${f.reason})`),
      unconfirmed: report.unconfirmed.length,
      retries: report.retries,
      throttledResponses: postsBeforeAcks.throttled,
      serverErrors: postsBeforeAcks.errors,
      connectorRequests: postsBeforeAcks.requests,
      duplicates,
      acknowledgements: {
        concurrent: ACKNOWLEDGERS,
        counted: finalCount,
        wallMs: ackMs,
        cardUpdates: updates,
        copies,
      },
    };
  } finally {
    await storage.close();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The real updates service on the storage, posting to CHANNELS channels on the given connector. */
async function createBenchUpdatesService(storage: Storage, serviceUrl: string) {
  const { createKnowledgeUpdatesService } = await import('../../services/knowledgeUpdates');
  const { createAudienceDirectory, createPublisherDirectory } = await import('../../domain/updates');
  const { createBotConnectorMessenger } = await import('../../teams/outbound/botConnectorMessenger');
  const { createUpdateCardRenderer } = await import('../../teams/cards/updates/updatesCards');
  const { da } = await import('../../teams/texts/da');
  const audiences = createAudienceDirectory(
    Array.from({ length: CHANNELS }, (_, i) => ({
      id: `kanal-${i + 1}`,
      name: `Kanal ${i + 1}`,
      channelId: `19:kanal${i + 1}@thread.tacv2`,
      serviceUrl,
    })),
  );
  const authorId = '00000000-0000-4000-8000-0000000000a1';
  const service = createKnowledgeUpdatesService({
    storage,
    messenger: createBotConnectorMessenger({ botId: 'bench-bot', tokenProvider: async () => undefined }),
    renderer: createUpdateCardRenderer(cardTemplates, { texts: da.updates, audiences }),
    publishers: createPublisherDirectory({
      publishers: [{ id: authorId, role: 'skoleleder', unit: 'Benchskolen' }],
    }),
    audiences,
    clock: { now: () => new Date() },
    logger: createSilentLogger(),
    random: seededRandom(7),
  });
  return { service, audiences, authorId };
}

/**
 * kanal-99 answers 403 (bot removed from the team), kanal-100 keeps answering 502; the rest are
 * throttled or fail now and then, the same way for the same request on every run.
 */
function deliveryFaults({ method, target, attempt }: ConnectorRequest): ConnectorFault {
  if (method === 'POST' && target === '19:kanal99@thread.tacv2') return { kind: 'error', status: 403 };
  if (method === 'POST' && target === '19:kanal100@thread.tacv2') return { kind: 'error', status: 502 };
  // The same faults for the same request on every run, whatever order requests arrive in.
  const random = seededRandom(hashSeed(`${method} ${target} ${attempt}`));
  const roll = random();
  if (attempt === 1 && roll < 0.25) return { kind: 'throttle', retryAfterSeconds: 0.005 + random() * 0.295 };
  if (attempt <= 2 && roll < 0.35) return { kind: 'error', status: 503 };
  if (attempt === 2 && roll < 0.45) return { kind: 'throttle', retryAfterSeconds: 0.05 };
  return { kind: 'ok' };
}

if (require.main === module) {
  run().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
