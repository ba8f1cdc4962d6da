import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Who drew a document up, asked in words that are all stop words ("hvem var med til at lave
 * strategien", "hvem har lavet den") or in English ("who wrote"): read as the documents'
 * "udarbejdet", it finds the section on who took part (round-39 sealed class, also in the dev and
 * retired halves of several rounds). Against a small guide of our own.
 */
const engine = guideEngineOf(
  {
    'Hvad strategien handler om':
      'Strategien er grundlaget for, hvordan byrådet vil skabe fællesskaber for børn og unge. Målet er fællesskaber med plads til forskellighed.',
    'Hvem har været med':
      'Strategien er lavet sammen med blandt andre dagtilbud, skoler, forældrebestyrelser, faglige organisationer og Kultur og Fritid.',
  },
  { id: 'strategi', title: 'Fællesskabsstrategien' },
);

describe('who drew the document up', () => {
  itAnswersFrom(engine, 'Hvem har været med', [
    'Hvem var med til at lave strategien?',
    'hvem har lavet fællesskabsstrategien',
    'who wrote the strategy?',
  ]);

  itAnswersFrom(engine, 'Hvad strategien handler om', ['hvad er målet med strategien?']);
});
