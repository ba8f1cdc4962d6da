/**
 * Coordination end to end over HTTP: the real restify server, CloudAdapter (anonymous local mode),
 * teams-ai router from createTeamsApp, the coordination capability and service, and the real
 * BotConnectorMessenger talking to a local Bot Connector (tests/helpers/connectorServer.ts).
 */
import { createChannelDirectory } from '../../src/domain/threads/channels';
import { MemoryStorage } from '../../src/infrastructure/storage/memory/memoryStorage';
import { COLLECTIONS, type CoordinationService } from '../../src/services/coordination/coordinationService';
import { createReminderScheduler } from '../../src/services/coordination/reminderScheduler';
import { createBotAdapter } from '../../src/teams/adapter';
import { COORDINATION_VERBS } from '../../src/teams/cards/coordination/verbs';
import {
  createCoordinationCapability,
  createCoordinationReminderPresenter,
} from '../../src/teams/handlers/coordination';
import { createBotConnectorMessenger } from '../../src/teams/outbound/botConnectorMessenger';
import type { BotServer } from '../../src/teams/server';
import { startLocalBotServer } from '../../src/cli/localBotServer';
import { da } from '../../src/teams/texts/da';
import { validateAdaptiveCard } from '../helpers/adaptiveCards';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { makeService, ManualClock, roles, silentLogger } from '../unit/services/coordination/helpers';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

const TENANT = 'tenant-1';
let connector: ConnectorServer;
let server: BotServer;
let url: string;
let storage: MemoryStorage;
let service: CoordinationService;
const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
let sequence = 0;

interface User {
  id: string;
  aadObjectId: string;
  name: string;
}
const OWNER: User = { id: '29:owner', aadObjectId: 'aad-owner', name: 'Ole' };
const PPR: User = { id: '29:ppr', aadObjectId: 'aad-ppr', name: 'Pia' };

beforeAll(async () => {
  connector = await startConnectorServer();
  const logger = silentLogger();
  storage = new MemoryStorage(() => clock.ms);
  const bot = createBotAdapter(undefined);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  service = makeService(storage, clock, {
    retention: { closedThreadDays: 30, auditDaysAfterDeletion: null },
    messenger,
    logger,
  });
  const channels = createChannelDirectory({
    channels: [
      {
        id: 'nord',
        name: 'Områdeteam Nord',
        kind: 'areaTeam',
        teamId: 'team-1',
        channelId: '19:nord@thread.tacv2',
        serviceUrl: connector.serviceUrl,
        usedFor: ['coordination'],
      },
    ],
  });
  const coordination = createCoordinationCapability({
    cardTemplates: createCardTemplates(),
    service,
    messenger,
    roles,
    channels,
    logger,
    resolveMember: async (_turn, id) =>
      id === 'aad-ppr' ? { aadObjectId: 'aad-ppr', teamsUserId: '29:ppr', name: 'Pia' } : undefined,
    listRoster: async () => [],
  });
  ({ server, url } = await startLocalBotServer({
    bot,
    logger,
    maxBodyBytes: 256_000,
    capabilities: () => ({ coordination: coordination }),
  }));
});

afterAll(async () => {
  await server?.close(1000);
  await connector?.close();
});

function activity(user: User, extra: Record<string, unknown>): Record<string, unknown> {
  sequence++;
  return {
    id: `activity-${sequence}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:bot', name: 'Børn og Unge' },
    conversation: { id: 'a:group-1', conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'da-DK',
    ...extra,
  };
}

async function post(body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

async function click(
  user: User,
  verb: string,
  data: Record<string, unknown>,
  replyToId: string,
  conversationId = 'a:group-1',
) {
  const conversation =
    conversationId === 'a:group-1'
      ? undefined
      : { conversation: { id: conversationId, conversationType: 'channel', tenantId: TENANT } };
  const result = await post(
    activity(user, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId,
      ...conversation,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    }),
  );
  expect(result.status).toBe(200);
  return result.body as { statusCode: number; type: string; value: unknown };
}

describe('coordination over HTTP with a local Bot Connector', () => {
  it('ny tråd -> form -> thread in the unit channel -> accept updates the minimal card -> reminder posted', async () => {
    const sent = connector.activities().length;
    expect((await post(activity(OWNER, { type: 'message', text: 'ny tråd' }))).status).toBe(200);
    const [form] = (await connector.waitForActivities(sent + 1)).slice(sent);
    const formCard = (form.attachments as { content: Record<string, unknown> }[])[0].content;
    expect(validateAdaptiveCard(formCard)).toEqual([]);
    const caseRef = (JSON.stringify(formCard).match(/BU-\d{4}-\d{4}/) ?? [])[0];
    expect(caseRef).toBe('BU-2026-0001');

    const created = await click(
      OWNER,
      COORDINATION_VERBS.create,
      {
        caseRef,
        ageOrGrade: '8 år',
        pathway: 'social',
        summary: 'Bekymring for trivsel hjemme og i skolen.',
        legalBasis: 'anonymous',
        ownerRole: 'raadgiver',
        p1Role: 'ppr-psykolog',
        p1User: 'aad-ppr',
        placement: 'nord',
      },
      'form-activity',
    );
    expect(created.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(created.value)).toContain('Områdeteam Nord');

    const newConversation = connector.calls.find(
      (c) => c.method === 'POST' && /\/v3\/conversations\/?$/.test(c.path),
    );
    expect(newConversation?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: '19:nord@thread.tacv2' }, tenant: { id: TENANT } },
    });
    const channelActivity = (newConversation?.body as { activity: Record<string, unknown> }).activity;
    expect(channelActivity.entities).toEqual([
      { type: 'mention', text: '<at>Pia</at>', mentioned: { id: '29:ppr', name: 'Pia' } },
    ]);
    for (const secret of ['Bekymring for trivsel', '8 år', 'PPR-psykolog', 'Socialrådgiver'])
      expect(JSON.stringify(channelActivity)).not.toContain(secret);
    const thread = await service.getThread(caseRef as string);
    expect(thread?.location).toMatchObject({ kind: 'channel', activityId: '2' });
    const channelConversation = thread?.location?.conversationId as string;

    // The same click from another chat, naming this thread, opens and changes nothing.
    const forged = await click(PPR, COORDINATION_VERBS.accept, { threadId: caseRef, version: 1 }, '2');
    expect(forged.value).toBe(da.coordination.threadUnavailable);

    const accepted = await click(
      PPR,
      COORDINATION_VERBS.accept,
      { threadId: caseRef, version: 1 },
      '2',
      channelConversation,
    );
    expect(JSON.stringify(accepted.value)).toContain(da.coordination.card.viewNotes.participant);
    const update = connector.calls.find((c) => c.method === 'PUT');
    expect(update?.path).toContain('/activities/2');
    expect(
      validateAdaptiveCard((update?.body as { attachments: { content: unknown }[] }).attachments[0].content),
    ).toEqual([]);

    // Only the service's update of the shared copy goes out, never this user's personal view.
    expect(connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(JSON.stringify(update?.body)).toContain(COORDINATION_VERBS.open);
    expect(JSON.stringify(update?.body)).not.toContain(COORDINATION_VERBS.addTask);
    expect(JSON.stringify(update?.body)).not.toContain('Bekymring for trivsel');

    const stale = await click(
      OWNER,
      COORDINATION_VERBS.addDecision,
      { threadId: caseRef, version: 1, decisionText: 'x' },
      '2',
      channelConversation,
    );
    expect(JSON.stringify(stale.value)).toContain(da.coordination.notes.stale);

    await click(
      PPR,
      COORDINATION_VERBS.addTask,
      {
        threadId: caseRef,
        version: 2,
        taskTitle: 'Samtale med lærerteamet',
        taskOwner: 'aad-ppr',
        taskDue: '2026-12-02',
      },
      '2',
      channelConversation,
    );
    // A new task changes nothing everyone sees, so the shared message is left alone.
    expect(connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    clock.set('2026-12-02T07:00:00Z');
    const before = connector.activities().length;
    const scheduler = createReminderScheduler({
      storage,
      clock,
      logger: silentLogger(),
      messenger: createBotConnectorMessenger({ botId: 'local-bot', tokenProvider: async () => undefined }),
      present: createCoordinationReminderPresenter(createCardTemplates(), roles),
      holderId: 'it',
    });
    expect(await scheduler.tick()).toMatchObject({ fired: 1 });
    await scheduler.stop();
    const [reminder] = (await connector.waitForActivities(before + 1)).slice(before);
    expect(JSON.stringify(reminder)).not.toContain('Samtale med lærerteamet');
    expect(JSON.stringify(reminder)).toContain('2. dec. 2026');
    expect(reminder.entities).toEqual([
      { type: 'mention', text: '<at>Pia</at>', mentioned: { id: '29:ppr', name: 'Pia' } },
    ]);
    const reminderCall = connector.calls[connector.calls.length - 1];
    expect(reminderCall.path).toContain(encodeURIComponent(thread?.location?.conversationId ?? ''));
    // The task's reminder went out; the lead's review reminder waits for its own day.
    expect(
      (await storage.documents.list(COLLECTIONS.reminders)).map((r) => [
        (r.value as { kind: string }).kind,
        (r.value as { state: string }).state,
      ]),
    ).toEqual([
      ['review', 'pending'],
      ['task', 'fired'],
    ]);
  });

  it('mine sager in the 1:1 chat lists the thread with a link to its channel message, nobody else', async () => {
    const personal = (user: User) =>
      activity(user, {
        type: 'message',
        text: 'mine sager',
        conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: TENANT },
      });
    const sent = connector.activities().length;
    expect((await post(personal(PPR))).status).toBe(200);
    const [reply] = (await connector.waitForActivities(sent + 1)).slice(sent);
    const card = (reply.attachments as { content: Record<string, unknown> }[])[0].content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('BU-2026-0001');
    expect(text).toContain('https://teams.microsoft.com/l/message/19%3Anord%40thread.tacv2/2?groupId=team-1');
    expect(text).not.toContain('Bekymring for trivsel');

    const stranger = { id: '29:x', aadObjectId: 'aad-x', name: 'X' };
    const before = connector.activities().length;
    expect((await post(personal(stranger))).status).toBe(200);
    const [none] = (await connector.waitForActivities(before + 1)).slice(before);
    expect(JSON.stringify(none)).toContain(da.coordination.myWork.noCases);
    expect(JSON.stringify(none)).not.toContain('BU-2026-0001');
  });

  it('answers an unknown coordination verb through the router without changing anything', async () => {
    const result = await click(OWNER, 'coordination.explode', { threadId: 'BU-2026-0001', version: 1 }, '2');
    expect(result.value).toBe(da.common.errors.unknownAction);
  });
});
