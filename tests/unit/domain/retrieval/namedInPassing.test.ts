import { guideEngine, itAnswersFrom, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * A programme the documents only name ("bygger blandt andet på Trygge Rammer") is not described by
 * them: a question for its materials, tests or methods is abstained on, in Danish and English
 * (round-25 dev class: "hvilke materialer bruger man i De Utrolige År"; round 27: "can you list
 * the expectations we use in PALS"). A section about the
 * programme itself still answers.
 */
const GUIDE = `# Sprogarbejdet i Prøveby Kommune

## Uddannelse af personalet

Personalet i dagtilbud er siden 2015 uddannet i sprogarbejde. Uddannelsen bygger blandt andet på Trygge Rammer og en analysemodel. Fokus er samspil og trivsel.

## Sprogkufferten

Sprogkufferten bruges i alle børnehaver. Den rummer materialet Tale Sammen, billedkort og en vejledning til forældresamtalen.
`;

const engine = () => guideEngine(GUIDE, { id: 'sprog', title: 'Sprogarbejdet i Prøveby Kommune' });

describe('a programme named only in passing', () => {
  it.each([
    'hvilke materialer bruger man i Trygge Rammer?',
    'Hvilket materiale bygger Trygge Rammer på',
    'which materials are used in Trygge Rammer?',
    'what tools does Trygge Rammer use',
    // A request to list what the programme holds (round-27 dev class).
    'Can you list the shared rules we use in Trygge Rammer?',
    'kan du opremse de fælles regler vi bruger i Trygge Rammer',
  ])('is not described by the section that names it: %s', (question) => {
    expect(engine().answer(question).kind).toBe('noAnswer');
  });

  it.each([
    'hvilke materialer er der i Sprogkufferten',
    'which materials are in the Sprogkufferten',
    'can you list the materials in the Sprogkufferten',
  ])('a section about the programme itself answers: %s', (question) => {
    expect(topSectionOf(engine().answer(question))).toContain('Sprogkufferten');
  });
});

/**
 * A programme's name typed with ae, oe and aa for æ, ø and å ("Meningsfulde Faellesskaber") is the
 * same name as the heading's (round-35 dev class: "kan du liste temaerne i strategien Meningsfulde
 * Faellesskaber?" was abstained on as a programme the section only names in passing).
 */
const STRATEGY = `# Grønne Fællesskaber

## Strategiens temaer

Strategien har tre temaer:
- Leg i naturen
- Mad og måltider
- Fælles ansvar
`;

describe('a programme named in the headings, typed with ae, oe and aa', () => {
  itAnswersFrom(
    () => guideEngine(STRATEGY, { id: 'groen', title: 'Grønne Fællesskaber' }),
    'Strategiens temaer',
    [
      'kan du liste temaerne i strategien Groenne Faellesskaber?',
      'kan du liste temaerne i strategien Grønne Fællesskaber?',
      'can you list the themes of Groenne Faellesskaber',
    ],
  );
});
