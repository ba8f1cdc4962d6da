import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createSsoTokenValidator, SsoTokenError } from '../../../../src/teams/tab/ssoToken';

const CLIENT_ID = '5f0d3e8e-8d2a-4c1e-9d8e-2b6c1a7f4e10';
const TENANT = '11111111-2222-4333-8444-555555555555';
const METADATA = 'https://login.example/tenant/v2.0/.well-known/openid-configuration';
const JWKS = 'https://login.example/tenant/discovery/v2.0/keys';

function keyPair(kid: string) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    kid,
    privateKey,
    jwk: { kty: 'RSA', use: 'sig', kid, ...(publicKey.export({ format: 'jwk' }) as object) },
  };
}

function sign(key: { kid: string; privateKey: KeyObject }, claims: Record<string, unknown>, nowMs: number) {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(nowMs / 1000);
  const signed = `${encode({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${encode({
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    tid: TENANT,
    oid: 'user-1',
    nbf: now - 60,
    exp: now + 3600,
    ...claims,
  })}`;
  return `${signed}.${createSign('RSA-SHA256').update(signed).sign(key.privateKey).toString('base64url')}`;
}

function setup() {
  let now = Date.parse('2026-03-20T10:00:00Z');
  const published = [keyPair('k1')];
  const fetched: string[] = [];
  let down = false;
  const validator = createSsoTokenValidator(
    { clientId: CLIENT_ID, openIdMetadataUrl: METADATA, allowedTenantIds: [TENANT] },
    {
      now: () => now,
      fetchJson: async (url) => {
        fetched.push(url);
        if (down) throw new Error('unreachable');
        if (url === METADATA)
          return { issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0', jwks_uri: JWKS };
        return { keys: published.map((k) => k.jwk) };
      },
    },
  );
  return {
    validator,
    published,
    fetched,
    advance: (ms: number) => (now += ms),
    now: () => now,
    setDown: (value: boolean) => (down = value),
  };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof SsoTokenError ? error.reason : `other: ${(error as Error).message}`;
  }
}

it('accepts a valid token and downloads the keys once', async () => {
  const t = setup();
  const identity = await t.validator.validate(sign(t.published[0]!, { name: 'Anna' }, t.now()));
  expect(identity).toEqual({ aadObjectId: 'user-1', tenantId: TENANT, name: 'Anna' });
  await t.validator.validate(sign(t.published[0]!, {}, t.now()));
  expect(t.fetched).toEqual([METADATA, JWKS]);
});

it('follows a key rollover, but downloads again for an unknown key at most every five minutes', async () => {
  const t = setup();
  await t.validator.validate(sign(t.published[0]!, {}, t.now()));
  const next = keyPair('k2');
  t.published.push(next);
  expect(await reasonOf(t.validator.validate(sign(next, {}, t.now())))).toBe('unknownKey');
  t.advance(6 * 60_000);
  expect(await reasonOf(t.validator.validate(sign(next, {}, t.now())))).toBe('accepted');
  expect(t.fetched.filter((url) => url === JWKS)).toHaveLength(2);
});

it('names why a token is refused', async () => {
  const t = setup();
  const key = t.published[0]!;
  const cases: [Record<string, unknown>, string][] = [
    [{ exp: Math.floor(t.now() / 1000) - 600 }, 'expired'],
    [{ nbf: Math.floor(t.now() / 1000) + 600 }, 'notYetValid'],
    [{ aud: 'api://elsewhere/1' }, 'audience'],
    [
      {
        tid: '99999999-8888-4777-8666-555555555555',
        iss: 'https://login.microsoftonline.com/99999999-8888-4777-8666-555555555555/v2.0',
      },
      'tenant',
    ],
    [{ iss: 'https://evil.example/' }, 'issuer'],
    [{ oid: '' }, 'noUser'],
  ];
  for (const [claims, reason] of cases) {
    expect(await reasonOf(t.validator.validate(sign(key, claims, t.now())))).toBe(reason);
  }
  const token = sign(key, {}, t.now());
  const [header, payload] = token.split('.');
  const tampered = Buffer.from(
    JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), oid: 'someone-else' }),
  ).toString('base64url');
  expect(await reasonOf(t.validator.validate(`${header}.${tampered}.${token.split('.')[2]}`))).toBe(
    'signature',
  );
  expect(await reasonOf(t.validator.validate('x'.repeat(20_000)))).toBe('malformed');
});

it('reports unreachable keys as such, and recovers when they are back', async () => {
  const t = setup();
  t.setDown(true);
  expect(await reasonOf(t.validator.validate(sign(t.published[0]!, {}, t.now())))).toBe('keysUnavailable');
  t.setDown(false);
  expect(await reasonOf(t.validator.validate(sign(t.published[0]!, {}, t.now())))).toBe('accepted');
});
