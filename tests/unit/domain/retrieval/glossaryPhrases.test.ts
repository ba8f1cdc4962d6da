import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * "done" alone is not a duty fulfilled: "When is the sprogvurdering done?" asks when an assessment
 * takes place (round 41, dev; a glossary phrase that kept only "done" once its small words were
 * dropped translated every question holding it). "Shared understanding" is the documents'
 * "fælles forståelse".
 */
const engine = guideEngineOf(
  {
    'Pligten er personlig':
      'Underretningspligten er din egen. Du opfylder den ikke ved at fortælle det til en kollega eller din leder.',
    Dagtilbud:
      'Barnet har ret til en plads i dagtilbud fra seks måneder. Omkring treårsalderen laves en sprogvurdering.',
    Fællesskaber:
      'Strategien giver en fælles forståelse af inklusionsarbejdet i hele kommunen. Målet er fællesskaber med plads til forskellighed.',
  },
  { id: 'vejl', title: 'Vejledning for Prøveby Kommune' },
);

describe('"done" alone', () => {
  itAnswersFrom(engine, 'Dagtilbud', ['When is the sprogvurdering done?']);
});

describe('a duty fulfilled', () => {
  itAnswersFrom(engine, 'Pligten er personlig', ['If I tell my leader, have I done my duty?']);
});

describe('a shared understanding', () => {
  itAnswersFrom(engine, 'Fællesskaber', [
    'Is there a shared understanding of inclusion across the municipality?',
  ]);
});
