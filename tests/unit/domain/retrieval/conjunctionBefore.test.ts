import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * "før" that opens a clause ("hvor lang tid går der før man hører noget", "før det hedder
 * specialundervisning") only joins the clauses; read as a search word it pulled answers to a
 * section headed "Før fødslen" (round-29 dev class). A "garanteret" place is a right to one.
 */
const GUIDE = guideOf({
  'Før fødslen': 'Før fødslen kan sundhedsplejen følge familien og tale om dagtilbud og skole.',
  'Efter en underretning': 'Du får en kvittering fra kommunen inden for seks hverdage.',
  Specialundervisning: 'Specialundervisning er støtte på mindst ni lektioner om ugen.',
  Klub: 'Unge kan få en plads i klubben efter skoletid.',
  Dagtilbud: 'Barnet har ret til en plads i dagtilbud fra seks måneder.',
});

describe('"før" opening a clause is no search word', () => {
  it.each([
    ['hvor mange lektioner skal det være før det hedder specialundervisning', 'Specialundervisning'],
    ['skal der gå lang tid før man får en kvittering', 'Efter en underretning'],
    ['how many lessons before it counts as special needs teaching', 'Specialundervisning'],
    ['fra hvor gammel er man garanteret en plads', 'Dagtilbud'],
    // Before a child or a pupil, and typed without ø (round-33 dev class).
    ['hvad skal der til foer et barn kan faa specialundervisning', 'Specialundervisning'],
    ['hvor mange lektioner før en elev får specialundervisning', 'Specialundervisning'],
  ])('%s', (question, section) => {
    expect(topSectionOf(guideEngine(GUIDE).answer(question))).toContain(section);
  });

  it.each(['hvad sker der før fødslen', 'hvad sker der foer foedslen', 'what happens before the birth'])(
    'the preposition still finds its section: %s',
    (question) => {
      expect(topSectionOf(guideEngine(GUIDE).answer(question))).toContain('Før fødslen');
    },
  );
});
