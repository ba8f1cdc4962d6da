/**
 * Benchmark: publishing one knowledge update to 100 channels against a local Bot Connector that
 * throttles (429 with Retry-After) and fails now and then (5xx), through the real
 * BotConnectorMessenger and the real delivery engine. Reports total time, retries, duplicates
 * (channels that received the post more than once; must be 0) and the failures reported.
 *
 * Run: `npx tsx src/cli/benchmarks/updates.ts` (or through the bench runner, `name = 'updates'`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from '../measure';

export { seededRandom };

export const name = 'updates';

/** What the fake connector does with one request. */
export type ConnectorFault =
  | { readonly kind: 'ok' }
  | { readonly kind: 'throttle'; readonly retryAfterSeconds: number }
  | { readonly kind: 'error'; readonly status: number };

export interface ConnectorRequest {
  readonly method: string;
  /** The channel (POST /v3/conversations) or conversation id (PUT/DELETE of an activity). */
  readonly target: string;
  /** 1 for the first request about this target and method, 2 for the next, ... */
  readonly attempt: number;
}

export interface FakeConnector {
  readonly serviceUrl: string;
  /** Channel id -> number of posts stored (a value above 1 is a duplicate). */
  readonly postsByChannel: Map<string, number>;
  /** Conversation id -> the latest card stored for its first activity. */
  readonly cardsByConversation: Map<string, unknown>;
  readonly updatesByConversation: Map<string, number>;
  readonly deletesByConversation: Map<string, number>;
  readonly stats: { requests: number; throttled: number; errors: number };
  close(): Promise<void>;
}

/** FNV-1a: a stable 32-bit seed from a string. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(
  response: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

/**
 * A local stand-in for the Bot Connector REST API (v3) as far as proactive channel posts go:
 * POST /v3/conversations (new reply chain in a channel), PUT and DELETE
 * /v3/conversations/{id}/activities/{activityId}. A throttled or failed request stores nothing.
 */
export async function startFakeConnector(
  decide: (request: ConnectorRequest) => ConnectorFault,
): Promise<FakeConnector> {
  const postsByChannel = new Map<string, number>();
  const cardsByConversation = new Map<string, unknown>();
  const updatesByConversation = new Map<string, number>();
  const deletesByConversation = new Map<string, number>();
  const attempts = new Map<string, number>();
  const stats = { requests: 0, throttled: 0, errors: 0 };
  let nextMessage = 1;

  const server: Server = createServer((request, response) => {
    void (async () => {
      stats.requests++;
      const body = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://localhost');
      const method = request.method ?? 'GET';
      let target: string;
      const activityMatch = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(url.pathname);
      if (method === 'POST' && url.pathname === '/v3/conversations') {
        const channelData = body.channelData as { channel?: { id?: string } } | undefined;
        target = channelData?.channel?.id ?? '';
        if (!target || !body.activity) return send(response, 400, { error: { code: 'BadArgument' } });
      } else if ((method === 'PUT' || method === 'DELETE') && activityMatch) {
        target = decodeURIComponent(activityMatch[1]);
        if (!cardsByConversation.has(target))
          return send(response, 404, { error: { code: 'ConversationNotFound' } });
      } else {
        return send(response, 404, { error: { code: 'NotFound' } });
      }
      const key = `${method} ${target}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const fault = decide({ method, target, attempt });
      if (fault.kind === 'throttle') {
        stats.throttled++;
        return send(
          response,
          429,
          { error: { code: 'TooManyRequests' } },
          { 'retry-after': String(fault.retryAfterSeconds) },
        );
      }
      if (fault.kind === 'error') {
        stats.errors++;
        return send(response, fault.status, { error: { code: 'ServiceError' } });
      }
      const card = (body.activity as { attachments?: { content?: unknown }[] } | undefined)?.attachments?.[0]
        ?.content;
      if (method === 'POST') {
        postsByChannel.set(target, (postsByChannel.get(target) ?? 0) + 1);
        const messageId = String(nextMessage++);
        const conversationId = `${target};messageid=${messageId}`;
        cardsByConversation.set(conversationId, card);
        return send(response, 201, { id: conversationId, activityId: messageId });
      }
      if (method === 'PUT') {
        const updated = (body.attachments as { content?: unknown }[] | undefined)?.[0]?.content;
        cardsByConversation.set(target, updated);
        updatesByConversation.set(target, (updatesByConversation.get(target) ?? 0) + 1);
        return send(response, 200, { id: activityMatch![2] });
      }
      deletesByConversation.set(target, (deletesByConversation.get(target) ?? 0) + 1);
      return send(response, 200);
    })().catch(() => send(response, 500));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    postsByChannel,
    cardsByConversation,
    updatesByConversation,
    deletesByConversation,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

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
  const { createKnowledgeUpdatesService } = await import('../../services/knowledgeUpdates');
  const { createAudienceDirectory, createPublisherDirectory } = await import('../../domain/updates');
  const { createBotConnectorMessenger } = await import('../../teams/outbound/botConnectorMessenger');
  const { createUpdateCardRenderer } = await import('../../teams/cards/updates/updatesCards');
  const { da } = await import('../../teams/texts/da');

  const runStarted = performance.now();
  const connector = await startFakeConnector(({ method, target, attempt }) => {
    if (method === 'POST' && target === '19:kanal99@thread.tacv2') return { kind: 'error', status: 403 };
    if (method === 'POST' && target === '19:kanal100@thread.tacv2') return { kind: 'error', status: 502 };
    // The same faults for the same request on every run, whatever order requests arrive in.
    const random = seededRandom(hashSeed(`${method} ${target} ${attempt}`));
    const roll = random();
    if (attempt === 1 && roll < 0.25)
      return { kind: 'throttle', retryAfterSeconds: 0.005 + random() * 0.295 };
    if (attempt <= 2 && roll < 0.35) return { kind: 'error', status: 503 };
    if (attempt === 2 && roll < 0.45) return { kind: 'throttle', retryAfterSeconds: 0.05 };
    return { kind: 'ok' };
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'updates-bench-'));
  const storage = new SqliteStorage({ dataDir });
  const silent = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    child: () => silent,
  };
  try {
    const audiences = createAudienceDirectory(
      Array.from({ length: CHANNELS }, (_, i) => ({
        id: `kanal-${i + 1}`,
        name: `Kanal ${i + 1}`,
        channelId: `19:kanal${i + 1}@thread.tacv2`,
        serviceUrl: connector.serviceUrl,
      })),
    );
    const authorId = '00000000-0000-4000-8000-0000000000a1';
    const service = createKnowledgeUpdatesService({
      storage,
      messenger: createBotConnectorMessenger({ botId: 'bench-bot', tokenProvider: async () => undefined }),
      renderer: createUpdateCardRenderer({ texts: da.updates, audiences }),
      publishers: createPublisherDirectory({
        publishers: [{ id: authorId, role: 'skoleleder', unit: 'Benchskolen' }],
      }),
      audiences,
      clock: { now: () => new Date() },
      logger: silent,
      random: seededRandom(7),
    });
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
        service.acknowledge({ id: `user-${i}`, name: `Medarbejder ${i}` }, draft.id),
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

if (require.main === module) {
  run().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
