import { createFramingStripper } from '@src/domain/text/framing';
import { guideEngineOf, itAnswersFrom, shippedLexicalResources } from '@tests/helpers/retrievalEngine';

/**
 * Round-36 dev classes, each against a small guide of our own, about words around what is asked:
 * who mentioned the term, and the check of a claim against the municipality's line.
 */
const stripper = createFramingStripper(shippedLexicalResources().framing ?? []);

/** Each question with what the shipped framing leaves of it. */
function itStrips(cases: readonly (readonly [question: string, kept: string])[]): void {
  it.each(cases)('%s', (question, kept) => {
    expect(stripper.strip(question).trim()).toBe(kept);
  });
}

/**
 * "SSD-reglen, som min kollega snakker om" names who mentioned the term, not what is asked (the
 * colleague's word pulled the answer to a section about telling a colleague). Only a named person
 * is cut: "som alle snakker om her på skolen" stays, since what follows it may be the topic.
 */
describe('who mentioned the term asked about', () => {
  const engine = guideEngineOf(
    {
      'Deling med en kollega':
        'Du må gerne fortælle en kollega om din bekymring, men det erstatter ikke din pligt.',
      Mødereglen: 'Mødereglen tillader fagpersoner at udveksle oplysninger på et møde om et barn.',
    },
    { id: 'sharing', title: 'Deling af oplysninger' },
  );
  itAnswersFrom(engine, 'Mødereglen', [
    'Hvad er det mødereglen, som min kollega snakker om?',
    'hvad er mødereglen som vores leder nævnte',
  ]);

  describe('the shipped framing cuts a named person who mentioned it, not everyone', () => {
    itStrips([
      ['hvad er mødereglen, som min kollega snakker om', 'hvad er mødereglen,'],
      [
        'hvad er det der herningmodel som alle snakker om her på skolen',
        'hvad er det der herningmodel som alle snakker om her på skolen',
      ],
    ]);
  });
});

/**
 * "En kollega mener, at ... Er det i tråd med kommunens linje?" puts a claim up for checking. "i
 * tråd med" means "in line with": read as a Teams thread, it pulled the answer to a section about
 * threads.
 */
describe('a claim checked against the line', () => {
  const engine = guideEngineOf(
    {
      'Deling i Teams': 'En tråd i Teams er ikke et møde, og oplysninger om et barn deles ikke i en tråd.',
      'Fællesskab og forskellighed':
        'Nogle børn har brug for ekstra støtte for at kunne være med i fællesskabet, og det skal de have.',
    },
    { id: 'community', title: 'Fællesskabsstrategien' },
  );
  itAnswersFrom(engine, 'Fællesskab og forskellighed', [
    'En kollega mener, at nogle børn skal have ekstra støtte for at kunne være med i fællesskabet. Er det i tråd med kommunens linje?',
    'Some children need extra support to be part of the community, a colleague says. Is that in line with the policy?',
  ]);

  describe('the shipped framing cuts the check, not the claim', () => {
    itStrips([
      [
        'nogle børn skal have ekstra støtte. er det i tråd med kommunens linje',
        'nogle børn skal have ekstra støtte.',
      ],
      [
        'some children need extra support. is that in line with the policy',
        'some children need extra support.',
      ],
    ]);
  });
});
