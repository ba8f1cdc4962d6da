import { questionParts } from '@src/domain/retrieval/questionParts';
import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Why the writer asks, added after the question, is left out of what is asked: its words pull the
 * question away from its subject. Missed on dev halves and the round-34 sealed half ("må jeg
 * skrive barnets cpr nr i teams tråden så socialrådgiveren hurtigt kan finde sagen?").
 */
describe('a purpose clause after the question', () => {
  it.each([
    [
      'må jeg skrive barnets cpr nr i teams tråden så socialrådgiveren hurtigt kan finde sagen?',
      'må jeg skrive barnets cpr nr i teams tråden',
    ],
    [
      'Må jeg skrive elevens cpr-nummer i tråden, så rådgiveren kan finde sagen?',
      'Må jeg skrive elevens cpr-nummer i tråden',
    ],
    [
      'can I write the CPR number in the thread so that the social worker can find the case?',
      'can I write the CPR number in the thread',
    ],
  ])('"%s" asks "%s"', (message, asked) => {
    expect(questionParts(message)).toEqual([asked]);
  });

  it('keeps a "så" that is not a purpose clause', () => {
    expect(questionParts('hvad gør jeg så nu med underretningen?')).toEqual([
      'hvad gør jeg så nu med underretningen?',
    ]);
  });

  const engine = guideEngineOf(
    {
      'CPR-numre': 'Skriv aldrig et CPR-nummer i en chat eller en tråd i Teams.',
      'Socialrådgiverens rolle':
        'Socialrådgiveren vurderer sagen og finder den rette indsats sammen med familien.',
    },
    { id: 'sharing', title: 'Deling af oplysninger' },
  );
  itAnswersFrom(engine, 'CPR-numre', [
    'må jeg skrive barnets cpr nr i teams tråden så socialrådgiveren hurtigt kan finde sagen?',
    'can I write the child’s CPR number in the Teams thread so that the social worker can find the case?',
  ]);
});
