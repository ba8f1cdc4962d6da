/**
 * Fault: the optional language model server accepts the request and never answers. The user still
 * gets the extractive, cited answer, within the configured deadline, and the next question too.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { da } from '../../../src/teams/texts/da';
import { messageActivity } from '../../helpers/activities';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

const DEADLINE_MS = 1500;
let llm: Server;
let hanging: ServerResponse[] = [];
let requests = 0;
let bot: TestBot;
let connector: ConnectorServer;

beforeAll(async () => {
  // Speaks HTTP on loopback like a chat-completions endpoint, but never sends a response.
  llm = createServer((req, res) => {
    requests++;
    req.resume();
    hanging.push(res);
  });
  await new Promise<void>((resolve) => llm.listen(0, '127.0.0.1', resolve));
  const { port } = llm.address() as AddressInfo;
  connector = await startConnectorServer();
  bot = await startTestBot({
    LLM_PROVIDER: 'openai',
    OPENAI_API_KEY: 'test-key-not-secret',
    OPENAI_BASE_URL: `http://127.0.0.1:${port}`,
    LLM_TIMEOUT_MS: String(DEADLINE_MS),
  });
});

afterAll(async () => {
  await bot?.stop();
  await connector?.close();
  for (const res of hanging) res.destroy();
  hanging = [];
  llm.closeAllConnections();
  await new Promise<void>((resolve) => llm.close(() => resolve()));
});

async function ask(question: string) {
  const started = Date.now();
  const result = await bot.post(
    messageActivity(question, { serviceUrl: connector.serviceUrl, expectReplies: true }),
  );
  return { ...result, elapsedMs: Date.now() - started };
}

test('a hanging model: the extractive answer arrives within the deadline, not marked AI-generated', async () => {
  for (const question of ['hvilke temaer har børne- og ungepolitikken?', 'hvad er Herningmodel Skole?']) {
    const result = await ask(question);
    expect(result.status).toBe(200);
    expect(result.text).toContain(da.policy.answer.intro);
    expect(result.text).not.toContain(da.policy.answer.introAiGenerated);
    // The deadline plus a margin for the turn itself on a loaded CI machine.
    expect(result.elapsedMs).toBeLessThan(DEADLINE_MS + 1500);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
  }
  // The model was really asked (and hung): the fallback is not a skipped call.
  expect(requests).toBeGreaterThanOrEqual(2);
  // The bot is still healthy.
  const health = await fetch(`${bot.url}/healthz`);
  expect(health.status).toBe(200);
});
