import { guideEngineOf, itAbstainsAsOutOfScope, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Round-41 classes (dev): the staff's own work or residence permit is a matter for HR and the
 * state, choosing a school for one's own child belongs to the school offices, and when the answers
 * were last brought up to date is not in the documents. The documents' own topics stay answered.
 */
const engine = guideEngineOf(
  {
    Skolestart:
      'Barnet begynder i skole i august i det år, hvor det fylder seks. Overgangen fra dagtilbud til skole planlægges sammen med forældrene.',
    'Hvornår du skal underrette':
      'Du skal underrette kommunen, når du har grund til at tro, at et barn under 18 år kan have brug for særlig støtte.',
  },
  { id: 'vejl', title: 'Vejledning for Prøveby Kommune' },
);

describe('permits, school choice and updates are out of scope', () => {
  itAbstainsAsOutOfScope(engine, [
    [
      'My work permit expires next spring. How do I extend it so I can keep working at the børnehave?',
      'employment',
    ],
    ['hvordan forlænger jeg min arbejdstilladelse', 'employment'],
    ['Kan jeg søge frit skolevalg til min egen søn uden for distriktet?', 'placeApplication'],
    ['is my house in the catchment area of the school', 'placeApplication'],
    ['Hvilke dokumenter er du bygget på, og hvornår blev du sidst opdateret?', 'policyRevision'],
    ['when were the answers last updated', 'policyRevision'],
  ]);
});

describe('the documents’ own topics', () => {
  itAnswersFrom(engine, 'Skolestart', ['hvornår skal et barn starte i skole']);
  itAnswersFrom(engine, 'Hvornår du skal underrette', ['hvornår skal jeg underrette kommunen']);
});
