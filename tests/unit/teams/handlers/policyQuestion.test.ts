/**
 * The policy Q&A in Teams, driven over HTTP through the real router and server (the Teams harness)
 * with the REAL policy Q&A service over tests/fixtures/policyQaTeams/knowledge and the in-memory
 * Storage. Checks the single reply, its citation entities, feedback buttons, abstention, the CPR
 * reminder, input checks, the feedback routes and the message extension search.
 */
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadLexicalResources } from '@src/infrastructure/knowledge/lexicalResources';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { createFeedbackService, type FeedbackService } from '@src/services/feedback/feedbackService';
import type { PolicyQaService } from '@src/services/policyQa/types';
import type { Capability } from '@src/teams/capability';
import {
  POLICY_CARD_VERBS,
  POLICY_FEEDBACK_HELPFUL_VERB,
  POLICY_FEEDBACK_NOT_HELPFUL_VERB,
  verbsInTemplates,
} from '@src/teams/cards/policy/policyCards';
import {
  createPolicyQuestionCapability,
  SEARCH_POLICY_COMMAND_ID,
  type FallbackFeedbackCard,
} from '@src/teams/handlers/policyQuestion';
import { textsFor, type Language } from '@src/teams/texts';
import { da } from '@src/teams/texts/da';
import { en } from '@src/teams/texts/en';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import { fakeTurn } from '@tests/helpers/fakes';
import { startTeamsHarness, type TeamsHarness } from '@tests/helpers/teamsHarness';
import {
  createFixturePolicyQaService,
  createRecordingLogger,
  type RecordingLogger,
} from '@tests/fixtures/policyQaTeams/fixtureService';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const MAX_QUESTION_LENGTH = 500;
const CPR = '010190-1234';

type ConversationType = 'personal' | 'groupChat' | 'channel';

interface Harness {
  readonly capability: Capability;
  readonly storage: MemoryStorage;
  readonly feedback: FeedbackService;
  readonly logger: RecordingLogger;
  readonly asked: string[];
  turn(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  say(
    text: string,
    options?: { conversationType?: ConversationType; channelId?: string; language?: Language },
  ): Promise<Partial<Activity>[]>;
}

function countingService(service: PolicyQaService, asked: string[]): PolicyQaService {
  return {
    ...service,
    ask: async (question) => {
      asked.push(question);
      return service.ask(question);
    },
    searchPassages: (query, limit) => service.searchPassages(query, limit),
    findPassages: (query, limit) => service.findPassages(query, limit),
    get stats() {
      return service.stats;
    },
  };
}

function conversation(type: ConversationType) {
  return {
    id: `conv-${type}`,
    conversationType: type,
    isGroup: type !== 'personal',
    tenantId: 'tenant-1',
    name: '',
  };
}

const running: TeamsHarness[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.close()));
});

/** The capability in the real router over HTTP (the Teams harness); the language is the one `say` names. */
async function createHarness(
  options: {
    service?: PolicyQaService;
    fallbackFeedbackCard?: FallbackFeedbackCard;
    storage?: MemoryStorage;
    delivery?: 'connector' | 'expectReplies';
  } = {},
): Promise<Harness> {
  const storage = options.storage ?? new MemoryStorage();
  const logger = createRecordingLogger();
  const asked: string[] = [];
  const service = countingService(options.service ?? createFixturePolicyQaService(), asked);
  const feedback = createFeedbackService({ storage, clock: { now: () => new Date() } });
  const capability: Capability = createPolicyQuestionCapability({
    cardTemplates: createCardTemplates(),
    policyQa: service,
    feedback,
    texts: textsFor,
    logger,
    maxQuestionLength: MAX_QUESTION_LENGTH,
    ...(options.fallbackFeedbackCard ? { fallbackFeedbackCard: options.fallbackFeedbackCard } : {}),
  });
  const languageByText = new Map<string, Language>();
  const teams = await startTeamsHarness(
    {
      logger,
      capabilities: { policyQuestion: capability },
      // The capability's own length check is under test, not the router's.
      maxMessageLength: 100_000,
      detectLanguage: (text) => languageByText.get(text) ?? 'da',
    },
    // The reply as the bot built it, citation entities included (see the harness on the connector).
    { delivery: options.delivery ?? 'expectReplies' },
  );
  running.push(teams);

  return {
    capability,
    storage,
    feedback,
    logger,
    asked,
    turn: (activity) => teams.turn(activity),
    say(text, sayOptions = {}) {
      languageByText.set(text.trim(), sayOptions.language ?? 'da');
      return teams.turn({
        type: 'message',
        text,
        channelId: sayOptions.channelId ?? 'msteams',
        conversation: conversation(sayOptions.conversationType ?? 'personal'),
        from: { id: '29:user-1', name: 'Testbruger Hansen' },
      });
    },
  };
}

function onlyMessage<T extends { type?: string }>(replies: T[]): T {
  const messages = replies.filter((a) => a.type === 'message');
  expect(messages).toHaveLength(1);
  return messages[0];
}

interface Claim {
  '@type': string;
  position: number;
  appearance: { '@type': string; name: string; abstract: string; url?: string; keywords?: string[] };
}

function messageEntity(activity: Partial<Activity>): {
  citation?: Claim[];
  additionalType?: string[];
  type: string;
} {
  const entities = (activity.entities ?? []) as unknown as {
    type: string;
    citation?: Claim[];
    additionalType?: string[];
  }[];
  const messageEntities = entities.filter((e) => e.type === 'https://schema.org/Message');
  expect(messageEntities).toHaveLength(1);
  return messageEntities[0];
}

describe('policy question in Teams', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });

  it("the citation entities reach Teams through the Bot Connector, not only the bot's own reply", async () => {
    const connector = await createHarness({ delivery: 'connector' });
    const reply = onlyMessage(await connector.say('Hvilke temaer har børne- og ungepolitikken?'));
    const entity = messageEntity(reply);
    expect(entity.citation!.length).toBeGreaterThanOrEqual(1);
    expect(entity.citation![0]['@type']).toBe('Claim');
    expect(entity.citation![0].appearance.name).toBe('Børne- og Ungepolitikken');
    expect((entity as unknown as Record<string, unknown>)['@type']).toBe('Message');
  });

  it('answers in ONE message with quoted text, [n] markers, citation entities and feedback buttons', async () => {
    const reply = onlyMessage(await harness.say('Hvilke temaer har børne- og ungepolitikken?'));
    expect(reply.text).toContain(da.policy.answer.intro);
    expect(reply.text).toContain(
      'De fire temaer er Dannelse, Leg og læring, Forældre og netværk samt Vores fælles børn og unge.',
    );
    expect(reply.text).toMatch(/\[1\]/);
    expect(reply.channelData).toEqual({ feedbackLoopEnabled: true });

    const entity = messageEntity(reply);
    expect(entity.additionalType).toBeUndefined(); // extractive, not AI-generated
    expect(entity.citation!.length).toBeGreaterThanOrEqual(1);
    const first = entity.citation![0];
    expect(first['@type']).toBe('Claim');
    expect(first.position).toBe(1);
    expect(first.appearance['@type']).toBe('DigitalDocument');
    expect(first.appearance.name).toBe('Børne- og Ungepolitikken');
    expect(first.appearance.url).toBe('https://example.org/herning/boerne-og-ungepolitik');
    expect(first.appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(first.appearance.abstract).toContain('Børne- og Ungepolitikken fra 2018');
    expect(first.appearance.keywords).toEqual(['Politikkens temaer']);
    // Every marker in the text has a claim, and every claim a marker.
    const markers = [...reply.text!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(new Set(markers)).toEqual(new Set(entity.citation!.map((c) => c.position)));
    // Teams' own buttons are used in Teams: no fallback card.
    expect(reply.attachments ?? []).toHaveLength(0);
  });

  it('quotes a published update with HTML, scripts and non-https links removed', async () => {
    const service = createFixturePolicyQaService();
    service.upsertUpdate({
      id: 'hostile',
      title: 'Cykelhjelm <b>på</b> skoleture',
      bodyMarkdown:
        'Alle elever skal bære cykelhjelm på skoleture <script>alert(1)</script>hele året. ' +
        'Læs [reglerne](javascript:alert(1)) og <a href="http://evil.example">mere her</a>. ' +
        'Skemaet ligger på [intranettet](https://www.herning.dk/skema).',
      authorRole: 'Skoleleder',
      publishedAt: '2026-11-01T10:00:00.000Z',
      tags: [],
      link: 'http://evil.example/',
    });
    const reply = onlyMessage(
      await (await createHarness({ service })).say('skal eleverne bære cykelhjelm på skoleture?'),
    );
    const everything = JSON.stringify(reply);
    expect(reply.text).toContain('cykelhjelm');
    for (const forbidden of ['<script', 'alert(1)', 'javascript:', '<a ', '<b>', 'http://evil']) {
      expect(everything).not.toContain(forbidden);
    }
  });

  it('offers follow-ups as suggested actions in personal chat and as a text line in group chats', async () => {
    const personal = onlyMessage(await harness.say('Hvad er Herningmodel Social?'));
    const actions = personal.suggestedActions?.actions ?? [];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.length).toBeLessThanOrEqual(3);
    for (const action of actions) {
      expect(action.type).toBe('imBack');
      expect(typeof action.value).toBe('string');
    }
    expect(personal.text).not.toContain('Du kan også spørge om');

    const group = onlyMessage(
      await harness.say('Hvad er Herningmodel Social?', { conversationType: 'groupChat' }),
    );
    expect(group.suggestedActions).toBeUndefined();
    expect(group.text).toMatch(/Du kan også spørge om: .*Herningmodel Skole/);
  });

  it('says plainly that the documents do not answer, lists the closest topics, and cites nothing', async () => {
    const reply = onlyMessage(
      await harness.say('Hvad siger politikken om lektiehjælp i SFO?', { conversationType: 'channel' }),
    );
    expect(reply.text).toContain(da.policy.noAnswer.noMatch);
    expect(reply.text).toContain(da.policy.noAnswer.closestTopics);
    // Teams collapses single line breaks, so lines are joined with <br> there.
    expect(reply.text).toContain('<br>- Politikkens temaer');
    expect(reply.text).not.toContain('\n');
    expect(reply.text).not.toMatch(/\[\d+\]/);
    expect(reply.entities ?? []).toHaveLength(0);
    expect(reply.channelData).toEqual({ feedbackLoopEnabled: true });
  });

  it('abstains on out-of-scope questions', async () => {
    const reply = onlyMessage(await harness.say('Hvornår er der sommerferie?'));
    expect(reply.text).toContain(da.policy.noAnswer.outOfScope);
    expect(reply.text).not.toMatch(/\[\d+\]/);
  });

  it("points to who would know, by topic and in the user's language", async () => {
    const pay = onlyMessage(await harness.say('Hvornår får jeg løn?'));
    expect(pay.text).toContain(da.policy.noAnswer.outOfScope);
    expect(pay.text).toContain(da.policy.noAnswer.pointers.pay);
    const general = onlyMessage(await harness.say('Hvornår er der sommerferie?'));
    expect(general.text).toContain(da.policy.noAnswer.pointers.general);
    const other = onlyMessage(
      await harness.say('What does Aarhus say about the themes of the policy?', { language: 'en' }),
    );
    expect(other.text).toContain(en.policy.noAnswer.pointers.otherMunicipality);
    expect(other.text).not.toContain(da.policy.noAnswer.pointers.otherMunicipality);
  });

  it('has a pointer in every language for every out-of-scope topic of the shipped config', () => {
    const topics = Object.keys(
      loadLexicalResources(join(__dirname, '../../../../config')).outOfScopeTopics ?? {},
    );
    expect(topics.length).toBeGreaterThan(5);
    for (const topic of topics) {
      expect(da.policy.noAnswer.pointers[topic]).toEqual(expect.any(String));
      expect(en.policy.noAnswer.pointers[topic]).toEqual(expect.any(String));
    }
  });

  it('answers a question holding a CPR number, reminds the user, and never echoes or logs the number', async () => {
    const reply = onlyMessage(await harness.say(`Hvad er indsatstrappen? Det gælder ${CPR}`));
    expect(reply.text).toContain('Indsatstrappen har seks trin.');
    expect(reply.text).toContain(da.policy.cprReminder);
    const everything = JSON.stringify(reply);
    expect(everything).not.toContain('010190');
    expect(everything).not.toContain('1234');
    expect(harness.asked.join(' ')).not.toContain('010190');
    expect(harness.logger.dump()).not.toContain('010190');
    expect(harness.logger.dump()).not.toContain('indsatstrappen');
    // Source that is a path, not a URL: no url on the claim.
    expect(messageEntity(reply).citation![0].appearance.url).toBeUndefined();
  });

  it('frames an English question in English and quotes the Danish source', async () => {
    const reply = onlyMessage(
      await harness.say('What are the themes of the children and youth policy?', { language: 'en' }),
    );
    expect(reply.text).toContain(en.policy.answer.intro);
    expect(reply.text).toContain('De fire temaer er Dannelse');
    expect(messageEntity(reply).citation![0].appearance.name).toBe('Børne- og Ungepolitikken');
  });

  it('answers an empty message with a friendly Danish message and does not search', async () => {
    // The router answers a message with no text itself, so the capability's own check is driven directly.
    const turn = fakeTurn({ text: '   ' });
    await harness.capability.onMessage(turn, {
      text: '',
      argument: '',
      language: 'da',
      logger: harness.logger,
    });
    const reply = onlyMessage(turn.sent);
    expect(reply.text).toBe(da.policy.input.empty);
    expect(harness.asked).toHaveLength(0);
  });

  it.each([
    ['only emoji', '🙂🙂👍', da.policy.input.noWords],
    ['a too long question', 'spørgsmål '.repeat(100), da.policy.input.tooLong(MAX_QUESTION_LENGTH)],
  ])('answers %s with a friendly Danish message and does not search', async (_label, text, expected) => {
    const reply = onlyMessage(await harness.say(text));
    expect(reply.text).toBe(expected);
    expect(harness.asked).toHaveLength(0);
  });

  it('reminds about CPR even when a too long message is refused', async () => {
    const reply = onlyMessage(await harness.say(`${'tekst '.repeat(100)} ${CPR}`));
    expect(reply.text).toContain(da.policy.input.tooLong(MAX_QUESTION_LENGTH));
    expect(reply.text).toContain(da.policy.cprReminder);
    expect(reply.text).not.toContain('010190');
  });

  it('answers with a Danish apology when the service fails', async () => {
    const failing = createFixturePolicyQaService();
    const broken: PolicyQaService = {
      ...failing,
      ask: async () => Promise.reject(new Error('index broken')),
    };
    const h = await createHarness({ service: broken });
    const reply = onlyMessage(await h.say('Hvad er Herningmodel Social?'));
    expect(reply.text).toBe(da.policy.failure);
    expect(h.logger.records.some((r) => r.level === 'error' && r.message === 'policy question failed')).toBe(
      true,
    );
  });
});

describe('feedback', () => {
  it('stores thumbs down with a CPR-redacted comment, the message id and conversation type, never the user', async () => {
    const harness = await createHarness();
    const replies = await harness.turn({
      type: 'invoke',
      name: 'message/submitAction',
      channelId: 'msteams',
      replyToId: 'answer-msg-7',
      conversation: conversation('channel'),
      from: { id: '29:user-1', name: 'Testbruger Hansen', aadObjectId: 'aad-1' },
      value: {
        actionName: 'feedback',
        actionValue: {
          reaction: 'dislike',
          feedback: JSON.stringify({ feedbackText: `Mangler svar om barn ${CPR}` }),
        },
      },
    });
    const invokeResponse = replies.find((a) => a.type === 'invokeResponse');
    expect((invokeResponse?.value as { status: number }).status).toBe(200);

    const stored = await harness.feedback.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      reaction: 'dislike',
      comment: 'Mangler svar om barn [CPR fjernet]',
      replyToId: 'answer-msg-7',
      conversationType: 'channel',
      channel: 'feedbackLoop',
    });
    const raw = JSON.stringify(await harness.storage.documents.list('feedback'));
    expect(raw).not.toContain('Hansen');
    expect(raw).not.toContain('29:user-1');
    expect(raw).not.toContain('aad-1');
    expect(raw).not.toContain('010190');
    expect(harness.logger.dump()).not.toContain('Mangler');
  });

  it('stores thumbs up without a comment', async () => {
    const harness = await createHarness();
    await harness.turn({
      type: 'invoke',
      name: 'message/submitAction',
      channelId: 'msteams',
      replyToId: 'answer-msg-8',
      conversation: conversation('personal'),
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '' } },
    });
    const stored = await harness.feedback.list();
    expect(stored).toHaveLength(1);
    expect(stored[0].reaction).toBe('like');
    expect(stored[0].comment).toBeUndefined();
    expect(stored[0].conversationType).toBe('personal');
  });

  it('still acknowledges the feedback invoke when storage is down, and logs a warning', async () => {
    const storage = new MemoryStorage();
    const harness = await createHarness({ storage });
    storage.setAvailable(false);
    const replies = await harness.turn({
      type: 'invoke',
      name: 'message/submitAction',
      channelId: 'msteams',
      replyToId: 'answer-msg-9',
      conversation: conversation('personal'),
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: 'fint' } },
    });
    expect((replies.find((a) => a.type === 'invokeResponse')?.value as { status: number }).status).toBe(200);
    expect(
      harness.logger.records.some((r) => r.level === 'warn' && r.message === 'policy feedback not stored'),
    ).toBe(true);
    storage.setAvailable(true);
    expect(await harness.feedback.list()).toHaveLength(0);
  });

  it('attaches the fallback "Var svaret nyttigt?" card outside Teams, and its verbs store feedback', async () => {
    const harness = await createHarness();
    const reply = onlyMessage(await harness.say('Hvad er Herningmodel Social?', { channelId: 'webchat' }));
    expect(reply.attachments).toHaveLength(1);
    expect(reply.text).toContain(`${da.policy.answer.intro}\n\n`);
    const card = reply.attachments![0].content as Record<string, unknown>;
    expect(reply.attachments![0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(da.policy.feedback.cardTitle);

    const invoke = (verb: string, data: Record<string, unknown>) =>
      harness.turn({
        type: 'invoke',
        name: 'adaptiveCard/action',
        channelId: 'webchat',
        replyToId: 'answer-msg-10',
        conversation: conversation('personal'),
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      });
    const replies = await invoke(POLICY_FEEDBACK_NOT_HELPFUL_VERB, {
      feedbackVersion: 1,
      comment: `Forkert, se ${CPR}`,
    });
    const response = replies.find((a) => a.type === 'invokeResponse')?.value as {
      status: number;
      body: { statusCode: number; type: string; value: Record<string, unknown> };
    };
    expect(response.status).toBe(200);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateAdaptiveCard(response.body.value)).toEqual([]);
    expect(JSON.stringify(response.body.value)).toContain(da.policy.feedback.thanks);

    await invoke(POLICY_FEEDBACK_HELPFUL_VERB, { feedbackVersion: 1 });
    const stored = await harness.feedback.list();
    expect(stored.map((e) => e.reaction).sort()).toEqual(['dislike', 'like']);
    const dislike = stored.find((e) => e.reaction === 'dislike')!;
    expect(dislike).toMatchObject({
      channel: 'card',
      comment: 'Forkert, se [CPR fjernet]',
      replyToId: 'answer-msg-10',
    });
  });

  it('has a handler for every Action.Execute verb in the templates', async () => {
    expect(verbsInTemplates().sort()).toEqual([...POLICY_CARD_VERBS].sort());
    const harness = await createHarness();
    for (const verb of verbsInTemplates()) {
      const replies = await harness.turn({
        type: 'invoke',
        name: 'adaptiveCard/action',
        channelId: 'msteams',
        conversation: conversation('personal'),
        value: { action: { type: 'Action.Execute', verb, data: {} }, trigger: 'manual' },
      });
      const response = replies.find((a) => a.type === 'invokeResponse')?.value as { status: number };
      expect(response.status).toBe(200);
    }
  });

  it('never attaches the fallback card when configured "never", always when "always"', async () => {
    const never = await createHarness({ fallbackFeedbackCard: 'never' });
    expect(
      onlyMessage(await never.say('Hvad er Herningmodel Social?', { channelId: 'webchat' })).attachments ??
        [],
    ).toHaveLength(0);
    const always = await createHarness({ fallbackFeedbackCard: 'always' });
    expect(onlyMessage(await always.say('Hvad er Herningmodel Social?')).attachments).toHaveLength(1);
  });
});

describe('message extension search', () => {
  interface ComposeExtensionResponse {
    status: number;
    body: {
      composeExtension: {
        type: string;
        attachmentLayout?: string;
        text?: string;
        attachments?: {
          contentType: string;
          content: Record<string, unknown>;
          preview: { contentType: string; content: Record<string, unknown> };
        }[];
      };
    };
  }

  async function search(harness: Harness, query: string): Promise<ComposeExtensionResponse> {
    const replies = await harness.turn({
      type: 'invoke',
      name: 'composeExtension/query',
      channelId: 'msteams',
      conversation: conversation('groupChat'),
      value: {
        commandId: SEARCH_POLICY_COMMAND_ID,
        parameters: [{ name: 'query', value: query }],
        queryOptions: { skip: 0, count: 25 },
      },
    });
    const response = replies.find((a) => a.type === 'invokeResponse');
    expect(response).toBeDefined();
    return response!.value as ComposeExtensionResponse;
  }

  it('returns passages as a list of cards citing title, section, quote and source', async () => {
    const harness = await createHarness();
    const response = await search(harness, 'Herningmodel');
    expect(response.status).toBe(200);
    const result = response.body.composeExtension;
    expect(result.type).toBe('result');
    expect(result.attachmentLayout).toBe('list');
    expect(result.attachments!.length).toBeGreaterThan(0);
    expect(result.attachments!.length).toBeLessThanOrEqual(10);
    for (const attachment of result.attachments!) {
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(validateAdaptiveCard(attachment.content)).toEqual([]);
      expect(attachment.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    }
    const social = result.attachments!.find((a) =>
      JSON.stringify(a.content).includes('Herningmodel Social er for børn'),
    );
    expect(social).toBeDefined();
    const cardText = JSON.stringify(social!.content);
    expect(cardText).toContain('Herningmodellen Børn og Unge');
    expect(cardText).toContain('Herningmodellen Børn og Unge > Herningmodel Social');
    const actions = social!.content.actions as { type: string; url: string }[];
    expect(actions).toEqual([
      expect.objectContaining({ type: 'Action.OpenUrl', url: 'https://example.org/herning/herningmodellen' }),
    ]);
    expect(social!.preview.content).toMatchObject({
      title: 'Herningmodellen Børn og Unge',
      subtitle: 'Herningmodellen Børn og Unge > Herningmodel Social',
    });
  });

  it('shows a path source as text instead of a link', async () => {
    const harness = await createHarness();
    const result = (await search(harness, 'indsatstrappen')).body.composeExtension;
    const card = result.attachments![0].content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Kilde: knowledge/indsatstrappen.md');
    expect(card.actions ?? []).toEqual([]);
  });

  it('offers the top sections for an empty query, and for a query that was only a CPR number', async () => {
    const harness = await createHarness();
    for (const query of ['', CPR]) {
      const response = await search(harness, query);
      const result = response.body.composeExtension;
      expect(result.type).toBe('result');
      expect(result.attachments!.length).toBeGreaterThan(2);
      expect(result.attachments!.length).toBeLessThanOrEqual(10);
      expect(JSON.stringify(response)).not.toContain('010190');
    }
  });

  it('says so when nothing matches', async () => {
    const harness = await createHarness();
    const result = (await search(harness, 'madpakker')).body.composeExtension;
    expect(result).toEqual({ type: 'message', text: da.policy.search.noResults });
  });
});
