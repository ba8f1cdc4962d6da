import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * The documents write a small count in words ("seks måneder", "fire temaer"); staff type digits and
 * short units ("fra 6 mdr", "from 6 months"). Read as the documents write them, the count finds its
 * section (round-28 retired class: "har forældre krav på en dagplejeplads fra barnet er 6 mdr"
 * abstained). Each in Danish and English, against a small guide of our own.
 */
const GUIDE = guideOf({
  Ungdomsklub: 'Unge har ret til en plads i ungdomsklubben fra fjorten år.',
  Dagtilbud: 'Barnet har ret til en plads i dagtilbud fra seks måneder.',
  Skolestart: 'Barnet begynder i skole i august det år, det fylder seks år.',
});

describe('a count in digits is read as the documents write it', () => {
  it.each([
    ['har man krav på en plads fra 6 mdr', 'Dagtilbud'],
    ['ret til plads fra 6 mnd.', 'Dagtilbud'],
    ['is there a right to a place from 6 months', 'Dagtilbud'],
  ])('%s', (question, section) => {
    expect(topSectionOf(guideEngine(GUIDE).answer(question))).toContain(section);
  });

  it.each(['hvornår skal et barn på 6 år begynde i skole', 'when does a 6 year old start school'])(
    'an age in digits still finds the age: %s',
    (question) => {
      expect(topSectionOf(guideEngine(GUIDE).answer(question))).toContain('Skolestart');
    },
  );
});
