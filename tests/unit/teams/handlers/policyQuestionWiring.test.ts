/**
 * The policy capability plugged into the real router (the Teams harness: createTeamsApp behind the
 * real server, over HTTP) the way src/index.ts wires it:
 * free text falls through to the Q&A, the router's language guess reaches the handler, and the
 * capability's invoke routes win over the router's catch-all for unknown card verbs.
 */
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { createFeedbackService } from '@src/services/feedback/feedbackService';
import { POLICY_FEEDBACK_HELPFUL_VERB } from '@src/teams/cards/policy/policyCards';
import { createPolicyQuestionCapability } from '@src/teams/handlers/policyQuestion';
import { textsFor } from '@src/teams/texts';
import { da } from '@src/teams/texts/da';
import { en } from '@src/teams/texts/en';
import {
  createFixturePolicyQaService,
  createRecordingLogger,
} from '@tests/fixtures/policyQaTeams/fixtureService';
import { startTeamsHarness, type TeamsHarness } from '@tests/helpers/teamsHarness';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

let harness: TeamsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function setup() {
  const logger = createRecordingLogger();
  const storage = new MemoryStorage();
  const feedback = createFeedbackService({ storage, clock: { now: () => new Date() } });
  const policyQuestion = createPolicyQuestionCapability({
    cardTemplates: createCardTemplates(),
    policyQa: createFixturePolicyQaService({ logger }),
    feedback,
    texts: textsFor,
    logger,
    maxQuestionLength: 2000,
  });
  harness = await startTeamsHarness({ logger, capabilities: { policyQuestion }, maxMessageLength: 2000 });
  return { turn: harness.turn, feedback };
}

describe('policy capability wired into the router', () => {
  it('answers free text with a cited reply', async () => {
    const { turn } = await setup();
    const replies = (await turn({ type: 'message', text: 'Hvad er Herningmodel Social?' })).filter(
      (a) => a.type === 'message',
    );
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toContain(da.policy.answer.intro);
    expect(replies[0].text).toContain('[1]');
    expect(replies[0].channelData).toEqual({ feedbackLoopEnabled: true });
  });

  it('frames an English question in English', async () => {
    const { turn } = await setup();
    const replies = (
      await turn({ type: 'message', text: 'What are the themes of the children and youth policy?' })
    ).filter((a) => a.type === 'message');
    expect(replies[0].text).toContain(en.policy.answer.intro);
  });

  it('routes the feedback card verb to the capability, not to the catch-all', async () => {
    const { turn, feedback } = await setup();
    const replies = await turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'm-1',
      value: {
        action: { type: 'Action.Execute', verb: POLICY_FEEDBACK_HELPFUL_VERB, data: {} },
        trigger: 'manual',
      },
    });
    const body = (replies.find((a) => a.type === 'invokeResponse')?.value as { body: { value: unknown } })
      .body;
    expect(JSON.stringify(body.value)).toContain(da.policy.feedback.thanks);
    expect(await feedback.list()).toHaveLength(1);
  });

  it('answers the message extension search', async () => {
    const { turn } = await setup();
    const replies = await turn({
      type: 'invoke',
      name: 'composeExtension/query',
      value: { commandId: 'searchPolicy', parameters: [{ name: 'query', value: 'indsatstrappen' }] },
    });
    const value = replies.find((a) => a.type === 'invokeResponse')?.value as {
      body: { composeExtension: { type: string; attachments: unknown[] } };
    };
    expect(value.body.composeExtension.type).toBe('result');
    expect(value.body.composeExtension.attachments.length).toBeGreaterThan(0);
  });
});
