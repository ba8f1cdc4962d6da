import { guideEngine, guideOf, itAnswers } from '@tests/helpers/retrievalEngine';

/**
 * Lice, worms and other childhood complaints are the institution's health rules, which the
 * documents do not hold: "Hvad gør vi ved lus i klassen?" was answered from a section about
 * daycare (round-29 dev class). Danish and English, against a small guide of our own.
 */
const GUIDE = guideOf({
  Dagtilbud: 'Børnehaven arbejder med leg, læring og trivsel i klassen og på legepladsen.',
});

describe('childhood complaints are out of scope', () => {
  it.each([
    'Hvad gør vi ved lus i klassen?',
    'et barn i børnehaven har lus, skal vi sende ham hjem',
    'a kid in our kindergarten has lice, must we send him home?',
    'what do we do about chickenpox in the class',
    // Vaccinations are the doctor's and the health visitor's, never in the documents (round 30-31).
    'hvilke vaccinationer skal børnene have inden skolestart',
    'which vaccines does a child need before starting in daycare',
  ])('%s', (question) => {
    expect(guideEngine(GUIDE).answer(question).kind).toBe('noAnswer');
  });

  itAnswers(() => guideEngine(GUIDE), 'the topic itself is still answered', [
    'hvordan arbejder børnehaven med trivsel i klassen',
    'how does the kindergarten work with well-being',
  ]);
});
