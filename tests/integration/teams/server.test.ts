import { messageActivity } from '../../helpers/activities';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

describe('the bot over the real Bot Framework HTTP protocol', () => {
  let connector: ConnectorServer;
  let testBot: TestBot;

  beforeAll(async () => {
    connector = await startConnectorServer();
    testBot = await startTestBot();
  });

  afterAll(async () => {
    await testBot.stop();
    await connector.close();
  });

  beforeEach(() => connector.calls.splice(0));

  it('answers "hjælp" with a Danish reply delivered to the connector', async () => {
    const activity = messageActivity('hjælp', { serviceUrl: connector.serviceUrl });
    const response = await testBot.post(activity);
    expect(response.status).toBe(200);
    const [reply] = await connector.waitForActivities(1);
    expect(reply.text).toContain('Det kan jeg hjælpe med');
    expect(reply.text).toContain('forløb');
    expect(connector.calls[0].path).toBe(
      `/v3/conversations/${encodeURIComponent('a:conversation-personal')}/activities/${activity.id as string}`,
    );
  });

  it('returns the replies in the HTTP response with deliveryMode expectReplies', async () => {
    const response = await testBot.post(
      messageActivity('hjælp', { serviceUrl: connector.serviceUrl, expectReplies: true }),
    );
    expect(response.status).toBe(200);
    const activities = (response.body as { activities: { text: string }[] }).activities;
    expect(activities).toHaveLength(1);
    expect(activities[0].text).toContain('Det kan jeg hjælpe med');
    expect(connector.calls).toHaveLength(0);
  });

  // The router's own answers (welcome, @mention, over-long and empty messages) are tested over the
  // same protocol with the Teams harness in tests/unit/teams/app.test.ts.

  describe('bad input gets a 4xx, no crash, and the next request still works', () => {
    const cases: [string, () => Promise<{ status: number }>][] = [
      ['malformed JSON', () => testBot.post('{"type":"message",')],
      ['a JSON array', () => testBot.post('[1,2,3]')],
      [
        'a body over the size limit',
        () => testBot.post(JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) })),
      ],
      [
        'an activity without type',
        () =>
          testBot.post({ ...messageActivity('hej', { serviceUrl: connector.serviceUrl }), type: undefined }),
      ],
      [
        'an activity without conversation',
        () =>
          testBot.post({
            ...messageActivity('hej', { serviceUrl: connector.serviceUrl }),
            conversation: undefined,
          }),
      ],
      [
        'an activity with a non-URL serviceUrl',
        () =>
          testBot.post({
            ...messageActivity('hej', { serviceUrl: connector.serviceUrl }),
            serviceUrl: 'javascript:alert(1)',
          }),
      ],
      [
        'an activity without from',
        () => testBot.post({ ...messageActivity('hej', { serviceUrl: connector.serviceUrl }), from: 7 }),
      ],
    ];

    it.each(cases)('%s', async (_name, send) => {
      const response = await send();
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(connector.calls).toHaveLength(0);
      const next = await testBot.post(
        messageActivity('hjælp', { serviceUrl: connector.serviceUrl, expectReplies: true }),
      );
      expect(next.status).toBe(200);
    });
  });

  it('reports liveness and readiness', async () => {
    const health = await fetch(`${testBot.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${testBot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('never logs message text', async () => {
    const secret = 'hemmelig-sætning-der-ikke-må-logges';
    await testBot.post(
      messageActivity(`hjælp ${secret}`, { serviceUrl: connector.serviceUrl, expectReplies: true }),
    );
    expect(JSON.stringify(testBot.logLines)).not.toContain(secret);
    expect(
      testBot.logLines.some((l) => l.msg === 'turn completed' && typeof l.correlationId === 'string'),
    ).toBe(true);
  });
});

describe('a concern over HTTP, read by the classifier in a worker thread', () => {
  let connector: ConnectorServer;
  let testBot: TestBot;

  beforeAll(async () => {
    connector = await startConnectorServer();
    testBot = await startTestBot({ CLASSIFIER_THREADS: '1' });
  });

  afterAll(async () => {
    await testBot.stop();
    await connector.close();
  });

  it('answers with the pathway card and its acute and duty-to-notify warnings', async () => {
    const text = 'en elev i 8. klasse fortæller at hendes stedfar slår hende og hun tør ikke gå hjem i aften';
    const response = await testBot.post(messageActivity(text, { serviceUrl: connector.serviceUrl }));
    expect(response.status).toBe(200);
    const [reply] = await connector.waitForActivities(1);
    const card = JSON.stringify(reply.attachments);
    expect(card).toContain('Herningmodel Social');
    expect(card).toContain('112');
    expect(card).toMatch(/underret/i);
    const listening = testBot.logLines.find((line) => line.msg === 'bot listening');
    expect(listening).toMatchObject({ classifierThreads: 1 });
  });
});

describe('a policy question over HTTP, answered by a retrieval worker thread', () => {
  let connector: ConnectorServer;
  let testBot: TestBot;

  beforeAll(async () => {
    connector = await startConnectorServer();
    testBot = await startTestBot({ RETRIEVAL_THREADS: '1' });
  });

  afterAll(async () => {
    await testBot.stop();
    await connector.close();
  });

  it('answers with the cited passage once the worker has its copy of the index', async () => {
    const logged = (message: string) => testBot.logLines.some((line) => line.msg === message);
    const deadline = Date.now() + 20_000;
    while (!logged('retrieval workers ready')) {
      if (Date.now() > deadline) throw new Error('the retrieval worker did not get ready');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const response = await testBot.post(
      messageActivity('hvad er Herningmodel Skole?', {
        serviceUrl: connector.serviceUrl,
        expectReplies: true,
      }),
    );
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('Herningmodel Skole');
    expect(logged('policy retrieval answered in this thread instead')).toBe(false);
    const listening = testBot.logLines.find((line) => line.msg === 'bot listening');
    expect(listening).toMatchObject({ retrievalThreads: 1 });
  });
});
