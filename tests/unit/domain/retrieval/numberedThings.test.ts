import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * "tema nr 2" asks for the detail of one numbered thing, which a text names with an ordinal word
 * ("det andet tema"). Missed on round 32's and round 34's sealed halves (read after retirement).
 * Danish only: an English "theme number 2" would need the glossary's word for the ordinal's noun.
 */
const engine = guideEngineOf(
  {
    'Politikkens opbygning':
      'Politikken har fire temaer: Fællesskab, Leg og læring, Sundhed og Medborgerskab. En nyere side kalder det andet tema "Leg, læring og trivsel".',
    'Politikkens formål': 'Politikken skal give alle børn et godt liv.',
  },
  { id: 'policy', title: 'Børne- og Ungepolitikken' },
);

describe('a numbered thing that the text names with an ordinal word', () => {
  itAnswersFrom(engine, 'Politikkens opbygning', [
    'hedder tema nr 2 ikke noget med trivsel nu?',
    'en kollega siger at tema nr 2 hedder leg læring og trivsel, er det rigtigt?',
  ]);
});
