import { createFramingStripper } from '@src/domain/text/framing';
import { guideEngineOf, itAnswersFrom, shippedLexicalResources } from '@tests/helpers/retrievalEngine';

/**
 * Round-36 dev class, against a small guide of our own: "SSD-reglen, som min kollega snakker om"
 * names who mentioned the term, not what is asked (the colleague's word pulled the answer to a
 * section about telling a colleague). Only a named person is cut: "som alle snakker om her på
 * skolen" stays, since what follows it may be the topic.
 */
const engine = guideEngineOf(
  {
    'Deling med en kollega':
      'Du må gerne fortælle en kollega om din bekymring, men det erstatter ikke din pligt.',
    Mødereglen: 'Mødereglen tillader fagpersoner at udveksle oplysninger på et møde om et barn.',
  },
  { id: 'sharing', title: 'Deling af oplysninger' },
);

describe('who mentioned the term asked about', () => {
  itAnswersFrom(engine, 'Mødereglen', [
    'Hvad er det mødereglen, som min kollega snakker om?',
    'hvad er mødereglen som vores leder nævnte',
  ]);
});

describe('the shipped framing cuts a named person who mentioned it, not everyone', () => {
  const stripper = createFramingStripper(shippedLexicalResources().framing ?? []);
  it.each([
    ['hvad er mødereglen, som min kollega snakker om', 'hvad er mødereglen,'],
    [
      'hvad er det der herningmodel som alle snakker om her på skolen',
      'hvad er det der herningmodel som alle snakker om her på skolen',
    ],
  ])('%s', (question, kept) => {
    expect(stripper.strip(question).trim()).toBe(kept);
  });
});
