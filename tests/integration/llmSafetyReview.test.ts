/**
 * The optional second reader of a concern description, tested at the wire against a local server
 * speaking the chat-completions protocol: it may raise a warning the rules missed and never remove
 * one; when it fails, hangs or answers nonsense, the rules' result stands.
 */
import { join } from 'node:path';
import { loadPathwayConfig } from '../../src/infrastructure/configFiles/pathwayConfig';
import { createSafetyReviewerFromSettings } from '../../src/infrastructure/llm/chatCompletionsGenerator';
import { createSilentLogger } from '../../src/infrastructure/logging/pinoLogger';
import { createPathwayGuidanceService } from '../../src/services/pathwayGuidance';
import {
  completion,
  startChatCompletionsServer,
  type ChatCompletionsServer,
} from '../fixtures/policyQaTeams/chatCompletionsServer';

const config = loadPathwayConfig(join(__dirname, '..', '..', 'config'));
const silent = createSilentLogger();

let server: ChatCompletionsServer;

beforeAll(async () => {
  server = await startChatCompletionsServer(() => ({
    status: 200,
    body: completion('{"notify": false, "acute": false}'),
  }));
});
afterAll(() => server.close());

function serviceWith(timeoutMs = 2000) {
  const safetyReviewer = createSafetyReviewerFromSettings({
    provider: 'openai',
    baseUrl: server.url,
    model: 'gpt-test',
    apiKey: 'test-key',
  });
  return createPathwayGuidanceService({
    config,
    logger: silent,
    safetyReviewer,
    reviewTimeoutMs: timeoutMs,
    warmUp: false,
  });
}

const QUIET = 'drengen på 9 år er meget stille i timerne og sidder for sig selv i frikvarteret';
const SERIOUS = 'far slår ham når han er sur, siger drengen på 8';

describe('safety review by a language model', () => {
  it('adds a duty to notify the rules missed, and says where it came from', async () => {
    server.behave(() => ({ status: 200, body: completion('{"notify": true, "acute": false}') }));
    const guidance = await serviceWith().classifyReviewed(QUIET);
    expect(guidance.dutyToNotify).toBe(true);
    expect(guidance.acute).toBe(false);
    expect(guidance.safetyFindings.map((f) => f.ruleId)).toEqual(['reviewer.notify']);
    const request = server.requests[server.requests.length - 1];
    expect(request.body.messages[1].content).toBe(QUIET);
  });

  it('adds an acute warning, which carries the duty to notify', async () => {
    server.behave(() => ({ status: 200, body: completion('Svar: {"notify": false, "acute": true}') }));
    const guidance = await serviceWith().classifyReviewed(QUIET);
    expect({ notify: guidance.dutyToNotify, acute: guidance.acute }).toEqual({ notify: true, acute: true });
  });

  it('never removes a warning the rules raised', async () => {
    server.behave(() => ({ status: 200, body: completion('{"notify": false, "acute": false}') }));
    const guidance = await serviceWith().classifyReviewed(SERIOUS);
    expect(guidance.dutyToNotify).toBe(true);
    expect(guidance.safetyFindings.some((f) => f.ruleId.startsWith('reviewer.'))).toBe(false);
  });

  it.each([
    ['an HTTP error', () => ({ status: 500, body: '{"error":{"message":"boom"}}' })],
    ['an answer that is not JSON', () => ({ status: 200, body: completion('I think it is fine') })],
  ])('keeps the rules result on %s', async (_name, behaviour) => {
    server.behave(behaviour);
    const guidance = await serviceWith().classifyReviewed(SERIOUS);
    expect(guidance.dutyToNotify).toBe(true);
    const quiet = await serviceWith().classifyReviewed(QUIET);
    expect(quiet.dutyToNotify).toBe(false);
  });

  it('keeps the rules result when the reviewer does not answer before the deadline', async () => {
    server.behave(() => 'hang');
    const guidance = await serviceWith(200).classifyReviewed(QUIET);
    expect(guidance.dutyToNotify).toBe(false);
  });

  it('is not asked when the rules already raised the acute warning', async () => {
    const before = server.requests.length;
    const guidance = await serviceWith().classifyReviewed(
      'hun har slugt alle mors piller og er svær at vække',
    );
    expect(guidance.acute).toBe(true);
    expect(server.requests.length).toBe(before);
  });
});
