/**
 * Slow and idle clients on the real server: a client that dribbles its headers, one that dribbles
 * its body and an idle keep-alive connection are cut off after the configured deadlines
 * (HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS), while a normal request on the
 * same server is answered. An activity without a recipient is answered normally.
 */
import { connect, type Socket } from 'node:net';
import { messageActivity } from '../../helpers/activities';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

const HEADERS_TIMEOUT_MS = 400;
const REQUEST_TIMEOUT_MS = 800;
const KEEP_ALIVE_TIMEOUT_MS = 300;

let bot: TestBot;
let connector: ConnectorServer;

beforeAll(async () => {
  connector = await startConnectorServer();
  bot = await startTestBot({
    HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
    SCHEDULERS_ENABLED: 'false',
  });
});

afterAll(async () => {
  await bot?.stop();
  await connector?.close();
});

interface SlowClient {
  readonly socket: Socket;
  /** Resolves when the server closes the connection: what it sent and after how long. */
  readonly closed: Promise<{ received: string; afterMs: number }>;
}

function openSocket(): Promise<SlowClient> {
  const port = Number(new URL(bot.url).port);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const started = performance.now();
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<{ received: string; afterMs: number }>((done) =>
      socket.on('close', () => done({ received, afterMs: performance.now() - started })),
    );
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

/** Writes `text` one piece every `everyMs` until the socket closes or the text ends. */
async function dribble(socket: Socket, text: string, everyMs: number): Promise<number> {
  let sent = 0;
  for (const piece of text.match(/[\s\S]{1,2}/g) ?? []) {
    if (socket.destroyed || socket.writableEnded) break;
    socket.write(piece);
    sent += piece.length;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return sent;
}

const body = JSON.stringify(messageActivity('hjælp', { serviceUrl: 'http://127.0.0.1:9/' }));
const headers = [
  'POST /api/messages HTTP/1.1',
  'Host: 127.0.0.1',
  'Content-Type: application/json',
  `Content-Length: ${Buffer.byteLength(body)}`,
  'X-Padding: slowly-slowly-slowly-slowly-slowly-slowly-slowly-slowly-slowly-slowly-slowly',
  '',
  '',
].join('\r\n');

it('cuts off a client that sends its headers slowly', async () => {
  const client = await openSocket();
  const sending = dribble(client.socket, headers, 60);
  const { received, afterMs } = await client.closed;
  const sent = await sending;
  // The headers would have taken ~7 s; the server ended it near HEADERS_TIMEOUT_MS.
  expect(sent).toBeLessThan(headers.length);
  expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
  expect(received).toMatch(/^HTTP\/1\.1 408/);
});

it('cuts off a client that sends its body slowly', async () => {
  const client = await openSocket();
  client.socket.write(headers);
  const sending = dribble(client.socket, body, 60);
  const { received, afterMs } = await client.closed;
  const sent = await sending;
  expect(sent).toBeLessThan(body.length);
  expect(afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);
  expect(received).toMatch(/^HTTP\/1\.1 408/);
});

it('closes an idle keep-alive connection after its deadline, having answered the request on it', async () => {
  const client = await openSocket();
  client.socket.write(
    ['GET /healthz HTTP/1.1', 'Host: 127.0.0.1', 'Connection: keep-alive', '', ''].join('\r\n'),
  );
  const { received, afterMs } = await client.closed;
  expect(received).toMatch(/^HTTP\/1\.1 200/);
  expect(received).toContain('"status":"ok"');
  expect(afterMs).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 50);
  expect(afterMs).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + 1500);
});

it('answers a normal request while slow clients wait', async () => {
  const slow = await openSocket();
  slow.socket.write('POST /api/messages HTTP/1.1\r\n');
  const response = await bot.post(
    messageActivity('hjælp', { serviceUrl: connector.serviceUrl, expectReplies: true }),
  );
  expect(response.status).toBe(200);
  expect(response.text).toContain('Det kan jeg hjælpe med');
  slow.socket.destroy();
});

it('answers an activity without a recipient normally instead of with the generic error', async () => {
  const activity = messageActivity('hjælp', { serviceUrl: connector.serviceUrl, expectReplies: true });
  delete activity.recipient;
  const response = await bot.post(activity);
  expect(response.status).toBe(200);
  const activities = (response.body as { activities: { text: string; from?: { id?: string } }[] }).activities;
  expect(activities).toHaveLength(1);
  expect(activities[0].text).toContain('Det kan jeg hjælpe med');
  expect(activities[0].from?.id).toBeTruthy();
  expect(JSON.stringify(bot.logLines)).not.toContain('turn failed');
});
