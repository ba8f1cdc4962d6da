/**
 * The chat-completions generator against a local HTTP server that speaks the protocol: request
 * shape for Azure OpenAI and OpenAI, marker handling, and every failure mode as a typed error.
 */
import { normaliseMarkers } from '../../../../src/infrastructure/llm/answerChecking';
import {
  createAnswerGeneratorFromSettings,
  createChatCompletionsGenerator,
} from '../../../../src/infrastructure/llm/chatCompletionsGenerator';
import { AnswerGenerationError } from '../../../../src/infrastructure/llm/chatCompletionsProtocol';
import { LlmConfigurationError } from '../../../../src/infrastructure/llm/llmSettings';
import type { AnswerGenerator } from '../../../../src/services/policyQa/types';
import {
  completion,
  startChatCompletionsServer,
  type ChatCompletionsServer,
} from '../../../fixtures/policyQaTeams/chatCompletionsServer';
import { createRecordingLogger } from '../../../fixtures/policyQaTeams/fixtureService';

const INPUT: Parameters<AnswerGenerator['generate']>[0] = {
  question: 'Hvad er Herningmodel Social?',
  language: 'da',
  passages: [
    {
      id: 'herningmodellen#1',
      kind: 'policy',
      title: 'Herningmodellen Børn og Unge',
      section: 'Herningmodellen Børn og Unge > Herningmodel Social',
      quote: 'Herningmodel Social er for børn og unge i udsatte positioner.',
      source: 'https://example.org/herningmodellen',
    },
    {
      id: 'indsatstrappen#0',
      kind: 'policy',
      title: 'Indsatstrappen',
      section: 'Indsatstrappen > Trin',
      quote: 'Indsatstrappen har seks trin.',
      source: 'knowledge/indsatstrappen.md',
    },
  ],
};

let server: ChatCompletionsServer;
beforeEach(async () => {
  server = await startChatCompletionsServer(() => ({ status: 200, body: completion('Svar [1].') }));
});
afterEach(async () => {
  await server.close();
});

function azure(extra: { logger?: ReturnType<typeof createRecordingLogger> } = {}) {
  return createAnswerGeneratorFromSettings(
    {
      provider: 'azure-openai',
      endpoint: `${server.url}/`,
      deployment: 'gpt-4o-mini',
      apiKey: 'azure-secret',
    },
    extra,
  )!;
}

async function failure(promise: Promise<unknown>): Promise<AnswerGenerationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AnswerGenerationError);
    return error as AnswerGenerationError;
  }
  throw new Error('expected a failure');
}

describe('chat-completions generator', () => {
  it('calls Azure OpenAI with the deployment path, api-version and api-key header', async () => {
    server.behave(() => ({
      status: 200,
      body: completion('Det er for børn i udsatte positioner [1]. Trappen har seks trin [2].'),
    }));
    const generator: AnswerGenerator = azure();
    const answer = await generator.generate(INPUT, new AbortController().signal);
    expect(answer).toBe('Det er for børn i udsatte positioner [1]. Trappen har seks trin [2].');

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(request.url).toBe('/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21');
    expect(request.headers['api-key']).toBe('azure-secret');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.body.model).toBeUndefined();
    expect(request.body.temperature).toBe(0);
    const [system, user] = request.body.messages;
    expect(system.role).toBe('system');
    expect(system.content).toMatch(/ONLY the numbered passages/);
    expect(system.content).toMatch(/Answer in Danish\./);
    expect(system.content).toMatch(/do not answer/);
    expect(user.role).toBe('user');
    expect(user.content).toContain(
      '[1] Herningmodellen Børn og Unge — Herningmodellen Børn og Unge > Herningmodel Social',
    );
    expect(user.content).toContain('Herningmodel Social er for børn og unge i udsatte positioner.');
    expect(user.content).toContain('[2] Indsatstrappen');
    expect(user.content).toContain('Spørgsmål: Hvad er Herningmodel Social?');
  });

  it('calls OpenAI at /v1/chat/completions with a bearer token and the model', async () => {
    const generator = createAnswerGeneratorFromSettings({
      provider: 'openai',
      baseUrl: `${server.url}/v1`,
      model: 'gpt-4o-mini',
      apiKey: 'sk-test',
    })!;
    await generator.generate(
      { ...INPUT, language: 'en', question: 'What is Herningmodel Social?' },
      new AbortController().signal,
    );
    const request = server.requests[0];
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-test');
    expect(request.headers['api-key']).toBeUndefined();
    expect(request.body.model).toBe('gpt-4o-mini');
    expect(request.body.messages[0].content).toMatch(/answer in English, but keep Danish names/);
    expect(request.body.messages[1].content).toContain('Question: What is Herningmodel Social?');
  });

  it('keeps valid markers and removes markers that point at no passage', async () => {
    server.behave(() => ({ status: 200, body: completion('Første [1, 2]. Opdigtet [7]. Dok [doc2].') }));
    const answer = await azure().generate(INPUT, new AbortController().signal);
    expect(answer).toBe('Første [1][2]. Opdigtet. Dok [2].');
  });

  it.each([
    ['HTTP 500', { status: 500, body: '{"error":{"message":"boom"}}' }, 'LLM_HTTP_ERROR'],
    ['HTTP 429', { status: 429, body: '{"error":{"message":"slow down"}}' }, 'LLM_HTTP_ERROR'],
    ['malformed JSON', { status: 200, body: '{"choices": [' }, 'LLM_BAD_RESPONSE'],
    ['no choices', { status: 200, body: '{"choices": []}' }, 'LLM_BAD_RESPONSE'],
    ['empty content', { status: 200, body: completion('   ') }, 'LLM_BAD_RESPONSE'],
    ['a filtered answer', { status: 200, body: completion('x', 'content_filter') }, 'LLM_CONTENT_FILTERED'],
  ])('fails with a typed error on %s', async (_label, reply, code) => {
    server.behave(() => reply);
    const error = await failure(azure().generate(INPUT, new AbortController().signal));
    expect(error.code).toBe(code);
  });

  it('stops waiting when the signal aborts (a server that hangs)', async () => {
    server.behave(() => 'hang');
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 150);
    const error = await failure(azure().generate(INPUT, controller.signal));
    expect(error.code).toBe('LLM_ABORTED');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports an unreachable server', async () => {
    const url = server.url;
    await server.close();
    const generator = createAnswerGeneratorFromSettings({
      provider: 'openai',
      baseUrl: url,
      model: 'm',
      apiKey: 'k',
    })!;
    const error = await failure(generator.generate(INPUT, new AbortController().signal));
    expect(error.code).toBe('LLM_UNREACHABLE');
    server = await startChatCompletionsServer(() => ({ status: 200, body: completion('x') }));
  });

  it('never logs the prompt, the passages, the answer or the key', async () => {
    const logger = createRecordingLogger();
    server.behave(() => ({ status: 200, body: completion('Hemmeligt svar [1].') }));
    await azure({ logger }).generate(INPUT, new AbortController().signal);
    server.behave(() => ({ status: 500, body: '{"error":{"message":"Herningmodel Social"}}' }));
    await failure(azure({ logger }).generate(INPUT, new AbortController().signal));
    const dump = logger.dump();
    expect(logger.records.length).toBeGreaterThan(0);
    for (const secret of ['Hemmeligt', 'Herningmodel', 'udsatte', 'azure-secret', 'Spørgsmål']) {
      expect(dump).not.toContain(secret);
    }
  });

  it('refuses to call the model without passages', async () => {
    const error = await failure(azure().generate({ ...INPUT, passages: [] }, new AbortController().signal));
    expect(error.code).toBe('LLM_BAD_RESPONSE');
    expect(server.requests).toHaveLength(0);
  });
});

describe('createAnswerGeneratorFromSettings', () => {
  it('returns undefined for provider none', () => {
    expect(createAnswerGeneratorFromSettings({ provider: 'none' })).toBeUndefined();
  });

  it.each([
    [{ provider: 'azure-openai' as const, deployment: 'd', apiKey: 'k' }, /"endpoint"/],
    [
      { provider: 'azure-openai' as const, endpoint: 'https://x.openai.azure.com', apiKey: 'k' },
      /"deployment"/,
    ],
    [
      { provider: 'azure-openai' as const, endpoint: 'https://x.openai.azure.com', deployment: 'd' },
      /"apiKey"/,
    ],
    [
      { provider: 'azure-openai' as const, endpoint: 'x.openai.azure.com', deployment: 'd', apiKey: 'k' },
      /http\(s\) URL/,
    ],
    [{ provider: 'openai' as const, apiKey: 'k' }, /"model"/],
    [{ provider: 'openai' as const, model: 'm', apiKey: ' ' }, /"apiKey"/],
  ])('names the missing or bad setting (%#)', (settings, message) => {
    expect(() => createAnswerGeneratorFromSettings(settings)).toThrow(LlmConfigurationError);
    expect(() => createAnswerGeneratorFromSettings(settings)).toThrow(message);
  });

  it('normalises markers on its own', () => {
    expect(normaliseMarkers('A [3] B [1]', 2)).toBe('A B [1]');
    expect(normaliseMarkers('Ingen kilder svarer på det.', 2)).toBe('Ingen kilder svarer på det.');
  });

  it('accepts an explicit Azure API version', async () => {
    const generator = createChatCompletionsGenerator({
      target: {
        provider: 'azure-openai',
        endpoint: server.url,
        deployment: 'dep',
        apiVersion: '2025-01-01-preview',
        apiKey: 'k',
      },
    });
    await generator.generate(INPUT, new AbortController().signal);
    expect(server.requests[0].url).toBe(
      '/openai/deployments/dep/chat/completions?api-version=2025-01-01-preview',
    );
  });
});
