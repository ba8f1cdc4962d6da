import { createFramingStripper } from '@src/domain/text/framing';
import { guideEngineOf, itAnswersFrom, shippedLexicalResources } from '@tests/helpers/retrievalEngine';

/**
 * Round-32 dev class, against a small guide of our own: "vi skal i gang med ... til august" is
 * where the team stands, told before the question, not what it asks (it abstained).
 */
const engine = guideEngineOf(
  {
    'Hvem var med': 'Strategien er lavet sammen med skoler, dagtilbud, forældrebestyrelser og foreningerne.',
    Skolestartsforløbet:
      'Dagtilbud og skole arbejder med en fælles tilgang i skolestarten, og forældrene inddrages undervejs.',
    Formålet:
      'Vi skal sætte gang i en udvikling, hvor alle børn får en god start, og vi skal i fællesskab skabe rammerne.',
    'Forløbet i skolen':
      'Forløbet i skolen strækker sig over to år. Et team fra PPR støtter skolen undervejs.',
  },
  { id: 'strategy', title: 'Fællesskabsstrategien' },
);

describe('where the team stands, told before the question', () => {
  itAnswersFrom(engine, 'Forløbet i skolen', [
    'vi skal i gang med forløbet i skolen til august – hvor lang tid tager det og får vi hjælp udefra',
    'vi er i gang med forløbet i skolen, hvor lang tid tager det',
    'we are starting the course at school in August – how long does it take',
  ]);
});

describe('the shipped framing cuts where the team stands', () => {
  const stripper = createFramingStripper(shippedLexicalResources().framing ?? []);
  it.each([
    ['vi skal i gang med herningmodel skole til august', 'herningmodel skole til august'],
    ['vi er i gang med skolestartsforløbet – hvem støtter os', 'skolestartsforløbet – hvem støtter os'],
  ])('%s', (question, kept) => {
    expect(stripper.strip(question)).toBe(kept);
  });
});
