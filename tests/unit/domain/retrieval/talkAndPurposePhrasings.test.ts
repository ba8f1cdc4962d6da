import { detectAnswerType } from '@src/domain/retrieval/answerType';
import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Classes from the round-28 blind dev halves and the read round-27 sealed halves, in phrasings of
 * our own: the purpose asked as "tanken bag", "idéen med" or "hvad går X ud på", and a question told
 * inside a story (a talk being prepared, a parent on the phone) or as "the main topics".
 */
const GUIDE = guideOf({
  'Modellens mål': 'Målet med Prøvebymodellen er at give den rette hjælp til den rette tid.',
  'Vores børnesyn': 'Kommunens børnesyn har overskriften "Sammen om legen".',
  'Fire spor': 'Politikken for børn og unge er bygget op om fire spor: Leg, Læring, Familie og Fællesskab.',
  'Kontakt til psykologen': 'Forældre kontakter psykologen gennem skolen, altid sammen med læreren.',
  'Ansættelse af personale': 'Nye pædagoger ansættes efter samtale med lederen og en kollega.',
  // The words of the story around the question, in sections that do not answer it.
  Personalemøder:
    'Lederen holder oplæg for nye pædagoger på personalemødet i morgen og hver måned, så alle kan huske reglerne.',
  'Tanker og følelser': 'Børn lærer at sætte ord på tanken bag det de gør, og på deres følelser.',
});

describe('the purpose asked in everyday words', () => {
  it.each([
    ['hvad er tanken bag prøvebymodellen', 'purpose'],
    ['hvad er egentlig grundtanken med modellen', 'purpose'],
    ['hvad er idéen med strategien', 'purpose'],
    ['hvad er ideen bag den', 'purpose'],
    // Round 27: "hvad går X ud på".
    ['hvad går herningmodellen ud på, helt kort', 'purpose'],
    ['hvad går den nye model egentlig ud på', 'purpose'],
  ])('%s -> %s', (question, type) => {
    expect(detectAnswerType(question)).toBe(type);
  });

  it('answers "tanken bag" with the section on the aim', () => {
    expect(
      topSectionOf(guideEngine(GUIDE).answer('hvad er egentlig tanken bag prøvebymodellen kort fortalt')),
    ).toContain('Modellens mål');
  });
});

describe('a question inside a story: a talk being prepared, a parent on the phone, the main topics', () => {
  it.each([
    // Round 28 dev.
    [
      'jeg skal holde oplæg for nye pædagoger og vil nævne kommunens børnesyn, hvad er overskriften på det nu igen',
      'Vores børnesyn',
    ],
    [
      'skal lave et oplæg til personalemødet i morgen og kan ikke lige huske dem – hvilke fire spor er politikken bygget op om?',
      'Fire spor',
    ],
    // Round 27 sealed, read after its scoring.
    [
      'jeg har en mor i telefonen der spørger om hun selv kan ringe direkte til psykologen. hvad siger vi om det?',
      'Kontakt til psykologen',
    ],
    [
      'Jeg skal forberede et personalemøde. Jeg vil gerne starte med at vise de overordnede emner, som politikken for børn og unge er bygget op om. Hvad hedder de?',
      'Fire spor',
    ],
  ])('%s', (question, section) => {
    expect(topSectionOf(guideEngine(GUIDE).answer(question))).toContain(section);
  });
});
