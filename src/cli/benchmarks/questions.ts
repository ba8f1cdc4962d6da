/**
 * Benchmark of "Spørg en fagperson":
 * - the review queue card with 1,000 open (unanswered) questions: reading them from storage,
 *   grouping them by similarity and expanding the card, and the card's size;
 * - the time from an owner's answer (with "add to the knowledge base") to the next asker getting
 *   it cited by the Q&A over the shipped knowledge folder.
 *
 * Run: `npx tsx src/cli/benchmarks/questions.ts` (or through the bench runner, `name = 'questions'`).
 */
import { join, resolve } from 'node:path';
import { createKnowledgeOwnerDirectory } from '../../domain/questions/knowledgeOwners';
import { loadKnowledgeBase } from '../../infrastructure/knowledge/loadKnowledgeBase';
import { loadLexicalResources } from '../../infrastructure/knowledge/lexicalResources';
import { createSilentLogger } from '../../infrastructure/logging/pinoLogger';
import { MemoryStorage } from '../../infrastructure/storage/memory/memoryStorage';
import { createDocumentQuestionStore } from '../../infrastructure/storage/questions/documentQuestionStore';
import type { OutboundMessenger } from '../../ports/outboundMessenger';
import { createPolicyQaService } from '../../services/policyQa/policyQaService';
import { createQuestionService, type QuestionService } from '../../services/questions/questionService';
import { createQuestionMessageRenderer, renderQueueCard } from '../../teams/cards/questions/questionCards';
import { textsFor } from '../../teams/texts';
import { nearestRank } from '../measure';
import { samplePendingQuestions } from '../questionCardsCatalogue';

export const name = 'questions';

const ROOT = resolve(__dirname, '..', '..', '..');
const OWNER = { aadObjectId: '00000000-0000-4000-8000-0000000000a1' };

/** The Bot Connector is out of scope here: sends return at once, so the figures are the bot's own. */
const instantMessenger: OutboundMessenger = {
  startChannelThread: async (_url, channelId) => ({
    conversationId: `${channelId};messageid=1`,
    activityId: '1',
  }),
  post: async (address) => ({ conversationId: address.conversationId, activityId: '2' }),
  update: async () => undefined,
  remove: async () => undefined,
};

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function summary(samples: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: round(nearestRank(sorted, 50)),
    p99: round(nearestRank(sorted, 99)),
    max: round(sorted.at(-1)!),
  };
}

function serviceOn(
  storage: MemoryStorage,
  sink?: Parameters<typeof createQuestionService>[0]['knowledgeSink'],
) {
  return createQuestionService({
    store: createDocumentQuestionStore(storage),
    messenger: instantMessenger,
    owners: createKnowledgeOwnerDirectory({
      knowledgeOwners: [{ id: OWNER.aadObjectId, role: 'skoleleder' }],
    }),
    askerRoles: { roleIds: new Set(['laerer']), nameOf: () => 'Lærer' },
    channel: { serviceUrl: 'https://smba.example/', channelId: '19:owners@thread.tacv2' },
    renderer: createQuestionMessageRenderer(textsFor),
    ...(sink ? { knowledgeSink: sink } : {}),
    clock: { now: () => new Date() },
    logger: createSilentLogger(),
  });
}

async function queueFigures(): Promise<Record<string, unknown>> {
  const storage = new MemoryStorage();
  const service = serviceOn(storage);
  for (const question of samplePendingQuestions(1000))
    await service.recordUnanswered(question.question, 'da', false);
  const t = textsFor('da').questions;
  const total: number[] = [];
  const render: number[] = [];
  let bytes = 0;
  let groups = 0;
  for (let i = 0; i < 25; i++) {
    const started = performance.now();
    const queue = await service.reviewQueue();
    const beforeRender = performance.now();
    const card = renderQueueCard(t, queue);
    const done = performance.now();
    total.push(done - started);
    render.push(done - beforeRender);
    bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
    groups = queue.unanswered.length;
  }
  return {
    openQuestions: 1000,
    groups,
    cardBytes: bytes,
    queueCardTotalMs: summary(total.slice(5)),
    queueCardRenderMs: summary(render.slice(5)),
  };
}

const TAUGHT = [
  [
    'Hvordan bestiller jeg en tolk til en forældresamtale?',
    'hvordan bestiller man tolk til forældresamtalen',
  ],
  ['Hvem godkender en ansøgning om lejrskole?', 'hvem skal godkende ansøgningen om lejrskole'],
  ['Hvor finder jeg skemaet til befordring af elever?', 'hvor er skemaet til elevbefordring'],
  ['Hvordan indberetter jeg en arbejdsskade?', 'hvordan indberettes en arbejdsskade'],
  ['Må vi tage skolefoto uden samtykke fra forældrene?', 'skolefoto uden forældrenes samtykke'],
] as const;

async function answerToCitedFigures(): Promise<Record<string, unknown>> {
  const logger = createSilentLogger();
  const knowledge = await loadKnowledgeBase({ paths: [join(ROOT, 'knowledge')], logger });
  const policyQa = createPolicyQaService({
    documents: knowledge.documents,
    resources: loadLexicalResources(join(ROOT, 'config')),
    logger,
  });
  const service: QuestionService = serviceOn(new MemoryStorage(), policyQa);
  const samples: number[] = [];
  const askMs: number[] = [];
  let cited = 0;
  for (const [question, similar] of TAUGHT) {
    const pending = await service.recordUnanswered(question, 'da', false);
    const escalated = await service.escalate({
      pendingId: pending.id,
      askerRoleId: 'laerer',
      asker: { userId: 'u', serviceUrl: 'https://smba.example/', conversationId: 'a:u' },
      confirmName: true,
    });
    if (escalated.kind !== 'escalated') throw new Error('not escalated');
    const started = performance.now();
    await service.answer(escalated.ticket.id, OWNER, {
      answer: `Svar på "${question}": kontakt sekretariatet, som hjælper videre samme dag.`,
      addToKnowledge: true,
    });
    const beforeAsk = performance.now();
    const answer = await policyQa.ask(similar);
    const done = performance.now();
    if (answer.citations.some((c) => c.title.startsWith('Svar fra en videnansvarlig'))) cited += 1;
    samples.push(done - started);
    askMs.push(done - beforeAsk);
  }
  return {
    answersTaught: TAUGHT.length,
    nextAskerCited: cited,
    answerToCitedMs: summary(samples),
    askAfterAnswerMs: summary(askMs),
    knowledgeSections: policyQa.stats.sections,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  return { queue: await queueFigures(), answerToCited: await answerToCitedFigures() };
}

if (require.main === module) {
  void run().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
