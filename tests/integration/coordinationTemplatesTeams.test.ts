/**
 * From pathway guidance to a coordination thread over HTTP, with the shipped config/: the real
 * restify server, CloudAdapter (anonymous local mode), teams-ai router, the pathway and
 * coordination capabilities, and a local Bot Connector. The pathway card's "involve" roles arrive
 * preselected in the form, and the thread starts with its pathway template's first tasks.
 */
import { join } from 'node:path';
import { createChannelDirectory } from '../../src/domain/threads/channels';
import { loadPathwayConfig } from '../../src/infrastructure/configFiles/pathwayConfig';
import { loadRoleDirectory } from '../../src/infrastructure/configFiles/roleDirectory';
import { loadThreadTemplates } from '../../src/infrastructure/configFiles/threadTemplates';
import { MemoryStorage } from '../../src/infrastructure/storage/memory/memoryStorage';
import { type CoordinationService } from '../../src/services/coordination/coordinationService';
import { createPathwayGuidanceService } from '../../src/services/pathwayGuidance';
import { createBotAdapter } from '../../src/teams/adapter';
import { COORDINATION_VERBS } from '../../src/teams/cards/coordination/verbs';
import { createCoordinationCapability } from '../../src/teams/handlers/coordination';
import { createPathwayCapability } from '../../src/teams/handlers/pathway';
import { createBotConnectorMessenger } from '../../src/teams/outbound/botConnectorMessenger';
import type { BotServer } from '../../src/teams/server';
import { startLocalBotServer } from '../../src/cli/localBotServer';
import { textsFor } from '../../src/teams/texts';
import { da } from '../../src/teams/texts/da';
import { en } from '../../src/teams/texts/en';
import { validateAdaptiveCard } from '../helpers/adaptiveCards';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { makeService, ManualClock, silentLogger } from '../unit/services/coordination/helpers';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

const CONFIG = join(__dirname, '../../config');
const TENANT = 'tenant-1';
const roles = loadRoleDirectory(CONFIG);
const templates = loadThreadTemplates(CONFIG, roles);
let connector: ConnectorServer;
let server: BotServer;
let url: string;
let service: CoordinationService;
let sequence = 0;

interface User {
  id: string;
  aadObjectId: string;
  name: string;
  locale: string;
}
const TEACHER: User = { id: '29:teacher', aadObjectId: 'aad-teacher', name: 'Tea', locale: 'da-DK' };
const PPR: User = { id: '29:ppr', aadObjectId: 'aad-ppr', name: 'Pia', locale: 'da-DK' };
const ENGLISH_TEACHER: User = { id: '29:tom', aadObjectId: 'aad-tom', name: 'Tom', locale: 'en-US' };

beforeAll(async () => {
  connector = await startConnectorServer();
  const logger = silentLogger();
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  const bot = createBotAdapter(undefined);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  service = makeService(new MemoryStorage(() => clock.ms), clock, {
    retention: { closedThreadDays: 30, auditDaysAfterDeletion: null },
    messenger,
    logger,
    roles,
  });
  const members = [PPR, TEACHER, ENGLISH_TEACHER];
  ({ server, url } = await startLocalBotServer({
    bot,
    logger,
    maxBodyBytes: 256_000,
    capabilities: () => ({
      pathway: createPathwayCapability({
        cardTemplates: createCardTemplates(),
        service: createPathwayGuidanceService({ config: loadPathwayConfig(CONFIG), logger }),
        texts: textsFor,
        notificationChannel: { name: 'underretningsportalen', url: 'https://www.herning.dk/' },
        logger,
        involveRoles: templates.rolesForInvolve,
      }),
      coordination: createCoordinationCapability({
        cardTemplates: createCardTemplates(),
        service,
        messenger,
        roles,
        channels: createChannelDirectory({ channels: [] }),
        logger,
        clock,
        templates,
        resolveMember: async (_turn, id) => {
          const member = members.find((m) => m.aadObjectId === id);
          return member && { aadObjectId: member.aadObjectId, teamsUserId: member.id, name: member.name };
        },
        listRoster: async () => [],
      }),
    }),
  }));
});

afterAll(async () => {
  await server?.close(1000);
  await connector?.close();
});

function activity(user: User, conversationId: string, extra: Record<string, unknown>) {
  sequence++;
  return {
    id: `activity-${sequence}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:bot', name: 'Børn og Unge' },
    conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: user.locale,
    ...extra,
  };
}

async function post(body: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Sends a message and returns the card the bot posted in answer. */
async function say(user: User, conversationId: string, text: string): Promise<Record<string, unknown>> {
  const before = connector.activities().length;
  await post(activity(user, conversationId, { type: 'message', text }));
  const [reply] = (await connector.waitForActivities(before + 1)).slice(before);
  return (reply.attachments as { content: Record<string, unknown> }[])[0].content;
}

type Action = { type: string; verb: string; data: Record<string, unknown> };

function actionOf(card: Record<string, unknown>, verb: string): Action {
  const found: Action[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute' && record.verb === verb) found.push(record as unknown as Action);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  expect(found).toHaveLength(1);
  return found[0];
}

function inputValues(card: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.'))
        values[String(record.id)] = record.value;
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return values;
}

/** Clicks an Action.Execute button the way Teams does: its data plus the card's input values. */
async function click(
  user: User,
  conversationId: string,
  replyToId: string,
  verb: string,
  data: Record<string, unknown>,
): Promise<unknown> {
  const body = (await post(
    activity(user, conversationId, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    }),
  )) as { statusCode: number; type: string; value: unknown };
  expect(body.statusCode).toBe(200);
  if (body.type === 'application/vnd.microsoft.card.adaptive')
    expect(validateAdaptiveCard(body.value)).toEqual([]);
  return body.value;
}

describe('pathway card -> coordination form -> thread, with the pathway template', () => {
  it('carries the involve roles into the form and starts the thread with the first tasks', async () => {
    const answer = await say(
      TEACHER,
      'a:group-da',
      'forløb eleven i 3. klasse har svært ved at læse og kan ikke følge med i matematik',
    );
    expect(validateAdaptiveCard(answer)).toEqual([]);
    expect(JSON.stringify(answer)).toContain('Herningmodel Skole');
    const start = actionOf(answer, COORDINATION_VERBS.prefill);
    const carried = (start.data.prefill as { roles: string }).roles.split(',');
    expect(carried).toEqual(['laerer', 'skoleleder', 'ppr-psykolog', 'raadgiver']);

    const form = (await click(TEACHER, 'a:group-da', 'answer-1', start.verb, start.data)) as Record<
      string,
      unknown
    >;
    const preset = inputValues(form);
    expect([preset.p1Role, preset.p2Role, preset.p3Role, preset.p4Role]).toEqual(carried);
    expect(preset.pathway).toBe('skole');
    expect(JSON.stringify(form)).toContain(da.coordination.form.suggestedRolesHint);
    const skole = templates.templateFor('skole');
    for (const task of skole.firstTasks) expect(JSON.stringify(form)).toContain(task.title.da);

    const submit = actionOf(form, COORDINATION_VERBS.create);
    const card = await click(TEACHER, 'a:group-da', 'form-1', submit.verb, {
      ...preset,
      ...submit.data,
      ownerRole: 'laerer',
      p3User: PPR.aadObjectId,
    });
    expect(JSON.stringify(card)).toContain(da.coordination.card.viewNotes.owner);
    const caseRef = submit.data.caseRef as string;
    const thread = await service.getThread(caseRef);
    // The suggestions nobody was chosen for are left out; PPR was chosen.
    expect(thread?.participants.map((p) => p.roleId)).toEqual(['laerer', 'ppr-psykolog']);
    // Each task goes to whoever has its role; a role nobody has leaves it with the lead.
    const holders: Record<string, string> = { 'ppr-psykolog': PPR.aadObjectId };
    expect(thread?.tasks.map((t) => [t.title, t.ownerId])).toEqual(
      skole.firstTasks.map((task) => [task.title.da, holders[task.ownerRole] ?? TEACHER.aadObjectId]),
    );
    expect(thread?.tasks.map((t) => t.due)).toEqual(
      skole.firstTasks.map((task) =>
        new Date(Date.UTC(2026, 10, 29 + task.dueDays)).toISOString().slice(0, 10),
      ),
    );
    for (const task of skole.firstTasks) expect(JSON.stringify(card)).toContain(task.title.da);
  });

  it('in English: the form, the thread card and the shared card follow the creator; a Danish participant gets Danish', async () => {
    const answer = await say(
      ENGLISH_TEACHER,
      'a:group-en',
      'pathway the boy is 4 years old in kindergarten and talks very little, he plays alone',
    );
    const start = actionOf(answer, COORDINATION_VERBS.prefill);
    expect(start.data.prefill).toMatchObject({ pathway: 'dagtilbud', lang: 'en' });
    const form = (await click(ENGLISH_TEACHER, 'a:group-en', 'answer-2', start.verb, start.data)) as Record<
      string,
      unknown
    >;
    const formText = JSON.stringify(form);
    expect(formText).toContain(en.coordination.form.title);
    expect(formText).toContain(en.coordination.form.useFirstTasks);
    expect(formText).toContain('Daycare leader');
    expect(formText).not.toContain(da.coordination.form.submit);
    const preset = inputValues(form);
    const submit = actionOf(form, COORDINATION_VERBS.create);
    const before = connector.calls.length;
    const card = await click(ENGLISH_TEACHER, 'a:group-en', 'form-2', submit.verb, {
      ...preset,
      ...submit.data,
      ownerRole: 'paedagog',
      p2User: PPR.aadObjectId,
    });
    const cardText = JSON.stringify(card);
    expect(cardText).toContain(en.coordination.card.viewNotes.owner);
    expect(cardText).toContain('Herningmodel Daycare');
    expect(cardText).toContain(templates.templateFor('dagtilbud').firstTasks[0].title.en);
    expect(cardText).not.toContain(da.coordination.card.viewNotes.owner);

    // The shared card on the form's message is in the creator's language, for everyone.
    const update = connector.calls.slice(before).find((c) => c.method === 'PUT');
    expect(update?.path).toContain('/activities/form-2');
    const sharedText = JSON.stringify(update?.body);
    expect(sharedText).toContain(en.coordination.shared.privacyNote);
    expect(sharedText).not.toContain(da.coordination.shared.privacyNote);

    // A participant with Danish Teams sees their own view in Danish, and the task titles as written.
    const caseRef = submit.data.caseRef as string;
    const own = JSON.stringify(
      await click(PPR, 'a:group-en', 'form-2', COORDINATION_VERBS.accept, { threadId: caseRef, version: 1 }),
    );
    expect(own).toContain(da.coordination.card.viewNotes.participant);
    expect(own).toContain(templates.templateFor('dagtilbud').firstTasks[0].title.en);
    expect((await service.getThread(caseRef))?.language).toBe('en');
  });
});
