import { createQueryExpander } from '@src/domain/retrieval/expansion';
import { createAnalyzer } from '@src/domain/text/analyzer';
import { guideEngineOf, itAnswersFrom, shippedLexicalResources } from '@tests/helpers/retrievalEngine';

/**
 * Round-33 dev classes, against a small guide of our own: "hvilke situationer" asks when, not for a
 * written list (it abstained); a leader who "will take care of it" asks whether the duty is then
 * fulfilled (it went to a section on the school model); the parents' access to the file, a child
 * certificate and time off in lieu are not in the documents (they were answered).
 */
const engine = guideEngineOf(
  {
    'Hvornår pligten gælder':
      'Underretningspligten gælder, når du har grund til at tro, at et barn kan have brug for særlig støtte. Du skal også underrette ved ulovligt fravær.',
    'Pligten er din':
      'Pligten er din egen. Du opfylder den ikke ved at fortælle det til en kollega eller din leder.',
    Skoleforløbet: 'Skolen arbejder med PALS og LP-modellen, og lærerne bygger en fælles kultur i klassen.',
  },
  { id: 'duty', title: 'Underretning' },
);

describe('duty questions in other words', () => {
  itAnswersFrom(engine, 'Hvornår pligten gælder', [
    'hvilke situationer giver underretningspligt',
    'i hvilke tilfælde skal jeg underrette',
    'in which situations do I have to report',
  ]);

  itAnswersFrom(engine, 'Pligten er din', [
    'My team leader said she would take care of it. Do I still have to do something myself?',
    'min leder siger det er lederens ansvar nu, skal jeg stadig underrette',
    'my leader will take care of it, is the duty then fulfilled',
  ]);

  it.each([
    'må forældrene få aktindsigt i min underretning og se mit navn',
    'do I need a børneattest before I start, how do I get it',
    'Can I get time off in lieu for the PALS training?',
  ])('out of scope: %s', (question) => {
    expect(engine().answer(question).kind).toBe('noAnswer');
  });
});

describe('"which situations" is read as when', () => {
  const expander = createQueryExpander(createAnalyzer(), shippedLexicalResources());
  const ranked = (question: string) =>
    expander.expand(question, { has: () => false, vocabularyList: () => [] }).text;
  it.each([
    'hvilke situationer giver underretningspligt',
    'i hvilke tilfælde skal jeg underrette',
    'in which situations do I have to report',
    'what cases does the duty cover',
  ])('%s', (question) => {
    expect(ranked(question)).toMatch(/^(?:hvornår|when)\b/u);
    expect(ranked(question)).not.toMatch(/situation|tilfælde|cases/u);
  });
});
