import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Raising staff's skills said in other words ("opkvalificere", "kompetenceløft", "udvikle
 * kompetencer") is one concept with "kompetenceudvikling" and "efteruddannelse" in the shipped
 * synonyms (round-27 dev class: "handler herningmodellen mest om ungerne eller om at opkvalificere
 * os voksne?" quoted the training history instead of the sentence on what the parts are about).
 * Against a small guide of our own.
 */
const GUIDE = guideOf(
  {
    'Prøvemodellen i dagtilbud':
      'Medarbejdere i dagtilbud er siden 2015 blevet uddannet gennem Prøvemodellen. Uddannelsen bygger på en analysemodel.',
    'Hvad delene handler om':
      'De tre dele handler først og fremmest om at udvikle lærernes og pædagogernes kompetencer. Formålet er, at de selv kan sætte ind over for børn i risiko.',
  },
  'Prøvemodellen',
);

const engine = () => guideEngine(GUIDE, { id: 'model', title: 'Prøvemodellen' });

describe('raising staff skills in other words', () => {
  it.each([
    'handler den mest om børnene eller om at opkvalificere de voksne?',
    'is the Prøvemodellen mostly about upskilling the staff?',
    'er prøvemodellen mest et kompetenceløft for personalet?',
  ])('%s', (question) => {
    expect(topSectionOf(engine().answer(question))).toContain('Hvad delene handler om');
  });
});
