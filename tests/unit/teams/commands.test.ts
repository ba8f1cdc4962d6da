import { COMMANDS, matchCommand } from '../../../src/teams/commands';

describe('matchCommand', () => {
  it.each([
    ['hjælp', 'help', ''],
    ['Hjælp', 'help', ''],
    ['forløb drengen på 4 år taler meget lidt', 'pathway', 'drengen på 4 år taler meget lidt'],
    ['forløb: elev i 8. klasse', 'pathway', 'elev i 8. klasse'],
    ['ny tråd', 'coordination', ''],
    ['NY TRÅD om BU-2026-0042', 'coordination', 'om BU-2026-0042'],
    ['videndeling', 'knowledgeUpdates', ''],
  ])('%s -> %s', (text, capability, argument) => {
    const match = matchCommand(text);
    expect(match?.command.capability).toBe(capability);
    expect(match?.argument).toBe(argument);
  });

  it.each(['forløbet i skolen', 'hjælpemidler i SFO', 'hvad er Herningmodel Skole?', 'nyt tiltag'])(
    'does not treat "%s" as a command',
    (text) => {
      expect(matchCommand(text)).toBeUndefined();
    },
  );

  it('gives every command a unique title', () => {
    expect(new Set(COMMANDS.map((c) => c.title)).size).toBe(COMMANDS.length);
  });
});
