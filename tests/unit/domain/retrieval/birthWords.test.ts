import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Birth in its word classes ("født", "fødsel", "fødslen", "føde") is one concept in the shipped
 * synonyms: "barnet er ikke født endnu" finds the sentence about support "lige efter fødslen"
 * (round-27 dev class: such questions abstained or quoted the general duty instead). Against a
 * small guide of our own.
 */
const GUIDE = guideOf({
  'Hvornår du skal underrette':
    'Som ansat har du en skærpet pligt. Du skal underrette kommunen, når du har grund til at tro, at et barn under 18 år kan have brug for særlig støtte. Pligten gælder også, når et barn kan få brug for støtte lige efter fødslen på grund af de kommende forældres forhold. Den gælder ligeledes ved ulovligt skolefravær.',
});

const engine = () => guideEngine(GUIDE);

describe('birth in its word classes', () => {
  it.each([
    'Jeg er sundhedsplejerske og kommer hos en gravid kvinde, som drikker meget. Barnet er jo ikke født endnu - gælder underretningspligten så overhovedet?',
    'gaelder underretningspligten ogsaa for et barn der ikke er foedt endnu',
    'Står der noget om at underrette når det er en gravid kvinde, og barnet ikke er født endnu?',
    // English reaches the same sentence through the glossary ("not born yet", "unborn": før fødslen).
    'A pregnant mum I know is using drugs. Does my duty to report apply even though the baby is not born yet?',
    'does the duty to report also apply for an unborn child?',
  ])('the quote opens with the sentence about the time after the birth: %s', (question) => {
    const answer = engine().answer(question);
    expect(topSectionOf(answer)).toContain('Hvornår du skal underrette');
    expect(answer.kind === 'answer' ? answer.passages[0]?.quote : '').toMatch(
      /^Pligten gælder også.*lige efter fødslen/,
    );
  });
});
