/** The local Bot Connector the updates benchmark and the delivery tests post to. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** What the connector holds: the posts, cards and counts a benchmark or test checks. */
type ConnectorState = Omit<FakeConnector, 'serviceUrl' | 'close'>;

/**
 * A local stand-in for the Bot Connector REST API (v3) as far as proactive channel posts go:
 * POST /v3/conversations (new reply chain in a channel), PUT and DELETE
 * /v3/conversations/{id}/activities/{activityId}. A throttled or failed request stores nothing.
 */
export async function startFakeConnector(
  decide: (request: ConnectorRequest) => ConnectorFault,
): Promise<FakeConnector> {
  const state: ConnectorState = {
    postsByChannel: new Map(),
    cardsByConversation: new Map(),
    updatesByConversation: new Map(),
    deletesByConversation: new Map(),
    stats: { requests: 0, throttled: 0, errors: 0 },
  };
  const attempts = new Map<string, number>();
  const nextMessage = { value: 1 };

  const server: Server = createServer((request, response) => {
    void (async () => {
      state.stats.requests++;
      const body = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://localhost');
      const method = request.method ?? 'GET';
      const route = routeOf(method, url.pathname, body, state.cardsByConversation);
      if ('status' in route) return send(response, route.status, { error: { code: route.code } });
      const key = `${method} ${route.target}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const fault = decide({ method, target: route.target, attempt });
      if (fault.kind === 'throttle') {
        state.stats.throttled++;
        return send(
          response,
          429,
          { error: { code: 'TooManyRequests' } },
          { 'retry-after': String(fault.retryAfterSeconds) },
        );
      }
      if (fault.kind === 'error') {
        state.stats.errors++;
        return send(response, fault.status, { error: { code: 'ServiceError' } });
      }
      const stored = store(state, method, route, body, nextMessage);
      return send(response, stored.status, stored.body);
    })().catch(() => send(response, 500));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    ...state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Route =
  | { readonly target: string; readonly activityId?: string }
  | { readonly status: number; readonly code: string };

/** Which channel or conversation a request is about, or the error the real connector would answer. */
function routeOf(
  method: string,
  path: string,
  body: Record<string, unknown>,
  cardsByConversation: ReadonlyMap<string, unknown>,
): Route {
  const activityMatch = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(path);
  if (method === 'POST' && path === '/v3/conversations') {
    const channelData = body.channelData as { channel?: { id?: string } } | undefined;
    const target = channelData?.channel?.id ?? '';
    if (!target || !body.activity) return { status: 400, code: 'BadArgument' };
    return { target };
  }
  if ((method === 'PUT' || method === 'DELETE') && activityMatch) {
    const target = decodeURIComponent(activityMatch[1]);
    if (!cardsByConversation.has(target)) return { status: 404, code: 'ConversationNotFound' };
    return { target, activityId: activityMatch[2] };
  }
  return { status: 404, code: 'NotFound' };
}

/** Applies an accepted request: a new post, an updated card or a deletion. */
function store(
  state: ConnectorState,
  method: string,
  route: { readonly target: string; readonly activityId?: string },
  body: Record<string, unknown>,
  nextMessage: { value: number },
): { status: number; body?: unknown } {
  const { target } = route;
  if (method === 'POST') {
    const card = (body.activity as { attachments?: { content?: unknown }[] } | undefined)?.attachments?.[0]
      ?.content;
    state.postsByChannel.set(target, (state.postsByChannel.get(target) ?? 0) + 1);
    const messageId = String(nextMessage.value++);
    const conversationId = `${target};messageid=${messageId}`;
    state.cardsByConversation.set(conversationId, card);
    return { status: 201, body: { id: conversationId, activityId: messageId } };
  }
  if (method === 'PUT') {
    const updated = (body.attachments as { content?: unknown }[] | undefined)?.[0]?.content;
    state.cardsByConversation.set(target, updated);
    state.updatesByConversation.set(target, (state.updatesByConversation.get(target) ?? 0) + 1);
    return { status: 200, body: { id: route.activityId } };
  }
  state.deletesByConversation.set(target, (state.deletesByConversation.get(target) ?? 0) + 1);
  return { status: 200 };
}
