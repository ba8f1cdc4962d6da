/**
 * The optional LLM layer end to end: the REAL policy Q&A service with the chat-completions generator
 * pointed at a local HTTP server speaking the protocol, and the Teams reply built from it. The
 * service must keep citations, mark the answer AI-generated, and fall back to the extractive answer
 * when the model fails or exceeds the deadline.
 */
import { loadConfig } from '@src/config';
import { createAnswerGeneratorFromSettings } from '@src/infrastructure/llm/chatCompletionsGenerator';
import { REWRITE_PROMPT } from '@src/infrastructure/llm/prompts';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { createFeedbackService } from '@src/services/feedback/feedbackService';
import type { PolicyQaService } from '@src/services/policyQa/types';
import { createPolicyQuestionCapability } from '@src/teams/handlers/policyQuestion';
import { textsFor } from '@src/teams/texts';
import { startTeamsHarness } from '@tests/helpers/teamsHarness';
import { da } from '@src/teams/texts/da';
import {
  completion,
  startChatCompletionsServer,
  type ChatCompletionsServer,
} from '@tests/fixtures/policyQaTeams/chatCompletionsServer';
import {
  createFixturePolicyQaService,
  createRecordingLogger,
} from '@tests/fixtures/policyQaTeams/fixtureService';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

const DEADLINE_MS = 300;
const QUESTION = 'Hvad er Herningmodel Social?';
const GENERATED =
  'Herningmodel Social er støtte til børn og unge i udsatte positioner, tæt på hverdagen [1].';

let server: ChatCompletionsServer;
let service: PolicyQaService;
let shortDeadline: PolicyQaService;
let extractive: PolicyQaService;
const logger = createRecordingLogger();

beforeEach(async () => {
  server = await startChatCompletionsServer(() => ({ status: 200, body: completion(GENERATED) }));
  const generator = createAnswerGeneratorFromSettings(
    { provider: 'azure-openai', endpoint: server.url, deployment: 'gpt-test', apiKey: 'test-key' },
    { logger },
  );
  // Success cases get a generous deadline so a loaded CI machine cannot turn them into fallbacks;
  // the deadline itself is tested with the short one.
  service = createFixturePolicyQaService({ generator, generatorTimeoutMs: 10_000, logger });
  shortDeadline = createFixturePolicyQaService({ generator, generatorTimeoutMs: DEADLINE_MS, logger });
  extractive = createFixturePolicyQaService();
});
afterEach(async () => {
  await server.close();
});

describe('policy Q&A with the LLM layer', () => {
  it('uses the generated answer, keeps the markers and citations, and marks it AI-generated', async () => {
    const answer = await service.ask(QUESTION);
    const baseline = await extractive.ask(QUESTION);
    expect(answer.kind).toBe('answer');
    expect(answer.aiGenerated).toBe(true);
    expect(answer.answer).toBe(GENERATED);
    expect(answer.citations).toEqual(baseline.citations);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].body.messages[1].content).toContain(baseline.citations[0].quote.split('\n')[0]);
  });

  it.each([
    ['the model answers HTTP 500', () => ({ status: 500, body: '{"error":{"message":"internal"}}' })],
    ['the model answers malformed JSON', () => ({ status: 200, body: '{"choices":[{"message":' })],
  ])('falls back to the extractive answer when %s', async (_label, reply) => {
    server.behave(reply);
    const answer = await service.ask(QUESTION);
    const baseline = await extractive.ask(QUESTION);
    expect(answer.aiGenerated).toBe(false);
    expect(answer.answer).toBe(baseline.answer);
    expect(answer.citations).toEqual(baseline.citations);
    expect(server.requests).toHaveLength(1);
  });

  it('falls back within the deadline when the model hangs', async () => {
    server.behave(() => 'hang');
    const started = Date.now();
    const answer = await shortDeadline.ask(QUESTION);
    const elapsed = Date.now() - started;
    expect(answer.aiGenerated).toBe(false);
    expect(answer.answer).toBe((await extractive.ask(QUESTION)).answer);
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
    // Generous upper bound: the server never answers, so anything finite proves the deadline worked;
    // the margin absorbs a loaded CI machine.
    expect(elapsed).toBeLessThan(DEADLINE_MS + 2500);
  });

  it('does not call the model when the documents do not answer', async () => {
    const answer = await service.ask('Hvornår er der sommerferie?');
    expect(answer.kind).toBe('noAnswer');
    expect(server.requests).toHaveLength(0);
  });

  it('shows the generated answer in Teams with the AI label and citation pop-ups', async () => {
    const capability = createPolicyQuestionCapability({
      cardTemplates: createCardTemplates(),
      policyQa: service,
      feedback: createFeedbackService({ storage: new MemoryStorage(), clock: { now: () => new Date() } }),
      texts: textsFor,
      logger,
      maxQuestionLength: 500,
    });
    // The reply as the bot built it, citation entities included (see the harness on the connector).
    const teams = await startTeamsHarness(
      { logger, capabilities: { policyQuestion: capability }, detectLanguage: () => 'da' },
      { delivery: 'expectReplies' },
    );
    const replies = await teams.say(QUESTION).finally(() => teams.close());
    expect(replies).toHaveLength(1);
    const reply = replies[0];
    expect(reply.text).toContain(da.policy.answer.introAiGenerated);
    expect(reply.text).toContain(GENERATED);
    const entity = (
      reply.entities as unknown as { additionalType?: string[]; citation?: { position: number }[] }[]
    )[0];
    expect(entity.additionalType).toEqual(['AIGeneratedContent']);
    expect(entity.citation!.map((c) => c.position)).toEqual([1]);
    expect(reply.channelData).toEqual({ feedbackLoopEnabled: true });
  });

  it('never logs the question, the prompt or the generated answer', async () => {
    await service.ask(QUESTION);
    const dump = logger.dump();
    expect(dump).not.toContain('Herningmodel Social');
    expect(dump).not.toContain('udsatte');
    expect(dump).not.toContain('test-key');
  });

  it('is built from the validated configuration (LLM_PROVIDER and friends)', async () => {
    expect(createAnswerGeneratorFromSettings(loadConfig({}).llm)).toBeUndefined();

    const azure = loadConfig({
      LLM_PROVIDER: 'azure-openai',
      AZURE_OPENAI_ENDPOINT: server.url,
      AZURE_OPENAI_API_KEY: 'from-env',
      AZURE_OPENAI_DEPLOYMENT: 'dep-env',
      LLM_TIMEOUT_MS: '10000',
    });
    const fromAzure = createFixturePolicyQaService({
      generator: createAnswerGeneratorFromSettings(azure.llm),
      generatorTimeoutMs: azure.llm.provider === 'none' ? undefined : azure.llm.timeoutMs,
    });
    expect((await fromAzure.ask(QUESTION)).aiGenerated).toBe(true);
    expect(server.requests[0].url).toBe(
      '/openai/deployments/dep-env/chat/completions?api-version=2024-10-21',
    );
    expect(server.requests[0].headers['api-key']).toBe('from-env');

    const openai = loadConfig({
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-env',
      OPENAI_BASE_URL: server.url,
    });
    const fromOpenAi = createFixturePolicyQaService({
      generator: createAnswerGeneratorFromSettings(openai.llm),
    });
    expect((await fromOpenAi.ask(QUESTION)).aiGenerated).toBe(true);
    expect(server.requests[1].url).toBe('/v1/chat/completions');
    expect(server.requests[1].body.model).toBe('gpt-4o-mini');
  });
});

describe('question rewriting by the LLM layer', () => {
  const UNREACHED = 'Hvad gør vi for de mest sårbare unger?';
  const isRewrite = (request: { body: { messages: { role: string; content: string }[] } }) =>
    request.body.messages[0].content === REWRITE_PROMPT;

  it('rewrites a question the documents did not reach and still quotes the documents', async () => {
    server.behave((request) => ({
      status: 200,
      body: completion(isRewrite(request) ? 'Herningmodel Social udsatte børn og unge' : GENERATED),
    }));
    expect((await extractive.ask(UNREACHED)).kind).toBe('noAnswer');
    const answer = await service.ask(UNREACHED);
    expect(answer.kind).toBe('answer');
    expect(answer.citations[0].section).toContain('Herningmodel Social');
    // Quoted text comes from the documents, not from the model.
    const direct = await extractive.ask('Herningmodel Social udsatte børn og unge');
    expect(answer.citations).toEqual(direct.citations);
    expect(server.requests.filter(isRewrite)).toHaveLength(1);
    expect(server.requests[0].body.messages[1].content).toBe(UNREACHED);
  });

  it('does not ask the model when retrieval answers or the question is out of scope', async () => {
    await service.ask(QUESTION);
    const outOfScope = await service.ask('Hvornår er der sommerferie?');
    expect(outOfScope).toMatchObject({ kind: 'noAnswer', reason: 'outOfScope' });
    expect(server.requests.filter(isRewrite)).toHaveLength(0);
  });

  it('abstains as before when the rewrite fails', async () => {
    server.behave(() => ({ status: 500, body: '{"error":{"message":"internal"}}' }));
    const answer = await service.ask(UNREACHED);
    expect(answer).toMatchObject({ kind: 'noAnswer', reason: 'noMatch', citations: [] });
    expect(server.requests).toHaveLength(1);
  });
});
