/**
 * The pathway capability plugged into the real router (the Teams harness: createTeamsApp behind the
 * real server, over HTTP) the way src/index.ts
 * should wire it: `forløb` and free text that reads as a concern reach pathway guidance; policy questions
 * fall through; the capability's Action.Execute verb wins over the router's catch-all.
 */
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { createSilentLogger } from '@src/infrastructure/logging/pinoLogger';
import { loadPathwayConfig } from '@src/infrastructure/configFiles/pathwayConfig';
import { createPathwayGuidanceService } from '@src/services/pathwayGuidance';
import type { Capability } from '@src/teams/capability';
import { PATHWAY_VERBS } from '@src/teams/cards/pathway/verbs';
import { createPathwayCapability } from '@src/teams/handlers/pathway';
import { textsFor } from '@src/teams/texts';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import { startTeamsHarness, type TeamsHarness } from '@tests/helpers/teamsHarness';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const logger = createSilentLogger();
const service = createPathwayGuidanceService({
  config: loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config')),
  logger,
});

let harness: TeamsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function setup() {
  const pathway = createPathwayCapability({
    cardTemplates: createCardTemplates(),
    service,
    texts: textsFor,
    notificationChannel: { name: 'underretningsportalen', url: 'https://www.herning.dk/underretning' },
    logger,
  });
  const policyQuestions: string[] = [];
  const policyQuestion: Capability = {
    id: 'policyQuestion',
    async onMessage(turn, incoming) {
      policyQuestions.push(incoming.text);
      await turn.send('policy answer');
    },
  };
  harness = await startTeamsHarness({
    logger,
    capabilities: { policyQuestion, pathway },
    maxMessageLength: 4000,
  });
  const card = (replies: Partial<Activity>[]) =>
    replies.find((a) => a.attachments?.length)?.attachments?.[0]?.content as
      Record<string, unknown> | undefined;
  return { turn: harness.turn, card, policyQuestions };
}

describe('pathway capability wired into the router', () => {
  it('claims a disclosure typed as free text', async () => {
    const { turn, card, policyQuestions } = await setup();
    const replies = await turn({
      type: 'message',
      text: 'en elev fortæller at hendes far slår hende, hvad gør jeg?',
    });
    const answer = card(replies);
    expect(answer).toBeDefined();
    expect(validateAdaptiveCard(answer)).toEqual([]);
    expect(JSON.stringify(answer)).toContain('Du har pligt til at underrette');
    expect(policyQuestions).toEqual([]);
  });

  it('leaves policy questions to the Q&A', async () => {
    const { turn, policyQuestions } = await setup();
    await turn({ type: 'message', text: 'Hvad er Herningmodel Social?' });
    expect(policyQuestions).toEqual(['Hvad er Herningmodel Social?']);
  });

  it('opens the intake card on "forløb" and answers its Action.Execute', async () => {
    const { turn, card } = await setup();
    const intake = card(await turn({ type: 'message', text: 'forløb' }));
    expect(JSON.stringify(intake)).toContain(PATHWAY_VERBS.classify);
    const replies = await turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'intake',
      value: {
        action: {
          type: 'Action.Execute',
          verb: PATHWAY_VERBS.classify,
          data: { lang: 'da', ageOrGrade: '8. klasse', observed: 'bliver mobbet' },
        },
        trigger: 'manual',
      },
    });
    const body = (
      replies.find((a) => a.type === 'invokeResponse')?.value as { body: { type: string; value: unknown } }
    ).body;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(body.value)).toContain('Herningmodel Skole');
  });
});
