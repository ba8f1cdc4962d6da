import { markedQuestions, questionParts } from '@src/domain/retrieval/questionParts';
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

/**
 * A question word inside a told sentence ("I'm unsure how detailed it should be") kept the story
 * among the asking sentences, and the whole fell under the gate (round-39 dev class). The sentences
 * with a question mark are asked on their own too.
 */
describe('the sentences that end in a question mark', () => {
  it('are the question when a told sentence holds a question word', () => {
    expect(
      markedQuestions(
        "I'm new and unsure how detailed it should be. How should a notification be written and where do I send it?",
      ),
    ).toBe('How should a notification be written and where do I send it?');
  });

  it('are nothing apart when every sentence, or none, ends in a question mark', () => {
    expect(markedQuestions('Hvornår skal jeg underrette? Og hvordan?')).toBeUndefined();
    expect(markedQuestions('Jeg er ny. Hvornår skal jeg underrette.')).toBeUndefined();
  });

  const engine = guideEngineOf(
    {
      'Sådan underretter du':
        'En underretning skrives konkret: hvad du har set og hørt. Du sender den skriftligt gennem kommunens officielle kanal for underretninger.',
      Skolestart: 'Barnet begynder i skole i august i det år, hvor det fylder seks.',
    },
    { id: 'underretning', title: 'Underretning' },
  );
  itAnswersFrom(engine, 'Sådan underretter du', [
    'How should a notification be written and where do I send it?',
    'Hvordan skal en underretning skrives og hvor sender jeg den?',
    "I teach maths and physics in the seventh grade and I'm unsure how detailed it should be and what I think is going on at home with her mother and the new boyfriend and the dog. How should a notification be written and where do I send it?",
    'Jeg underviser i matematik og fysik i syvende og ved ikke hvor meget jeg skal skrive om hvad jeg tror der sker derhjemme med moren og kæresten og hunden. Hvordan skal en underretning skrives og hvor sender jeg den?',
  ]);
});
