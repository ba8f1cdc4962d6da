import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * A question told inside a story: the story's words ("hun fortalte ret detaljeret om ...", "in
 * detail") describe what happened and are no demand on the answer; what the answer must state is
 * read from the sentences that ask. Round-35 dev class: "En pige i 2. klasse har i dag fortalt mig
 * ret detaljeret hvad hendes onkel har gjort ved hende. Hvilken farve får sådan en sag efter
 * beredskabsplanen?" was abstained on.
 */
const engine = guideEngineOf(
  {
    Beredskabsplanen:
      'Kommunen har en beredskabsplan for vold og overgreb mod børn. Henvendelser sorteres som grøn, gul eller rød. En sag er altid rød ved seksuelle overgreb.',
    Skolestart: 'Børn begynder i skole i det år, de fylder seks.',
  },
  { id: 'plan', title: 'Beredskab' },
);

describe('the words of a story before the question', () => {
  itAnswersFrom(engine, 'Beredskabsplanen', [
    'En pige har i dag fortalt mig ret detaljeret hvad hendes onkel har gjort. Hvilken farve får sådan en sag efter beredskabsplanen?',
    'A girl told me in detail what her uncle did to her. What colour does such a case get in the beredskabsplan?',
  ]);
});
