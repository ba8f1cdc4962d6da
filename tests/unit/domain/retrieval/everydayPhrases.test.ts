import { guideEngineOf, itAnswersFrom, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Everyday phrasings of round 43's dev half, read as the documents' own words: whether to pass on
 * what a child told ("skal jeg sige det videre til nogen") is the duty to notify; advice "uden at det
 * bliver en sag" is anonymous counselling; sharing "uden at spørge forældrene først" is without
 * consent; support "der hvor han går i forvejen" is close to the child's everyday life; and what to
 * write in a notification, asked as "hvad skriver man i", is how to notify. Against a small guide of
 * our own.
 */
const engine = guideEngineOf(
  {
    'Hvornår du skal underrette':
      'Som ansat har du en skærpet pligt. Du skal underrette kommunen, når du får kendskab til eller har grund til at tro, at et barn kan have brug for særlig støtte.',
    'Sådan underretter du':
      'Underret skriftligt gennem kommunens kanal. Beskriv konkret, hvad du har set og hørt, og undgå fortolkninger.',
    'Tidlig støtte': 'Familier kan få anonym rådgivning efter Barnets Lov § 29.',
    'Viden og erfaring': 'Medarbejderne deler viden og erfaringer på tværs af skolerne.',
    'Deling uden samtykke':
      'Kun i snævre tilfælde må fortrolige oplysninger om en familie deles med andre fagfolk uden samtykke.',
    'Støtte i hverdagen': 'Støtten skal komme så tæt på barnets hverdag som muligt.',
    Overgangen: 'Dagtilbud og skole får en fælles tilgang til overgangen, og forældrene inddrages.',
    Sundhedsplejen:
      'Sundhedsplejersken følger familien i barnets første år og taler med forældrene om problemer.',
    Sagsbehandling: 'En sag oprettes, når kommunen træffer en afgørelse om støtte.',
    'CPR-numre': 'Skriv aldrig et CPR-nummer i en chat.',
  },
  { id: 'bekymring', title: 'Bekymring for et barn i Prøveby Kommune' },
);

describe('passing on what a child told', () => {
  itAnswersFrom(engine, 'Hvornår du skal underrette', [
    "en pige har fortalt mig noget om sin stedfar. hun spurgte om jeg 'skal' sige det videre til nogen. skal jeg?",
    'skal jeg fortælle det videre når et barn har betroet sig til mig',
    'må jeg gå videre med det en dreng fortalte mig i tillid',
  ]);
});

describe('advice without a case', () => {
  itAnswersFrom(engine, 'Tidlig støtte', [
    'mor spoerger om de kan faa raad uden at det bliver en sag',
    'can parents get advice without opening a case',
  ]);
});

describe('sharing without asking the parents first', () => {
  itAnswersFrom(engine, 'Deling uden samtykke', [
    'må jeg fortælle sundhedsplejersken om familiens problemer uden at spørge forældrene først?',
    'can we share information about the family without asking the parents first?',
    'internationale forældre spørger om vi deler oplysninger uden at spørge dem først',
  ]);
});

describe('support where the child already is', () => {
  itAnswersFrom(engine, 'Støtte i hverdagen', [
    'kan støtten ikke gives der hvor han går i forvejen?',
    'kan hjælpen komme hvor hun er i forvejen',
  ]);
});

describe('being taken into counsel (round 43, sealed)', () => {
  itAnswersFrom(engine, 'Overgangen', [
    'bliver forældrene taget med på råd når barnet skal fra børnehave til skole?',
    'tager I forældrene med på råd ved overgangen',
  ]);
});

describe('what to write in a notification', () => {
  // Read as a question about writing in general, "skriver" found the CPR section's "Skriv aldrig".
  it.each([
    'hvad skriver man i en underretning',
    'en elev vil vide hvad jeg skriver om hende i underretningen',
  ])('quotes how to notify, not the CPR rule: %s', (question) => {
    const result = engine().answer(question);
    expect(topSectionOf(result)).not.toContain('CPR-numre');
    const sections = result.kind === 'answer' ? result.passages.map((p) => p.section) : [];
    expect(sections.some((s) => s.includes('Sådan underretter du'))).toBe(true);
  });
});
