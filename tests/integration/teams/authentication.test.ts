import { generateKeyPairSync } from 'node:crypto';
import { messageActivity } from '../../helpers/activities';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startOpenIdServer, type OpenIdServer } from '../../helpers/openIdServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

const APP_ID = '5f0d3e8e-8d2a-4c1e-9d8e-2b6c1a7f4e10';
const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';

describe('Bot Framework authentication', () => {
  let connector: ConnectorServer;
  let openId: OpenIdServer;
  let testBot: TestBot;
  /** Signed with a key the metadata does not publish. */
  const forgedToken = (serviceUrl: string) =>
    openId.sign(
      { aud: APP_ID, serviceurl: serviceUrl },
      { kid: 'forged-key', key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey },
    );

  /** What reached console.error (installed before the bot, so it sees what the bot lets through). */
  const consoleErrors: unknown[][] = [];
  let consoleSpy: jest.SpyInstance;

  beforeAll(async () => {
    consoleSpy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      consoleErrors.push(args);
    });
    connector = await startConnectorServer();
    openId = await startOpenIdServer();
    testBot = await startTestBot({
      BOT_OPENID_METADATA_URL: openId.metadataUrl,
      BOT_ID: APP_ID,
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TYPE: 'SingleTenant',
      BOT_TENANT_ID: TENANT,
      ALLOWED_TENANT_IDS: TENANT,
    });
  });

  afterAll(async () => {
    consoleSpy.mockRestore();
    await testBot.stop();
    await connector.close();
    await openId.close();
  });

  beforeEach(() => connector.calls.splice(0));

  it('refuses a request without a token with 401 and runs no handler', async () => {
    const response = await testBot.post(
      messageActivity('hjælp', { serviceUrl: connector.serviceUrl, tenantId: TENANT }),
    );
    expect(response.status).toBe(401);
    expect(testBot.logLines.some((l) => l.msg === 'message routed')).toBe(false);
    expect(connector.calls).toHaveLength(0);
  });

  it('refuses a forged token with 401 and runs no handler', async () => {
    const response = await testBot.post(
      messageActivity('hjælp', { serviceUrl: connector.serviceUrl, tenantId: TENANT }),
      {
        authorization: `Bearer ${forgedToken(connector.serviceUrl)}`,
      },
    );
    expect(response.status).toBe(401);
    expect(testBot.logLines.some((l) => l.msg === 'message routed')).toBe(false);
    expect(connector.calls).toHaveLength(0);
  });

  it('refuses a correctly signed token for another bot with 401', async () => {
    const token = openId.sign({
      aud: '00000000-1111-4222-8333-444444444444',
      serviceurl: connector.serviceUrl,
    });
    const response = await testBot.post(
      messageActivity('hjælp', { serviceUrl: connector.serviceUrl, tenantId: TENANT }),
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(response.status).toBe(401);
    expect(connector.calls).toHaveLength(0);
  });

  it('accepts a valid channel token and answers', async () => {
    const token = openId.sign({ aud: APP_ID, serviceurl: connector.serviceUrl });
    const response = await testBot.post(
      messageActivity('hjælp', { serviceUrl: connector.serviceUrl, tenantId: TENANT, expectReplies: true }),
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('Det kan jeg hjælpe med');
  });

  it('refuses a garbage bearer value with 401', async () => {
    const response = await testBot.post(
      messageActivity('hjælp', { serviceUrl: connector.serviceUrl, tenantId: TENANT }),
      {
        authorization: 'Bearer not.a.jwt',
      },
    );
    expect(response.status).toBe(401);
  });

  it('refuses activities from a tenant outside the allow-list with 403', async () => {
    const response = await testBot.post(
      messageActivity('hjælp', { serviceUrl: connector.serviceUrl, tenantId: OTHER_TENANT }),
      {
        authorization: `Bearer ${forgedToken(connector.serviceUrl)}`,
      },
    );
    expect(response.status).toBe(403);
    expect(response.text).toMatch(/tenant/);
    expect(connector.calls).toHaveLength(0);
  });

  describe('tokens an attacker or a broken client would send', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const cases: [string, () => string][] = [
      ['signed with a key the metadata does not publish', () => forgedToken(connector.serviceUrl)],
      [
        'with alg none',
        () => openId.sign({ aud: APP_ID, serviceurl: connector.serviceUrl }, { alg: 'none' }),
      ],
      [
        'with HS256 keyed by the public key',
        () => openId.sign({ aud: APP_ID, serviceurl: connector.serviceUrl }, { alg: 'HS256' }),
      ],
      [
        'that has expired',
        () =>
          openId.sign({
            aud: APP_ID,
            serviceurl: connector.serviceUrl,
            nbf: now() - 7200,
            exp: now() - 3600,
          }),
      ],
      [
        'for another audience',
        () => openId.sign({ aud: '00000000-1111-4222-8333-444444444444', serviceurl: connector.serviceUrl }),
      ],
      ['that is not a JWT', () => 'not.a.jwt'],
    ];

    it.each(cases)('answers a token %s with 401, a short message and one log line', async (_name, token) => {
      const linesBefore = testBot.logLines.length;
      const stderr = jest.spyOn(process.stderr, 'write');
      const consoleBefore = consoleErrors.length;
      try {
        const response = await testBot.post(
          messageActivity('hjælp', { serviceUrl: connector.serviceUrl, tenantId: TENANT }),
          { authorization: `Bearer ${token()}` },
        );
        expect(response.status).toBe(401);
        expect(response.body).toEqual({
          error:
            'Adgang nægtet: Bot Framework-tokenet kunne ikke godkendes. / Access denied: the Bot Framework token was not accepted.',
        });
        // Exactly that text: nothing of the library's error reaches the client.
        expect(response.text).not.toMatch(/jwt|signature|algorithm|expired|audience|stack/i);
        const lines = testBot.logLines.slice(linesBefore);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({ msg: 'activity refused', reason: 'badToken', level: 'warn' });
        const logged = JSON.stringify(lines[0]);
        expect(logged).not.toMatch(/stack|BEGIN|"n":|"kty"|keys|Bearer|eyJ/);
        expect(logged.length).toBeLessThan(400);
        // botbuilder's console.error of the error and its stack is gone too.
        expect(consoleErrors.slice(consoleBefore)).toEqual([]);
        expect(stderr.mock.calls).toEqual([]);
        expect(connector.calls).toHaveLength(0);
      } finally {
        stderr.mockRestore();
      }
    });
  });

  it('logs that authentication is on, not the anonymous-mode warning', () => {
    expect(testBot.logLines.some((l) => l.msg === 'Bot Framework authentication on')).toBe(true);
    expect(testBot.logLines.some((l) => String(l.msg).startsWith('anonymous local mode'))).toBe(false);
  });
});
