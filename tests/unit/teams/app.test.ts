/**
 * The router (createTeamsApp) over HTTP with the Teams harness: the welcome when the bot is added,
 * a command after an @mention, and the router's own answers to an over-long or empty message.
 */
import { startTeamsHarness, HARNESS_BOT, type TeamsHarness } from '@tests/helpers/teamsHarness';

describe('the router', () => {
  let teams: TeamsHarness;

  beforeAll(async () => {
    teams = await startTeamsHarness({ capabilities: {} });
  });

  afterAll(async () => {
    await teams.close();
  });

  const membersAdded = (memberIds: string[]) => ({
    type: 'conversationUpdate',
    membersAdded: memberIds.map((id) => ({ id })),
  });

  it.each([
    ['personal', 'Jeg er Børn og Unge-assistenten i Herning Kommune'],
    ['groupChat', 'i denne chat'],
    ['channel', 'Hej alle sammen'],
  ] as const)('welcomes when the bot is added to a %s conversation', async (conversationType, expected) => {
    const activities = await teams.turn(membersAdded([HARNESS_BOT.id]), { conversation: conversationType });
    expect(activities).toHaveLength(1);
    expect(activities[0].text).toContain(expected);
  });

  it('does not welcome again when another member joins', async () => {
    const activities = await teams.turn(membersAdded(['29:someone']), { conversation: 'channel' });
    expect(activities).toHaveLength(0);
  });

  it('routes a command that starts with an @mention', async () => {
    const activities = await teams.turn(
      {
        type: 'message',
        text: '<at>Børn og Unge</at> hjælp',
        entities: [
          {
            type: 'mention',
            text: '<at>Børn og Unge</at>',
            mentioned: { id: HARNESS_BOT.id, name: 'Børn og Unge' },
          },
        ],
      },
      { conversation: 'channel' },
    );
    expect(activities[0].text).toContain('Det kan jeg hjælpe med');
  });

  it('refuses an over-long message with a Danish explanation', async () => {
    const activities = await teams.say('a'.repeat(5000));
    expect(activities[0].text).toMatch(/Beskeden er for lang/);
  });

  it('answers an empty message politely', async () => {
    const activities = await teams.say('   ');
    expect(activities[0].text).toMatch(/tom besked/);
  });
});
