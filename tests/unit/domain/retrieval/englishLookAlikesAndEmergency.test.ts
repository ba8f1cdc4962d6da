import { guideEngineOf, itAbstainsAsOutOfScope, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Round-42 sealed misses, read after their one scoring (classes, in new words): an English word the
 * glossary translates is not the Danish out-of-scope phrase that shares its stem ("skills" and
 * "skilles", to divorce); other countries' emergency numbers are asked of 112; a baby that "isn't
 * born yet" and the writer's own "interpretation" are the documents' words.
 */
const engine = guideEngineOf(
  {
    'Akut fare':
      'Er barnet i akut fare, så ring 112. Uden for kontortid kan du kontakte politiet på 114 og den sociale døgnvagt.',
    'Hvornår du skal underrette':
      'Du skal underrette, når du har grund til at tro, at et barn kan have brug for særlig støtte. Pligten gælder også, når et barn kan få brug for støtte lige efter fødslen på grund af de kommende forældres forhold.',
    'Sådan underretter du':
      'Underret skriftligt. Beskriv konkret, hvad du har set og hørt, og undgå fortolkninger.',
    Skolestart: 'Forløbet styrker børnenes kompetencer i sprog, motorik og samspil, og forældrene inddrages.',
  },
  { id: 'vejl', title: 'Vejledning for Prøveby Kommune' },
);

describe('an English word and a Danish out-of-scope phrase with the same stem', () => {
  itAnswersFrom(engine, 'Skolestart', ['which 3 skills does the school start programme work on']);
  itAbstainsAsOutOfScope(engine, [['skal forældrene skilles, hvad siger politikken', 'familyAdvice']]);
});

describe('words from other systems', () => {
  itAnswersFrom(engine, 'Akut fare', [
    "What's the 911 here? A kid is in immediate danger.",
    'what is the 999 here',
  ]);
  itAnswersFrom(engine, 'Hvornår du skal underrette', [
    'Does the duty to report also cover a baby that isn’t born yet?',
  ]);
  itAnswersFrom(engine, 'Sådan underretter du', [
    'When I write the report, should I put in my own interpretation of what happens at home?',
  ]);
});
