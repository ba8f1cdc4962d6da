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

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
