import { guideEngineOf, itAbstainsAsOutOfScope, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * A kind of school or daycare written as one word ("på ungdomsskolen", "i skovbørnehaven") is where
 * the asker works, which every municipality has: not a named place the documents would have to
 * know. A place named by its own compound ("på brændgårdskolen") still is (round 41, dev).
 */
const engine = guideEngineOf(
  {
    'Vold og overgreb':
      'Kommunen har en beredskabsplan for vold og overgreb, som gælder alle medarbejdere, der arbejder med børn og unge fra 0 til 17 år.',
    Dagtilbud: 'Barnet har ret til en plads i dagtilbud fra seks måneder.',
  },
  { id: 'vejl', title: 'Vejledning for Prøveby Kommune' },
);

describe('a kind of institution in the question', () => {
  itAnswersFrom(engine, 'Vold og overgreb', [
    'Gælder beredskabsplanen mod vold og overgreb også for os, der har de 16-17-årige på ungdomsskolen?',
    'Gælder beredskabsplanen for vold og overgreb også på Ungdomsskolen?',
    'gælder beredskabsplanen for vold også for os i skovbørnehaven',
  ]);
});

describe('a place named by its own compound', () => {
  itAbstainsAsOutOfScope(engine, [['hvornår har de åbent på brændgårdskolen']]);
});
