/**
 * Knowledge-update cards in a channel, end to end over HTTP with the Teams harness: the real
 * restify server, CloudAdapter (anonymous local mode), the teams-ai router, the knowledge-updates
 * capability and service, and the real BotConnectorMessenger talking to the harness's local Bot
 * Connector (tests/helpers/connectorServer.ts).
 *
 * Every update-card verb is clicked on the shared channel message, by a reader and by the author.
 * Each click is answered with that user's own card (the invoke response), and the shared message
 * is only ever updated with the reader-neutral channel view (or the withdrawn card).
 */
import { createAudienceDirectory, type KnowledgePost } from '@src/domain/updates';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { createKnowledgeUpdatesService, type KnowledgeUpdatesService } from '@src/services/knowledgeUpdates';
import { createBotAdapter } from '@src/teams/adapter';
import { createUpdateCardRenderer } from '@src/teams/cards/updates/updatesCards';
import { UPDATES_VERBS, type UpdatesVerbName } from '@src/teams/cards/updates/verbs';
import { createKnowledgeUpdatesCapability } from '@src/teams/handlers/knowledgeUpdates';
import { createBotConnectorMessenger } from '@src/teams/outbound/botConnectorMessenger';
import { da } from '@src/teams/texts/da';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import type { ConnectorServer, ReceivedCall } from '@tests/helpers/connectorServer';
import { startTeamsHarness, type HarnessAppDeps, type TeamsHarness } from '@tests/helpers/teamsHarness';
import { AUTHOR_OID, STAFF_OID, testPublishers } from '@tests/unit/domain/updates/fixtures';
import { silentLogger } from '@tests/unit/services/knowledgeUpdates/helpers';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const TENANT = 'tenant-1';
const CHANNEL_ID = '19:kanal1@thread.tacv2';

interface User {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}
const AUTHOR: User = { id: '29:author', aadObjectId: AUTHOR_OID, name: 'Lea Leder' };
const READER: User = { id: '29:reader', aadObjectId: STAFF_OID, name: 'Rasmus Lærer' };

let connector: ConnectorServer;
let teams: TeamsHarness;
let service: KnowledgeUpdatesService;
let renderer: ReturnType<typeof createUpdateCardRenderer>;
let post: KnowledgePost;
/** Where the shared channel message lives (as the local connector answered the post). */
let shared: { conversationId: string; activityId: string };

/** The knowledge-updates capability over the real messenger, posting to the local connector. */
function appDeps(): HarnessAppDeps {
  const storage = new MemoryStorage();
  // Anonymous local mode: the messenger sends as the local bot, like the harness's adapter.
  const bot = createBotAdapter(undefined);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  const audiences = createAudienceDirectory([
    { id: 'kanal-1', name: 'Kanal 1', channelId: CHANNEL_ID, serviceUrl: connector.serviceUrl },
  ]);
  renderer = createUpdateCardRenderer(cardTemplates, { texts: da.updates, audiences });
  service = createKnowledgeUpdatesService({
    storage,
    messenger,
    renderer,
    publishers: testPublishers(),
    audiences,
    clock: { now: () => new Date() },
    logger: silentLogger,
    ackRefreshDelayMs: 10,
    ackCountCacheMs: 0,
    delivery: { sendsPerSecond: 0 },
  });
  const knowledgeUpdates = createKnowledgeUpdatesCapability({
    cardTemplates: createCardTemplates(),
    service,
    audiences,
    logger: silentLogger,
    resolveUpn: async () => undefined,
  });
  return { logger: silentLogger, capabilities: { knowledgeUpdates }, maxMessageLength: 2000 };
}

beforeAll(async () => {
  teams = await startTeamsHarness((local) => {
    connector = local;
    return appDeps();
  });
  const author = { id: AUTHOR_OID, aadObjectId: AUTHOR_OID, teamsUserId: AUTHOR.id, name: AUTHOR.name };
  const draft = await service.createDraft(author, {
    title: 'Ny praksis for overlevering',
    bodyMarkdown: 'Fra januar bruger alle skoler **samme skema** ved overlevering.',
    tags: 'leg-og-laering',
    audienceIds: 'kanal-1',
    link: 'https://www.herning.dk/',
    addToKnowledgeBase: 'false',
  });
  post = (await service.publish(author, draft.id, draft.version)).post;
  await service.whenIdle();
  // The local connector names a new channel thread after its running call counter.
  const index = connector.calls.findIndex(
    (c) => c.method === 'POST' && /\/v3\/conversations\/?$/.test(c.path),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  shared = {
    conversationId: `19:thread${index + 1}@thread.tacv2;messageid=${index + 1}`,
    activityId: String(index + 1),
  };
});

afterAll(async () => {
  await service?.stop();
  await teams?.close();
});

async function click(user: User, verb: string, data: Record<string, unknown>) {
  const { replies, body } = await teams.click(verb, data, {
    from: user,
    conversation: { id: shared.conversationId, type: 'channel', tenantId: TENANT },
    replyToId: shared.activityId,
  });
  await service.whenIdle();
  const status = (replies.find((a) => a.type === 'invokeResponse')?.value as { status: number }).status;
  return { status, body: body as InvokeBody | undefined };
}

interface InvokeBody {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

/** Updates of the shared channel message (PUT .../activities/{its id}). */
function sharedUpdates(calls: readonly ReceivedCall[]): Record<string, unknown>[] {
  const path = `/v3/conversations/${encodeURIComponent(shared.conversationId)}/activities/${shared.activityId}`;
  return calls
    .filter((c) => c.method === 'PUT' && decodeURIComponent(c.path) === decodeURIComponent(path))
    .map((c) => {
      const attachments = (c.body as { attachments?: { content: Record<string, unknown> }[] }).attachments;
      return attachments?.[0]?.content ?? {};
    });
}

/** What a click may put on the shared message: the channel view at the current count, or withdrawn. */
async function sharedViews(): Promise<string[]> {
  const view = await service.view({ id: AUTHOR_OID, aadObjectId: AUTHOR_OID }, post.id);
  return [
    JSON.stringify(renderer.channelCard(view.post, view.ackCount)),
    JSON.stringify(renderer.withdrawnCard(view.post)),
  ];
}

/** Data each verb's card would carry, for the current version of the post. */
async function dataFor(verb: UpdatesVerbName): Promise<Record<string, unknown>> {
  const view = await service.view({ id: AUTHOR_OID, aadObjectId: AUTHOR_OID }, post.id);
  const ref = { postId: post.id, version: view.post.version };
  const form = {
    title: view.post.title,
    bodyMarkdown: `${view.post.bodyMarkdown} Rettet.`,
    tags: 'leg-og-laering',
    audienceIds: 'kanal-1',
    link: 'https://www.herning.dk/',
    addToKnowledgeBase: 'false',
  };
  switch (verb) {
    case 'compose':
    case 'list':
      return {};
    case 'save':
    case 'preview':
    case 'publish':
      return { ...form, postId: '', title: `Kladde fra kanalen (${verb})` };
    case 'saveEdit':
      return { ...form, ...ref };
    case 'export':
      return { postId: post.id, page: 1 };
    default:
      return ref;
  }
}

/** Reader first (they cannot change the post), then the author; retracting comes last. */
const ORDER: UpdatesVerbName[] = [
  'ack',
  'refresh',
  'export',
  'resend',
  'open',
  'compose',
  'save',
  'preview',
  'list',
  'delete',
  'publish',
  'saveEdit',
  'retract',
  'retractConfirm',
];

describe('every update-card action clicked in a channel', () => {
  it('covers every verb the cards use', () => {
    expect([...ORDER].sort()).toEqual((Object.keys(UPDATES_VERBS) as UpdatesVerbName[]).sort());
  });

  const clicks: [string, UpdatesVerbName, User][] = [
    ...ORDER.map((verb): [string, UpdatesVerbName, User] => ['reader', verb, READER]),
    ...ORDER.map((verb): [string, UpdatesVerbName, User] => ['author', verb, AUTHOR]),
  ];

  it.each(clicks)(
    'as %s: %s answers with their own view; the shared message only gets the shared view',
    async (_who, verb, user) => {
      const before = connector.calls.length;
      const result = await click(user, UPDATES_VERBS[verb], await dataFor(verb));
      expect(result.status).toBe(200);
      expect(result.body?.statusCode).toBe(200);
      if (result.body?.type === 'application/vnd.microsoft.card.adaptive') {
        expect(validateAdaptiveCard(result.body.value as Record<string, unknown>)).toEqual([]);
      }
      const updates = sharedUpdates(connector.calls.slice(before));
      const allowed = await sharedViews();
      for (const card of updates) {
        const json = JSON.stringify(card);
        expect(allowed).toContain(json);
        // Nothing personal: no acknowledger list, no "you acknowledged", no author-only section.
        expect(json).not.toContain(da.updates.post.whoAcknowledged);
        expect(json).not.toContain(da.updates.post.authorOnly);
        expect(json).not.toContain('Du markerede');
        expect(json).not.toContain(READER.name);
      }
    },
  );

  it('gave the reader and the author their own cards and updated the shared message for edit and withdrawal', async () => {
    // Fresh clicks on the withdrawn post: the reader sees the withdrawn card, the author the author view.
    const reader = await click(READER, UPDATES_VERBS.refresh, { postId: post.id });
    expect(JSON.stringify(reader.body?.value)).toContain(da.updates.withdrawn.title);
    const author = await click(AUTHOR, UPDATES_VERBS.refresh, { postId: post.id });
    expect(JSON.stringify(author.body?.value)).toContain(da.updates.post.authorOnly);
    const updates = sharedUpdates(connector.calls).map((card) => JSON.stringify(card));
    // The edit reached the shared copy (channel view) and so did the withdrawal.
    expect(updates.some((json) => json.includes('Rettet.'))).toBe(true);
    expect(updates.at(-1)).toContain(da.updates.withdrawn.title);
  });
});
