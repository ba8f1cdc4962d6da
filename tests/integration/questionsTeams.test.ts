/**
 * "Spørg en fagperson" end to end over HTTP with the Teams harness: the real restify server,
 * CloudAdapter (anonymous local mode), the teams-ai router, the policy Q&A over the fixture
 * documents, the question service on memory storage and the real BotConnectorMessenger talking to
 * the harness's local Bot Connector.
 *
 * An unanswered question in 1:1 is passed on, arrives as a ticket card in the owners' channel with
 * the asker's role (never the name), is answered by a knowledge owner, reaches the asker 1:1, and
 * the next person asking a similar question gets the answer cited. Every refusal is checked to
 * change nothing.
 */
import { createKnowledgeOwnerDirectory } from '@src/domain/questions/knowledgeOwners';
import { createRoleDirectory } from '@src/domain/threads/roles';
import { createDocumentQuestionStore } from '@src/infrastructure/storage/questions/documentQuestionStore';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { createFeedbackService } from '@src/services/feedback/feedbackService';
import { createQuestionService, type QuestionService } from '@src/services/questions/questionService';
import { createBotAdapter } from '@src/teams/adapter';
import { createQuestionMessageRenderer } from '@src/teams/cards/questions/questionCards';
import { QUESTION_VERBS } from '@src/teams/cards/questions/verbs';
import { createPolicyQuestionCapability } from '@src/teams/handlers/policyQuestion';
import { createQuestionsCapability } from '@src/teams/handlers/questions';
import { createBotConnectorMessenger } from '@src/teams/outbound/botConnectorMessenger';
import { textsFor } from '@src/teams/texts';
import { da } from '@src/teams/texts/da';
import { en } from '@src/teams/texts/en';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import type { ConnectorServer, ReceivedCall } from '@tests/helpers/connectorServer';
import { startTeamsHarness, type HarnessAppDeps, type TeamsHarness } from '@tests/helpers/teamsHarness';
import {
  createFixturePolicyQaService,
  createRecordingLogger,
} from '@tests/fixtures/policyQaTeams/fixtureService';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const TENANT = 'tenant-1';
const OWNERS_CHANNEL = '19:videnansvarlige@thread.tacv2';
const OWNER_OID = '00000000-0000-4000-8000-0000000000a1';

interface User {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}
const ASKER: User = {
  id: '29:asker',
  aadObjectId: '00000000-0000-4000-8000-00000000c001',
  name: 'Karen Lærer',
};
const NEXT_ASKER: User = {
  id: '29:next',
  aadObjectId: '00000000-0000-4000-8000-00000000c002',
  name: 'Bo Pædagog',
};
const OWNER: User = { id: '29:owner', aadObjectId: OWNER_OID, name: 'Lea Leder' };
const STRANGER: User = {
  id: '29:stranger',
  aadObjectId: '00000000-0000-4000-8000-00000000c003',
  name: 'Ole Anden',
};

const UNANSWERED = 'Hvordan bestiller jeg en tolk til en forældresamtale?';
const SIMILAR = 'hvordan bestiller man tolk til forældresamtalen';
const ANSWER = 'Tolk bestilles hos Tolkeservice på intranettet senest fem hverdage før forældresamtalen.';

let connector: ConnectorServer;
let teams: TeamsHarness;
let service: QuestionService;
const logger = createRecordingLogger();
let sequence = 0;

/** The router's dependencies: the policy Q&A and "Spørg en fagperson" over the local connector. */
function appDeps(): HarnessAppDeps {
  const storage = new MemoryStorage();
  const bot = createBotAdapter(undefined);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  const policyQa = createFixturePolicyQaService({ logger });
  const feedback = createFeedbackService({ storage, clock: { now: () => new Date() } });
  const roles = createRoleDirectory({
    roles: [
      { id: 'laerer', name: 'Lærer' },
      { id: 'paedagog', name: 'Pædagog' },
    ],
    admins: [],
  });
  service = createQuestionService({
    store: createDocumentQuestionStore(storage),
    messenger,
    owners: createKnowledgeOwnerDirectory({ knowledgeOwners: [{ id: OWNER_OID, role: 'skoleleder' }] }),
    askerRoles: roles,
    channel: { serviceUrl: connector.serviceUrl, channelId: OWNERS_CHANNEL, tenantId: TENANT },
    renderer: createQuestionMessageRenderer(cardTemplates, textsFor),
    knowledgeSink: policyQa,
    feedback,
    clock: { now: () => new Date() },
    logger,
  });
  const questions = createQuestionsCapability({
    cardTemplates: createCardTemplates(),
    service,
    roles,
    texts: textsFor,
    logger,
    resolveUpn: async () => undefined,
  });
  const policyQuestion = createPolicyQuestionCapability({
    cardTemplates: createCardTemplates(),
    policyQa,
    feedback,
    texts: textsFor,
    logger,
    maxQuestionLength: 2000,
    onUnanswered: questions.onUnanswered,
    onDisliked: questions.onDisliked,
  });
  return { logger, capabilities: { policyQuestion, questions }, maxMessageLength: 2000, texts: textsFor };
}

beforeAll(async () => {
  teams = await startTeamsHarness((local) => {
    connector = local;
    return appDeps();
  });
});

afterAll(async () => {
  await teams?.close();
});

type Place = 'personal' | 'channel';

function conversationOf(user: User, place: Place) {
  return place === 'personal'
    ? { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: TENANT }
    : { id: `${OWNERS_CHANNEL};messageid=1`, conversationType: 'channel', isGroup: true, tenantId: TENANT };
}

function baseActivity(user: User, place: Place, locale: string) {
  sequence++;
  return {
    id: `activity-${sequence}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:bot', name: 'Børn og Unge' },
    conversation: conversationOf(user, place),
    channelData: {
      tenant: { id: TENANT },
      ...(place === 'channel' ? { channel: { id: OWNERS_CHANNEL } } : {}),
    },
    locale,
  };
}

async function postActivity(body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(teams.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

interface Reply {
  readonly text?: string;
  readonly attachments?: { contentType: string; content: Record<string, unknown> }[];
  readonly entities?: { citation?: { appearance: { name: string; abstract: string } }[] }[];
}

/** A message as Teams sends it, with expectReplies so the bot's replies come back in the response. */
async function say(user: User, text: string, place: Place = 'personal', locale = 'da-DK'): Promise<Reply[]> {
  const response = await postActivity({
    ...baseActivity(user, place, locale),
    type: 'message',
    text,
    textFormat: 'plain',
    deliveryMode: 'expectReplies',
  });
  expect(response.status).toBe(200);
  return ((response.body as { activities?: Reply[] }).activities ?? []).filter(
    (a) => a.text || a.attachments,
  );
}

interface InvokeBody {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

async function click(
  user: User,
  verb: string,
  data: Record<string, unknown>,
  place: Place = 'personal',
  locale = 'da-DK',
): Promise<InvokeBody> {
  const response = await postActivity({
    ...baseActivity(user, place, locale),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
  expect(response.status).toBe(200);
  return response.body as InvokeBody;
}

function escalateOffer(replies: Reply[]): Record<string, unknown> {
  const card = replies
    .flatMap((r) => r.attachments ?? [])
    .map((a) => a.content)
    .find((c) => JSON.stringify(c).includes(QUESTION_VERBS.escalate));
  if (!card) throw new Error('no escalate card in the reply');
  return card;
}

function questionIdOf(card: Record<string, unknown>): string {
  const action = (card.actions as { verb: string; data: { questionId: string } }[]).find(
    (a) => a.verb === QUESTION_VERBS.escalate,
  );
  return action!.data.questionId;
}

/** New channel threads the bot started in the owners' channel (the ticket cards). */
function ticketPosts(): Record<string, unknown>[] {
  return connector.calls
    .filter((c) => c.method === 'POST' && /\/v3\/conversations\/?$/.test(c.path))
    .map((c) => c.body as { channelData?: { channel?: { id?: string } }; activity?: Record<string, unknown> })
    .filter((b) => b.channelData?.channel?.id === OWNERS_CHANNEL)
    .map((b) => b.activity ?? {});
}

function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
  const attachments = activity.attachments as { content: Record<string, unknown> }[] | undefined;
  return attachments?.[0]?.content ?? {};
}

function ticketUpdates(calls: readonly ReceivedCall[]): Record<string, unknown>[] {
  return calls.filter((c) => c.method === 'PUT').map((c) => cardOf(c.body ?? {}));
}

function postsTo(conversationId: string): Record<string, unknown>[] {
  return connector.calls
    .filter(
      (c) =>
        c.method === 'POST' &&
        decodeURIComponent(c.path).startsWith(`/v3/conversations/${conversationId}/activities`),
    )
    .map((c) => c.body ?? {});
}

async function escalatedTicket(
  user: User,
  question: string,
): Promise<{ ticketId: string; questionId: string }> {
  const questionId = questionIdOf(escalateOffer(await say(user, question)));
  const before = ticketPosts().length;
  const result = await click(user, QUESTION_VERBS.escalate, {
    questionId,
    askerRole: 'laerer',
    confirmName: 'false',
  });
  expect(result.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(ticketPosts()).toHaveLength(before + 1);
  const ticketCard = cardOf(ticketPosts()[before]!);
  const answer = (ticketCard.actions as { verb: string; data: { ticketId: string } }[]).find(
    (a) => a.verb === QUESTION_VERBS.answer,
  );
  return { ticketId: answer!.data.ticketId, questionId };
}

describe('Spørg en fagperson over the Bot Framework protocol', () => {
  it('offers to pass an unanswered question on, with a valid card and the stable verb', async () => {
    const replies = await say(ASKER, UNANSWERED);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain(da.policy.noAnswer.noMatch.slice(0, 30));
    const card = escalateOffer(replies);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(da.questions.escalate.title);
    expect(JSON.stringify(card)).toContain('Lærer');
  });

  it('does not offer it for a question the documents answer', async () => {
    const replies = await say(ASKER, 'Hvad er Herningmodel Social?');
    expect(JSON.stringify(replies)).not.toContain(QUESTION_VERBS.escalate);
  });

  it('uses the English texts when the Teams locale and the question are English', async () => {
    const replies = await say(
      ASKER,
      'How do I book an interpreter for a parent meeting?',
      'personal',
      'en-US',
    );
    const card = escalateOffer(replies);
    expect(JSON.stringify(card)).toContain(en.questions.escalate.title);
    const questionId = questionIdOf(card);
    const refused = await click(ASKER, QUESTION_VERBS.escalate, { questionId }, 'personal', 'en-US');
    expect(refused.value).toBe(en.questions.errors.UNKNOWN_ROLE);
  });

  it('keeps the offer out of a channel and refuses escalation there', async () => {
    const replies = await say(ASKER, UNANSWERED, 'channel');
    expect(JSON.stringify(replies)).not.toContain(QUESTION_VERBS.escalate);
    const questionId = questionIdOf(escalateOffer(await say(ASKER, UNANSWERED)));
    const before = ticketPosts().length;
    const refused = await click(
      ASKER,
      QUESTION_VERBS.escalate,
      { questionId, askerRole: 'laerer' },
      'channel',
    );
    expect(refused.value).toBe(da.questions.errors.ONE_TO_ONE_ONLY);
    expect(ticketPosts()).toHaveLength(before);
  });

  it('walks a ticket from new to answered, teaches the bot, and the next asker gets it cited', async () => {
    const { ticketId, questionId } = await escalatedTicket(ASKER, UNANSWERED);
    const posted = ticketPosts().at(-1)!;
    const shared = JSON.stringify(posted);
    expect(validateAdaptiveCard(cardOf(posted))).toEqual([]);
    expect(shared).toContain('Lærer');
    expect(shared).toContain('forældresamtale');
    expect(shared).not.toContain(ASKER.name);
    expect(shared).not.toContain(ASKER.aadObjectId);
    expect(shared).toContain(QUESTION_VERBS.answer);

    // The same card clicked twice: refused, and no second ticket.
    const before = ticketPosts().length;
    const again = await click(ASKER, QUESTION_VERBS.escalate, { questionId, askerRole: 'laerer' });
    expect(again.value).toBe(da.questions.errors.ALREADY_ESCALATED);
    // The same question asked and passed on again while the first is open: refused too.
    const secondOffer = questionIdOf(escalateOffer(await say(ASKER, UNANSWERED)));
    const twice = await click(ASKER, QUESTION_VERBS.escalate, {
      questionId: secondOffer,
      askerRole: 'laerer',
    });
    expect(twice.value).toBe(da.questions.errors.ALREADY_ESCALATED);
    expect(ticketPosts()).toHaveLength(before);

    const mine = JSON.stringify(await say(ASKER, 'mine spørgsmål'));
    expect(mine).toContain('forældresamtale');
    expect(mine).toContain(da.questions.ticket.statusNames.new);

    // A non-owner and bad answers change nothing.
    const putsBefore = ticketUpdates(connector.calls).length;
    const stranger = await click(STRANGER, QUESTION_VERBS.answer, { ticketId, answer: ANSWER }, 'channel');
    expect(stranger.value).toBe(da.questions.errors.NOT_OWNER);
    const empty = await click(OWNER, QUESTION_VERBS.answer, { ticketId, answer: '   ' }, 'channel');
    expect(empty.value).toBe(da.questions.errors.EMPTY_ANSWER);
    const cpr = await click(OWNER, QUESTION_VERBS.answer, { ticketId, answer: 'Se 010203-1234.' }, 'channel');
    expect(cpr.value).toBe(da.questions.errors.CPR_IN_ANSWER);
    expect(JSON.stringify(cpr)).not.toContain('010203');
    const link = await click(
      OWNER,
      QUESTION_VERBS.answer,
      { ticketId, answer: ANSWER, link: 'http://intra.herning.dk/tolk' },
      'channel',
    );
    expect(link.value).toBe(da.questions.errors.INVALID_LINK);
    const tampered = await click(
      OWNER,
      QUESTION_VERBS.answer,
      { ticketId: '../../etc', answer: ANSWER },
      'channel',
    );
    expect(tampered.value).toBe(da.questions.invalidCard);
    expect(ticketUpdates(connector.calls)).toHaveLength(putsBefore);
    expect((await service.getTicket(ticketId)).status).toBe('new');

    const assigned = await click(OWNER, QUESTION_VERBS.assign, { ticketId }, 'channel');
    expect(assigned.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(assigned.value)).toContain('Taget · Skoleleder');
    expect(JSON.stringify(ticketUpdates(connector.calls).at(-1))).toContain('Taget · Skoleleder');

    const askerPostsBefore = postsTo(conversationOf(ASKER, 'personal').id).length;
    const answered = await click(
      OWNER,
      QUESTION_VERBS.answer,
      { ticketId, answer: ANSWER, addToKnowledge: 'true', link: 'https://www.herning.dk/tolk' },
      'channel',
    );
    expect(validateAdaptiveCard(answered.value)).toEqual([]);
    expect(JSON.stringify(answered.value)).toContain(da.questions.ticket.inKnowledge);
    const updatedShared = ticketUpdates(connector.calls).at(-1)!;
    expect(JSON.stringify(updatedShared)).toContain('Besvaret · Skoleleder');
    expect(JSON.stringify(updatedShared)).not.toContain(ASKER.name);

    const toAsker = postsTo(conversationOf(ASKER, 'personal').id).slice(askerPostsBefore);
    expect(toAsker).toHaveLength(1);
    expect(toAsker[0]!.text).toContain(ANSWER);
    expect(toAsker[0]!.text).toContain('Skoleleder');
    expect(toAsker[0]!.text).toMatch(/\d{1,2}\. \p{L}+ \d{4}/u);
    expect(toAsker[0]!.text).not.toContain(OWNER.name);

    const cited = await say(NEXT_ASKER, SIMILAR);
    expect(cited[0]!.text).toContain('Tolkeservice');
    const citations = cited[0]!.entities?.flatMap((e) => e.citation ?? []) ?? [];
    expect(citations.map((c) => c.appearance.name).join(' ')).toContain(
      'Svar fra en videnansvarlig (Skoleleder',
    );
    expect(JSON.stringify(cited)).not.toContain(QUESTION_VERBS.escalate);

    // Answering again, or after closing, is refused and changes nothing.
    const again2 = await click(OWNER, QUESTION_VERBS.answer, { ticketId, answer: 'Noget andet.' }, 'channel');
    expect(again2.value).toBe(da.questions.errors.ALREADY_ANSWERED);
    await click(OWNER, QUESTION_VERBS.close, { ticketId }, 'channel');
    expect((await service.getTicket(ticketId)).status).toBe('closed');
    const closed = await click(OWNER, QUESTION_VERBS.answer, { ticketId, answer: 'Noget andet.' }, 'channel');
    expect(closed.value).toBe(da.questions.errors.TICKET_CLOSED);
    expect((await service.getTicket(ticketId)).answer?.text).toBe(ANSWER);
    expect(JSON.stringify(await say(ASKER, 'mine spørgsmål'))).toContain(da.questions.mine.none);

    // Retracted like an update post: the next asker no longer gets it.
    const entryId = (await service.getTicket(ticketId)).answer!.knowledgeEntryId!;
    const stranger2 = await click(STRANGER, QUESTION_VERBS.retract, { ticketId, entryId }, 'channel');
    expect(stranger2.value).toBe(da.questions.errors.NOT_OWNER);
    const retracted = await click(OWNER, QUESTION_VERBS.retract, { ticketId, entryId }, 'channel');
    expect(JSON.stringify(retracted.value)).toContain(da.questions.ticket.retracted);
    const afterRetract = await say(NEXT_ASKER, SIMILAR);
    expect(afterRetract[0]!.text).not.toContain('Tolkeservice');
    expect(logger.dump()).not.toContain('Tolkeservice');
    expect(logger.dump()).not.toContain('forældresamtale');
  });

  it('offers to pass an answered question on after a thumbs-down in 1:1', async () => {
    // Without expectReplies the reply goes to the Bot Connector, which gives it an id.
    const asked = await postActivity({
      ...baseActivity(NEXT_ASKER, 'personal', 'da-DK'),
      type: 'message',
      text: 'Hvad er Herningmodel Social?',
      textFormat: 'plain',
    });
    expect(asked.status).toBe(200);
    const conversationId = conversationOf(NEXT_ASKER, 'personal').id;
    const answerIndex = connector.calls
      .map((c, index) => ({ c, index }))
      .filter(
        ({ c }) =>
          c.method === 'POST' && decodeURIComponent(c.path).includes(`/v3/conversations/${conversationId}/`),
      )
      .map(({ index }) => index)
      .at(-1)!;
    expect(answerIndex).toBeGreaterThanOrEqual(0);
    // The local connector answers with `activity-<running counter>`.
    const answerId = `activity-${answerIndex + 1}`;
    const before = postsTo(conversationId).length;
    const disliked = await postActivity({
      ...baseActivity(NEXT_ASKER, 'personal', 'da-DK'),
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answerId,
      value: {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: '{"feedbackText":""}' },
      },
    });
    expect(disliked.status).toBe(200);
    const offered = postsTo(conversationId).slice(before);
    expect(offered).toHaveLength(1);
    const card = cardOf(offered[0]!);
    expect(validateAdaptiveCard(card)).toEqual([]);
    const questionId = questionIdOf(card);
    const sent = await click(NEXT_ASKER, QUESTION_VERBS.escalate, { questionId, askerRole: 'paedagog' });
    expect(JSON.stringify(sent.value)).toContain('SP-');
    expect(JSON.stringify(ticketPosts().at(-1))).toContain('Herningmodel Social');
    // A thumbs-up offers nothing.
    const liked = await postActivity({
      ...baseActivity(NEXT_ASKER, 'personal', 'da-DK'),
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answerId,
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '' } },
    });
    expect(liked.status).toBe(200);
    expect(postsTo(conversationId).slice(before)).toHaveLength(1);
  });

  it('refuses to pass on a question that held a CPR number and never echoes the number', async () => {
    const replies = await say(
      ASKER,
      'Hvordan søger jeg støtte til en elev med cpr 010203-1234 til lejrskole?',
    );
    expect(JSON.stringify(replies)).not.toContain('010203');
    const questionId = questionIdOf(escalateOffer(replies));
    const before = ticketPosts().length;
    const refused = await click(ASKER, QUESTION_VERBS.escalate, { questionId, askerRole: 'laerer' });
    expect(refused.value).toBe(da.questions.errors.CPR_IN_QUESTION);
    expect(ticketPosts()).toHaveLength(before);
    expect(JSON.stringify(connector.calls)).not.toContain('010203');
  });

  it('warns about a full name before passing the question on, and sends it when confirmed', async () => {
    const questionId = questionIdOf(
      escalateOffer(await say(ASKER, 'Hvem hjælper med lektiecafé til drengen Peter Hansen i indskolingen?')),
    );
    const before = ticketPosts().length;
    const warned = await click(ASKER, QUESTION_VERBS.escalate, {
      questionId,
      askerRole: 'paedagog',
      confirmName: 'false',
    });
    expect(validateAdaptiveCard(warned.value)).toEqual([]);
    expect(JSON.stringify(warned.value)).toContain(da.questions.escalate.nameWarning);
    expect(ticketPosts()).toHaveLength(before);
    const sent = await click(ASKER, QUESTION_VERBS.escalate, {
      questionId,
      askerRole: 'paedagog',
      confirmName: 'true',
    });
    expect(JSON.stringify(sent.value)).toContain('SP-');
    expect(JSON.stringify(ticketPosts().at(-1))).toContain('Pædagog');
  });

  it('refuses tampered escalation data', async () => {
    const missing = await click(ASKER, QUESTION_VERBS.escalate, {
      questionId: '20261130T000000000Z-nope',
      askerRole: 'laerer',
    });
    expect(missing.value).toBe(da.questions.errors.NOT_FOUND);
    const malformed = await click(ASKER, QUESTION_VERBS.escalate, {
      questionId: { $ne: 1 },
      askerRole: 'laerer',
    });
    expect(malformed.value).toBe(da.questions.invalidCard);
    const questionId = questionIdOf(
      escalateOffer(await say(ASKER, 'Hvor finder jeg skemaet til befordring af elever?')),
    );
    const unknownRole = await click(ASKER, QUESTION_VERBS.escalate, { questionId, askerRole: 'borgmester' });
    expect(unknownRole.value).toBe(da.questions.errors.UNKNOWN_ROLE);
  });

  it('shows the review queue to knowledge owners only, grouped with counts', async () => {
    const refused = await say(STRANGER, 'spørgsmålskø');
    expect(refused[0]!.text).toBe(da.questions.errors.NOT_OWNER);
    await say(STRANGER, 'Hvor finder jeg skemaet til befordring af elever?');
    const queue = await say(OWNER, 'spørgsmålskø');
    const card = queue[0]!.attachments![0]!.content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain(da.questions.queue.title);
    expect(text).toContain('befordring');
    expect(text).toContain(da.questions.queue.count(2));
    expect(text).not.toContain('010203');
  });
});
