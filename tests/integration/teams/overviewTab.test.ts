/**
 * The Overblik tab's API over real HTTP with single sign-on on (BOT_ID set): tokens are signed by
 * a local OpenID server that publishes its keys the way Entra ID does, so the real validation runs.
 */
import { generateKeyPairSync } from 'node:crypto';
import { OTHER_USER, OTHER_USERS_TASK, PLAIN_USER, TAB_USER } from '../../../src/cli/tabFixture';
import { startOpenIdServer, type OpenIdServer } from '../../helpers/openIdServer';
import { startTabServer, type RunningTab } from '../../helpers/tabServer';

const CLIENT_ID = '5f0d3e8e-8d2a-4c1e-9d8e-2b6c1a7f4e10';
const APP_ID_URI = `api://bot.example.net/${CLIENT_ID}`;
const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const ISSUER = `https://login.microsoftonline.com/{tenantid}/v2.0`;

let openId: OpenIdServer;
let tab: RunningTab;

beforeAll(async () => {
  openId = await startOpenIdServer({ issuer: ISSUER });
  tab = await startTabServer(
    {
      HOST: '127.0.0.1',
      BOT_ID: CLIENT_ID,
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TYPE: 'SingleTenant',
      BOT_TENANT_ID: TENANT,
      TAB_SSO_APP_ID_URI: APP_ID_URI,
      TAB_SSO_OPENID_METADATA_URL: openId.metadataUrl,
    },
    { threads: 30, posts: 2, acknowledgementsPerPost: 6 },
  );
});

afterAll(async () => {
  await tab.stop();
  await openId.close();
});

/** A token as Teams would hand the tab for `user` (valid unless a claim is overridden). */
function tokenFor(user: string, claims: Record<string, unknown> = {}, options = {}): string {
  const tenant = (claims.tid as string | undefined) ?? TENANT;
  return openId.sign(
    {
      aud: APP_ID_URI,
      iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
      tid: tenant,
      oid: user,
      name: 'Test Bruger',
      preferred_username: 'test@herning.dk',
      scp: 'access_as_user',
      ...claims,
    },
    options,
  );
}

async function get(path: string, token?: string) {
  const response = await fetch(`${tab.baseUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  // Keep a byte-order mark, so the test sees what a spreadsheet sees.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV or HTML
  }
  return {
    status: response.status,
    body: body as Record<string, unknown> & { error?: string },
    text,
    response,
  };
}

describe('sign-in', () => {
  it('answers GET /api/tab/me with 401 and a Danish message without a token', async () => {
    const { status, body } = await get('/api/tab/me');
    expect(status).toBe(401);
    expect(body.error).toMatch(/^Log ind via Teams/);
  });

  it('accepts a valid token for either audience form and names the user', async () => {
    for (const aud of [APP_ID_URI, CLIENT_ID]) {
      const { status, body } = await get('/api/tab/me', tokenFor(TAB_USER, { aud }));
      expect(status).toBe(200);
      expect(body).toMatchObject({ name: 'Test Bruger', development: false });
    }
  });

  it.each([
    ['expired', { exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200 }],
    ['wrong audience', { aud: 'api://other.example.net/00000000-1111-4222-8333-444444444444' }],
    ['wrong tenant', { tid: OTHER_TENANT }],
    ['issuer of another tenant', { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }],
    ['no user', { oid: undefined }],
  ])('refuses a token that is %s with 401', async (_name, claims) => {
    const { status, body } = await get('/api/tab/cases', tokenFor(TAB_USER, claims));
    expect(status).toBe(401);
    expect(body.error).toMatch(/^Din adgang kunne ikke bekræftes/);
    expect(JSON.stringify(body)).not.toContain('BU-');
  });

  it('refuses a token signed with an unpublished key, unsigned, or HMAC-signed with the public key', async () => {
    const forgedKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    for (const options of [
      { kid: 'test-key', key: forgedKey },
      { kid: 'unknown', key: forgedKey },
      { alg: 'none' as const },
      { alg: 'HS256' as const },
    ]) {
      expect((await get('/api/tab/me', tokenFor(TAB_USER, {}, options))).status).toBe(401);
    }
    expect((await get('/api/tab/me', 'not.a.token')).status).toBe(401);
  });
});

describe('permissions', () => {
  it('shows a user only their own cases; a user id in the query string is ignored', async () => {
    const own = await get('/api/tab/cases', tokenFor(TAB_USER));
    const forged = await get(
      `/api/tab/cases?userId=${OTHER_USER}&aadObjectId=${OTHER_USER}`,
      tokenFor(TAB_USER),
    );
    expect(own.status).toBe(200);
    expect(forged.body).toEqual(own.body);
    expect(own.text).not.toContain(OTHER_USERS_TASK);
    const threads = own.body.threads as { caseRef: string }[];
    const year = new Date().getFullYear();
    expect(threads.map((t) => t.caseRef).sort()).toEqual([
      `BU-${year}-0001`,
      `BU-${year}-0011`,
      `BU-${year}-0021`,
    ]);
    const other = await get('/api/tab/cases', tokenFor(OTHER_USER));
    expect(other.text).toContain(OTHER_USERS_TASK);
  });

  it("refuses an API call for another user's thread as not found, and answers for one's own", async () => {
    const year = new Date().getFullYear();
    const foreign = await get(`/api/tab/threads/BU-${year}-0002`, tokenFor(TAB_USER));
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain('skole');
    const missing = await get(`/api/tab/threads/BU-${year}-9999`, tokenFor(TAB_USER));
    expect(missing.body).toEqual(foreign.body);
    const own = await get(`/api/tab/threads/BU-${year}-0001`, tokenFor(TAB_USER));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ caseRef: `BU-${year}-0001`, openTasks: 2 });
    expect((await get('/api/tab/threads/..%2F..%2Fetc', tokenFor(TAB_USER))).status).toBe(404);
  });

  it('gives a non-publisher no Videndeling data, and no CSV', async () => {
    const updates = await get('/api/tab/updates', tokenFor(PLAIN_USER));
    expect(updates.status).toBe(403);
    expect(updates.body).toEqual({ error: expect.stringMatching(/^Du har ikke adgang/) });
    const csv = await get('/api/tab/updates/ufixture0000/acknowledgements.csv', tokenFor(PLAIN_USER));
    expect(csv.status).toBe(403);
    expect(csv.text).not.toContain('Medarbejder');
    const me = await get('/api/tab/me', tokenFor(PLAIN_USER));
    expect(me.body).toMatchObject({ views: { cases: true, updates: false, gaps: false, usage: false } });
  });

  it('gives the publisher their posts with acknowledgements over time and a CSV', async () => {
    const updates = await get('/api/tab/updates', tokenFor(TAB_USER));
    expect(updates.status).toBe(200);
    const posts = updates.body.posts as {
      id: string;
      ackCount: number;
      timeline: { counts: { all: number } }[];
    }[];
    expect(posts).toHaveLength(2);
    expect(posts[0]!.ackCount).toBe(6);
    expect(posts[0]!.timeline.at(-1)!.counts.all).toBe(6);
    expect(posts[0]!.timeline[0]!.counts.all).toBeLessThan(6);
    const csv = await get(`/api/tab/updates/${posts[0]!.id}/acknowledgements.csv`, tokenFor(TAB_USER));
    expect(csv.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFNavn,Brugernavn,Tidspunkt,Version');
    expect(csv.text.trim().split('\r\n')).toHaveLength(7);
  });

  it('keeps Videnshuller and Brug to knowledge owners and managers, with small figures suppressed', async () => {
    expect((await get('/api/tab/gaps', tokenFor(PLAIN_USER))).status).toBe(403);
    expect((await get('/api/tab/usage', tokenFor(PLAIN_USER))).status).toBe(403);
    const usage = await get('/api/tab/usage', tokenFor(TAB_USER));
    expect(usage.status).toBe(200);
    const weeks = usage.body.weeks as { threadsClosed: number | null }[];
    expect(weeks).toHaveLength(12);
    expect(weeks.map((w) => w.threadsClosed)).toEqual(expect.arrayContaining([null, 5]));
    expect(weeks.some((w) => w.threadsClosed !== null && w.threadsClosed > 0 && w.threadsClosed < 5)).toBe(
      false,
    );
  });
});
