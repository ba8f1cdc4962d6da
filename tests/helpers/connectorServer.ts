/**
 * A local Bot Connector service: receives what the bot sends to {serviceUrl}v3/conversations/...
 * exactly as Teams' connector would, records it, and can be scripted to throttle or fail.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown> | undefined;
  readonly authorization: string | undefined;
}

/** Decides a scripted response; return undefined for the normal success answer. */
export type ConnectorScript = (
  call: ReceivedCall,
  index: number,
) => { status: number; headers?: Record<string, string> } | undefined;

export interface ConnectorServer {
  readonly serviceUrl: string;
  readonly calls: ReceivedCall[];
  /** Activities the bot posted (POST .../activities or new conversations), in arrival order. */
  readonly activities: () => Record<string, unknown>[];
  waitForActivities(count: number, timeoutMs?: number): Promise<Record<string, unknown>[]>;
  script: ConnectorScript | undefined;
  /**
   * Return true to record a call and never answer it: the caller is left waiting, as when the
   * bot's process dies right after the connector received its message.
   */
  hold: ((call: ReceivedCall, index: number) => boolean) | undefined;
  /** Return a JSON body to answer a call with it (200), e.g. the roster for GET .../members. */
  answer: ((call: ReceivedCall) => unknown) | undefined;
  close(): Promise<void>;
}

export async function startConnectorServer(): Promise<ConnectorServer> {
  const calls: ReceivedCall[] = [];
  let waiters: (() => void)[] = [];
  let counter = 0;
  const state: {
    script: ConnectorScript | undefined;
    hold: ((call: ReceivedCall, index: number) => boolean) | undefined;
    answer: ((call: ReceivedCall) => unknown) | undefined;
  } = { script: undefined, hold: undefined, answer: undefined };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> | undefined;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
    const call: ReceivedCall = {
      method: req.method ?? '',
      path: req.url ?? '',
      body,
      authorization: req.headers.authorization,
    };
    const scripted = state.script?.(call, calls.length);
    const held = state.hold?.(call, calls.length) ?? false;
    const answered = state.answer?.(call);
    calls.push(call);
    if (held) {
      // Never answered; the socket closes when the caller dies or the server closes.
    } else if (scripted) {
      res.writeHead(scripted.status, { 'content-type': 'application/json', ...(scripted.headers ?? {}) });
      res.end(JSON.stringify({ error: { code: 'Scripted', message: 'scripted failure' } }));
    } else {
      counter++;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (answered !== undefined) {
        res.end(JSON.stringify(answered));
      } else if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url ?? '')) {
        res.end(
          JSON.stringify({
            id: `19:thread${counter}@thread.tacv2;messageid=${counter}`,
            activityId: String(counter),
          }),
        );
      } else {
        res.end(JSON.stringify({ id: `activity-${counter}` }));
      }
    }
    for (const wake of waiters) wake();
    waiters = [];
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const activities = () =>
    calls
      .filter((c) => c.method === 'POST' && c.body)
      .map(
        (c) =>
          ((c.body as { activity?: Record<string, unknown> }).activity ?? c.body) as Record<string, unknown>,
      );

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    activities,
    get script() {
      return state.script;
    },
    set script(value) {
      state.script = value;
    },
    get hold() {
      return state.hold;
    },
    set hold(value) {
      state.hold = value;
    },
    get answer() {
      return state.answer;
    },
    set answer(value) {
      state.answer = value;
    },
    async waitForActivities(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (activities().length < count) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`expected ${count} activities, got ${activities().length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, Math.min(remaining, 100));
        });
      }
      return activities();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
