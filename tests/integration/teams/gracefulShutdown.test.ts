import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageActivity } from '../../helpers/activities';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

/** A chat-completions server that takes its time, so a turn is still running when the bot is stopped. */
async function startSlowModel(delayMs: number): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'cmpl-1',
          object: 'chat.completion',
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: 'Politikken har fire temaer [1].' },
            },
          ],
        }),
      );
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('graceful shutdown', () => {
  let connector: ConnectorServer;
  let model: { url: string; server: Server };
  let testBot: TestBot;

  beforeAll(async () => {
    connector = await startConnectorServer();
    model = await startSlowModel(1500);
    testBot = await startTestBot({
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: model.url,
      LLM_TIMEOUT_MS: '8000',
    });
  });

  afterAll(async () => {
    model.server.closeAllConnections();
    model.server.close();
    await connector.close();
  });

  it('lets a running turn finish, then refuses new connections', async () => {
    const running = testBot.post(
      messageActivity('hvilke temaer har børne- og ungepolitikken?', {
        serviceUrl: connector.serviceUrl,
        expectReplies: true,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopCalled = performance.now();
    const stopped = testBot.stop().then(() => performance.now() - stopCalled);
    const response = await running;
    const stopTookMs = await stopped;
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('temaer');
    // The model answers 1.5 s after the question; stop() was called at 0.3 s and waited for the turn.
    expect(stopTookMs).toBeGreaterThan(900);
    await expect(fetch(`${testBot.url}/healthz`)).rejects.toThrow();
  });
});
