import { createFramingStripper } from '@src/domain/text/framing';
import { guideEngineOf, itAnswersFrom, shippedLexicalResources } from '@tests/helpers/retrievalEngine';

/**
 * Round-36 dev class, against a small guide of our own: "En kollega mener, at ... Er det i tråd med
 * kommunens linje?" puts a claim up for checking. "i tråd med" means "in line with": read as a
 * Teams thread, it pulled the answer to a section about threads.
 */
const engine = guideEngineOf(
  {
    'Deling i Teams': 'En tråd i Teams er ikke et møde, og oplysninger om et barn deles ikke i en tråd.',
    'Fællesskab og forskellighed':
      'Nogle børn har brug for ekstra støtte for at kunne være med i fællesskabet, og det skal de have.',
  },
  { id: 'community', title: 'Fællesskabsstrategien' },
);

describe('a claim checked against the line', () => {
  itAnswersFrom(engine, 'Fællesskab og forskellighed', [
    'En kollega mener, at nogle børn skal have ekstra støtte for at kunne være med i fællesskabet. Er det i tråd med kommunens linje?',
    'Some children need extra support to be part of the community, a colleague says. Is that in line with the policy?',
  ]);
});

describe('the shipped framing cuts the check, not the claim', () => {
  const stripper = createFramingStripper(shippedLexicalResources().framing ?? []);
  it.each([
    [
      'nogle børn skal have ekstra støtte. er det i tråd med kommunens linje',
      'nogle børn skal have ekstra støtte.',
    ],
    [
      'some children need extra support. is that in line with the policy',
      'some children need extra support.',
    ],
  ])('%s', (question, kept) => {
    expect(stripper.strip(question).trim()).toBe(kept);
  });
});
