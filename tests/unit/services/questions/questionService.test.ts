import { createKnowledgeOwnerDirectory } from '../../../../src/domain/questions/knowledgeOwners';
import { QuestionRuleError } from '../../../../src/domain/questions/ticket';
import { createRoleDirectory } from '../../../../src/domain/threads/roles';
import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import { createDocumentQuestionStore } from '../../../../src/infrastructure/storage/questions/documentQuestionStore';
import { DeliveryError } from '../../../../src/ports/outboundMessenger';
import type { PublishedUpdateDocument } from '../../../../src/services/contracts';
import { createFeedbackService } from '../../../../src/services/feedback/feedbackService';
import {
  createQuestionService,
  KNOWLEDGE_ENTRY_PREFIX,
  type QuestionServiceDeps,
} from '../../../../src/services/questions/questionService';
import { knowledgeGapsFromQuestions } from '../../../../src/services/questions/knowledgeGaps';
import { isoWeekOf } from '../../../../src/domain/overview/counts';
import { createQuestionMessageRenderer } from '../../../../src/teams/cards/questions/questionCards';
import { textsFor } from '../../../../src/teams/texts';
import { RecordingMessenger } from '@tests/helpers/fakes';
import { silentLogger, TestClock } from '../knowledgeUpdates/helpers';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const OWNER = { aadObjectId: '00000000-0000-4000-8000-0000000000a1' };
const ASKER = { userId: 'asker-1', serviceUrl: 'https://smba.example/', conversationId: 'a:asker-1' };
const DAY = 86_400_000;

function setup(overrides: Partial<QuestionServiceDeps> = {}) {
  const storage = new MemoryStorage();
  const clock = new TestClock(Date.parse('2026-11-24T09:00:00Z'));
  const messenger = new RecordingMessenger();
  const indexed = new Map<string, PublishedUpdateDocument>();
  const feedback = createFeedbackService({ storage, clock });
  const store = createDocumentQuestionStore(storage);
  const deps: QuestionServiceDeps = {
    store,
    messenger,
    owners: createKnowledgeOwnerDirectory({
      knowledgeOwners: [{ id: OWNER.aadObjectId, role: 'ppr-leder' }],
    }),
    askerRoles: createRoleDirectory({ roles: [{ id: 'laerer', name: 'Lærer' }], admins: [] }),
    channel: { serviceUrl: 'https://smba.example/', channelId: '19:owners@thread.tacv2' },
    renderer: createQuestionMessageRenderer(cardTemplates, textsFor),
    knowledgeSink: {
      upsertUpdate: (doc) => indexed.set(doc.id, doc),
      removeUpdate: (id) => indexed.delete(id),
    },
    feedback,
    clock,
    logger: silentLogger,
    ...overrides,
  };
  return { service: createQuestionService(deps), deps, clock, messenger, indexed, feedback, store };
}

async function codeOf(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
  } catch (error) {
    if (error instanceof QuestionRuleError) return error.code;
    throw error;
  }
  return undefined;
}

describe('question service', () => {
  it('creates exactly one ticket when the same card is clicked twice at once', async () => {
    const { service, messenger } = setup();
    const pending = await service.recordUnanswered('Hvordan bestiller jeg en tolk?', 'da', false);
    const input = { pendingId: pending.id, askerRoleId: 'laerer', asker: ASKER, confirmName: false };
    const results = await Promise.allSettled([service.escalate(input), service.escalate(input)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as QuestionRuleError).code).toBe('ALREADY_ESCALATED');
    expect(messenger.posts.get('19:owners@thread.tacv2')).toBe(1);
  });

  it('refuses escalation without a questions channel and changes nothing', async () => {
    const { service, store } = setup({ channel: undefined });
    const pending = await service.recordUnanswered('Hvordan bestiller jeg en tolk?', 'da', false);
    const input = { pendingId: pending.id, askerRoleId: 'laerer', asker: ASKER, confirmName: false };
    expect(await codeOf(service.escalate(input))).toBe('NO_QUESTIONS_CHANNEL');
    expect((await store.getPending(pending.id))?.value.ticketId).toBeUndefined();
    expect(await store.listTickets()).toEqual([]);
  });

  it('stores a question with a CPR number masked, and refuses to pass it on', async () => {
    const { service, store } = setup();
    const pending = await service.recordUnanswered('Tolk til 010203-1234?', 'da', false);
    expect(JSON.stringify(await store.listPending())).not.toContain('010203');
    expect(pending.containedCpr).toBe(true);
    const input = { pendingId: pending.id, askerRoleId: 'laerer', asker: ASKER, confirmName: false };
    expect(await codeOf(service.escalate(input))).toBe('CPR_IN_QUESTION');
  });

  it('prunes unanswered questions after 90 days', async () => {
    const { service, clock, store } = setup();
    await service.recordUnanswered('Gammelt spørgsmål om skolefoto', 'da', false);
    clock.advance(60 * DAY);
    await service.recordUnanswered('Nyere spørgsmål om lejrskole', 'da', false);
    clock.advance(31 * DAY);
    const queue = await service.reviewQueue();
    expect(queue.unansweredTotal).toBe(1);
    expect((await store.listPending()).map((p) => p.question)).toEqual(['Nyere spørgsmål om lejrskole']);
  });

  it('groups negative feedback comments with counts in the review queue', async () => {
    const { service, feedback } = setup();
    for (const comment of ['Svaret var forkert om tolk', 'svaret var forkert om tolk!', undefined]) {
      await feedback.record({
        reaction: 'dislike',
        comment,
        conversationType: 'personal',
        channel: 'feedbackLoop',
      });
    }
    await feedback.record({
      reaction: 'like',
      comment: 'Fint',
      conversationType: 'personal',
      channel: 'card',
    });
    const queue = await service.reviewQueue();
    expect(queue.negativeFeedback.map((g) => g.items.length)).toEqual([2]);
    expect(queue.negativeWithoutComment).toBe(1);
  });

  it('keeps the answer when the asker cannot be reached, and says so', async () => {
    const messenger = new RecordingMessenger(({ method }) =>
      method === 'DIRECT' ? new DeliveryError('gone', 404, false) : undefined,
    );
    const { service } = setup({ messenger });
    const pending = await service.recordUnanswered('Hvordan bestiller jeg en tolk?', 'da', false);
    const escalated = await service.escalate({
      pendingId: pending.id,
      askerRoleId: 'laerer',
      asker: ASKER,
      confirmName: false,
    });
    if (escalated.kind !== 'escalated') throw new Error('expected a ticket');
    const result = await service.answer(escalated.ticket.id, OWNER, {
      answer: 'Hos Tolkeservice.',
      addToKnowledge: false,
    });
    expect(result.askerNotified).toBe(false);
    expect((await service.getTicket(escalated.ticket.id)).status).toBe('answered');
  });

  it('puts stored, not retracted answers back in the index after a restart', async () => {
    const first = setup();
    const answerOne = async (question: string) => {
      const pending = await first.service.recordUnanswered(question, 'da', false);
      const escalated = await first.service.escalate({
        pendingId: pending.id,
        askerRoleId: 'laerer',
        asker: ASKER,
        confirmName: false,
      });
      if (escalated.kind !== 'escalated') throw new Error('expected a ticket');
      return first.service.answer(escalated.ticket.id, OWNER, { answer: 'Svar.', addToKnowledge: true });
    };
    const kept = await answerOne('Hvordan bestiller jeg en tolk?');
    const withdrawn = await answerOne('Hvem godkender lejrskole?');
    await first.service.retractKnowledge(withdrawn.entry!.id, OWNER);
    expect(await codeOf(first.service.retractKnowledge(withdrawn.entry!.id, OWNER))).toBe(
      'ALREADY_RETRACTED',
    );
    expect(
      await codeOf(first.service.retractKnowledge(kept.entry!.id, { aadObjectId: 'someone-else' })),
    ).toBe('NOT_OWNER');

    const indexed = new Map<string, PublishedUpdateDocument>();
    const restarted = createQuestionService({
      ...first.deps,
      knowledgeSink: { upsertUpdate: (d) => indexed.set(d.id, d), removeUpdate: (id) => indexed.delete(id) },
    });
    await expect(restarted.syncKnowledgeBase()).resolves.toBe(1);
    const doc = indexed.get(KNOWLEDGE_ENTRY_PREFIX + kept.entry!.id)!;
    expect(doc.title).toBe('Svar fra en videnansvarlig (PPR-leder, 24. november 2026)');
    expect(doc.bodyMarkdown).toContain('Hvordan bestiller jeg en tolk?');
    expect(doc.authorRole).toBe('PPR-leder');
  });
});

describe('knowledge gaps for the Overblik tab', () => {
  it('counts unanswered questions per week and lists open tickets by reference, never by the words', async () => {
    const { service, store, clock } = setup();
    const first = await service.recordUnanswered(
      'Hvordan bestiller jeg en tolk til et forældremøde?',
      'da',
      false,
    );
    await service.recordUnanswered('Må vi tage billeder til juleafslutningen?', 'da', false);
    clock.advance(7 * DAY);
    await service.recordUnanswered('Hvem betaler for lejrskolen?', 'da', false);
    await service.escalate({ pendingId: first.id, askerRoleId: 'laerer', asker: ASKER, confirmName: false });
    const gaps = knowledgeGapsFromQuestions(store);
    const weeks = [isoWeekOf(new Date('2026-11-24T09:00:00Z')), isoWeekOf(new Date('2026-12-01T09:00:00Z'))];
    expect(await gaps.unansweredPerWeek(weeks)).toEqual([
      { week: weeks[0], count: 2 },
      { week: weeks[1], count: 1 },
    ]);
    const open = await gaps.openTickets();
    expect(open).toHaveLength(1);
    expect(open[0].topic).toMatch(/^SP-/);
    expect(JSON.stringify(open)).not.toContain('tolk');
  });
});
