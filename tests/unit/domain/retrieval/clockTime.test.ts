import { guideEngine, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * The time of day a writer gives ("Klokken er 18, hvem ringer jeg til?", "it's 6 pm") says when, not
 * what: read as an age it pulled the answer to the section on turning 18 (retired round-25 sealed
 * class). Each in Danish and English, with the shipped config, against a small guide of our own.
 */
const GUIDE = `# Vejledning for Prøveby Kommune

## Akut fare

Er barnet i akut fare, ringer du 112. Uden for kontortid ringer du til den sociale døgnvagt.

## Når den unge fylder 18

Når den unge fylder 18 år, kan støtten fortsætte som efterværn.
`;

const engine = () => guideEngine(GUIDE);

describe('a clock time is not an age', () => {
  it.each([
    'Drengen tør ikke gå hjem, han er i akut fare. Klokken er 18, hvem ringer jeg til?',
    'Drengen er i akut fare og tør ikke gå hjem. Kl. 18.30 nu, hvem ringer jeg til?',
    "The boy daren't go home, he is in acute danger. It's 6 pm, who do I call?",
  ])('%s', (question) => {
    expect(topSectionOf(engine().answer(question))).toContain('Akut fare');
  });

  it.each(['hvad sker der når den unge fylder 18', 'what happens when the young person turns 18'])(
    'an age stays an age: %s',
    (question) => {
      expect(topSectionOf(engine().answer(question))).toContain('fylder 18');
    },
  );
});
