/**
 * Fuzzing POST /api/messages on the real server (restify + CloudAdapter + teams-ai + SQLite storage):
 * random JSON, malformed bodies, mutated activities, huge strings, deep nesting and Action.Execute
 * invokes with tampered data. Properties, for every case:
 * - the server answers and never with 5xx; /healthz stays 200;
 * - refused input (4xx) leaves every stored document and audit entry exactly as it was;
 * - tampered invokes change nothing either (they are answered with a Danish message or a card);
 * - a valid message right after still gets its reply.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { ALL_COORDINATION_VERBS } from '../../../src/teams/cards/coordination/verbs';
import { POLICY_CARD_VERBS } from '../../../src/teams/cards/policy/policyCards';
import { ALL_UPDATES_VERBS } from '../../../src/teams/cards/updates/verbs';
import { common } from '../../../src/teams/texts/da/common';
import { actionExecuteActivity, messageActivity } from '../../helpers/activities';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
let bot: TestBot;
let connector: ConnectorServer;
let dataDir: string;
let reader: Database.Database;
let casesRun = 0;
/** Message texts sent (long enough to be recognisable): none may appear in a log line. */
const sentTexts: string[] = [];

/** Everything stored: documents and audit entries (leases are time-based bookkeeping, not state). */
function snapshot(options: { ignoreCollection?: string } = {}): string {
  const documents = reader
    .prepare('SELECT collection, id, json, etag FROM documents WHERE collection <> ? ORDER BY collection, id')
    .all(options.ignoreCollection ?? '');
  const audit = reader.prepare('SELECT stream, seq, json FROM audit_log ORDER BY stream, seq').all();
  return JSON.stringify({ documents, audit });
}

function feedbackCount(): number {
  return (
    reader.prepare("SELECT count(*) AS n FROM documents WHERE collection = 'feedback'").get() as { n: number }
  ).n;
}

async function post(body: string | unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text };
}

async function healthy(): Promise<boolean> {
  const response = await fetch(`${bot.url}/healthz`);
  await response.text();
  return response.status === 200;
}

async function validTurnWorks(): Promise<boolean> {
  const result = await post(
    messageActivity('hjælp', {
      serviceUrl: connector.serviceUrl,
      expectReplies: true,
      conversationId: 'a:fuzz-check',
    }),
  );
  return result.status === 200 && result.text.includes(common.help.title);
}

/** One fuzz case: the request never crashes or 5xx's, refused input changes nothing, health stays 200. */
async function check(
  body: string | unknown,
  options: { mustNotChange?: boolean; ignoreCollection?: string } = {},
): Promise<number> {
  casesRun++;
  // Usage counts are written on a timer: what earlier turns counted is written before the case,
  // and whatever this case counted is written before the comparison.
  await bot.bot.flushUsageCounts();
  const before = snapshot(options);
  const { status } = await post(body);
  expect(status).toBeGreaterThanOrEqual(200);
  expect(status).toBeLessThan(500);
  await bot.bot.flushUsageCounts();
  if (status >= 400 || options.mustNotChange) expect(snapshot(options)).toBe(before);
  expect(await healthy()).toBe(true);
  return status;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fuzz-'));
  connector = await startConnectorServer();
  bot = await startTestBot({
    STORAGE: 'sqlite',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    SCHEDULERS_ENABLED: 'false',
  });
  reader = new Database(join(dataDir, 'storage.sqlite'), { readonly: true, fileMustExist: true });
  expect(await validTurnWorks()).toBe(true);
});

afterAll(async () => {
  reader?.close();
  await bot?.stop();
  await connector?.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(`fuzz: ${casesRun} cases run against /api/messages (seed ${SEED})\n`);
});

const huge = (n: number) => fc.constantFrom('a', 'æ', '💥', '${x}', '<b>', '\u0000').map((c) => c.repeat(n));

function deep(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  huge(5000),
);

/** Things staff write, including commands and a concern; the noise after them varies. */
const REALISTIC_TEXTS = [
  'hvilke temaer har børne- og ungepolitikken?',
  'forløb drengen på 4 år i børnehaven taler meget lidt',
  'en elev i 8. klasse fortæller at hendes stedfar slår hende',
  'ny tråd',
  'videndeling',
  'hjælp',
  'hvornår har kantinen åbent?',
];

const activityFields = [
  'type',
  'text',
  'id',
  'channelId',
  'serviceUrl',
  'from',
  'recipient',
  'conversation',
  'channelData',
  'value',
  'name',
  'locale',
  'entities',
  'attachments',
  'replyToId',
  'deliveryMode',
];

describe('POST /api/messages under fuzzing', () => {
  it('survives random JSON values and malformed bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
          fc.string({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
          fc.constantFrom(
            '',
            '{',
            '{"type":',
            '[1,2',
            'null',
            'true',
            '"x"',
            '{"type":"message"}}',
            '\u0000',
          ),
          fc
            .constantFrom(20, 500, 5000, 50000)
            .chain((d) => fc.constantFrom(deep(d, 'array'), deep(d, 'object'))),
          fc
            .constantFrom(300_000, 2_000_000)
            .map((n) => JSON.stringify({ type: 'message', text: 'x'.repeat(n) })),
        ),
        async (body) => {
          const status = await check(body, { mustNotChange: true });
          // None of these is a Bot Framework activity with a conversation: all must be refused.
          expect(status).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 120, seed: SEED },
    );
    expect(await validTurnWorks()).toBe(true);
  });

  it('survives mutated message activities: missing fields, wrong types, huge strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300, size: 'large' }),
          fc
            .tuple(fc.constantFrom(...REALISTIC_TEXTS), fc.string({ maxLength: 40 }))
            .map(([text, noise]) => `${text} ${noise}`),
        ),
        fc.uniqueArray(fc.constantFrom(...activityFields), { maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom(...activityFields), wrongValue), { maxLength: 3 }),
        fc.boolean(),
        async (text, removed, replaced, expectReplies) => {
          const activity = messageActivity(text, {
            serviceUrl: connector.serviceUrl,
            expectReplies,
            conversationId: `a:fuzz-${casesRun % 7}`,
          });
          for (const field of removed) delete activity[field];
          for (const [field, value] of replaced) {
            activity[field] = value;
          }
          if (typeof activity.text === 'string' && activity.text.trim().length >= 12)
            sentTexts.push(activity.text);
          await check(activity);
        },
      ),
      { numRuns: 120, seed: SEED + 1 },
    );
    expect(await validTurnWorks()).toBe(true);
  });

  it('changes nothing for Action.Execute invokes with tampered data (unknown verbs, wrong types, other ids, future versions)', async () => {
    const verbs = [...ALL_COORDINATION_VERBS, ...ALL_UPDATES_VERBS, ...POLICY_CARD_VERBS];
    const tamperedData = fc.record(
      {
        threadId: fc.oneof(fc.uuid(), fc.constantFrom('thread-of-someone-else', '../../etc', ''), wrongValue),
        postId: fc.oneof(fc.uuid(), fc.constantFrom('opd-unknown', ''), wrongValue),
        version: fc.oneof(
          fc.integer({ min: 2, max: 2 ** 31 }),
          fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER),
          wrongValue,
        ),
        taskId: fc.oneof(fc.constantFrom('t1', 't999'), wrongValue),
        status: fc.oneof(fc.constantFrom('closed', 'lukket', 'deleted'), wrongValue),
        comment: fc.oneof(fc.string({ maxLength: 50 }), huge(3000)),
        page: wrongValue,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...verbs),
          fc.string({ maxLength: 40 }),
          fc.constantFrom('', 'coordination.', 'updates.publish '),
        ),
        tamperedData,
        fc.boolean(),
        async (verb, data, verbInData) => {
          const invoke = actionExecuteActivity(verb, verbInData ? { ...data, verb } : data, {
            serviceUrl: connector.serviceUrl,
            conversationId: 'a:fuzz-invoke',
            userId: '29:fuzz-outsider',
          });
          // A helpful/not-helpful click is a complete action on any card data: it may add one
          // feedback record (and nothing else). Every other tampered invoke changes nothing.
          const isFeedback = (POLICY_CARD_VERBS as readonly string[]).includes(verb);
          const feedbackBefore = feedbackCount();
          await check(invoke, {
            mustNotChange: true,
            ignoreCollection: isFeedback ? 'feedback' : undefined,
          });
          expect(feedbackCount() - feedbackBefore).toBeLessThanOrEqual(isFeedback ? 1 : 0);
        },
      ),
      { numRuns: 100, seed: SEED + 2 },
    );
    expect(await validTurnWorks()).toBe(true);
  });

  it('answers well-formed messages with bad content in Danish, with 200 and nothing stored', async () => {
    await bot.bot.flushUsageCounts();
    const before = snapshot();
    for (const [text, expected] of [
      ['', common.errors.emptyMessage],
      [
        'x'.repeat(bot.config.maxMessageLength + 1),
        common.errors.messageTooLong(bot.config.maxMessageLength),
      ],
    ] as const) {
      casesRun++;
      const result = await post(
        messageActivity(text, { serviceUrl: connector.serviceUrl, expectReplies: true }),
      );
      expect(result.status).toBe(200);
      expect(result.text).toContain(JSON.stringify(expected).slice(1, -1));
    }
    await bot.bot.flushUsageCounts();
    expect(snapshot()).toBe(before);
  });

  it('logged no message text and no card data', () => {
    const logged = bot.logLines.map((line) => JSON.stringify(line)).join('\n');
    expect(sentTexts.length).toBeGreaterThan(10);
    for (const text of sentTexts) expect(logged).not.toContain(JSON.stringify(text.trim()).slice(1, -1));
    expect(logged).not.toContain('thread-of-someone-else');
  });
});
