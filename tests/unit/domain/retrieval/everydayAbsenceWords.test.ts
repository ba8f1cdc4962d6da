import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Everyday English for staying away from school ("skipping school", "bunking off") and for parents
 * being warned reaches the Danish section on unlawful absence through the shipped glossary (retired
 * round-26 sealed class: the question abstained). Against a small guide of our own, with the
 * Danish twin beside it.
 */
const GUIDE = guideOf({
  'Ulovligt skolefravær':
    'Skolen skal handle, når en elev har meget ulovligt fravær i en periode. Forældrene skal advares, før kommunen inddrages.',
});

const engine = () => guideEngine(GUIDE);

describe('everyday words for unlawful absence', () => {
  it.each([
    'At what point are parents warned that their kid is skipping school too much?',
    'a pupil keeps bunking off, what do we do?',
    'hvornår skal forældrene advares om at ungen pjækker for meget?',
  ])('%s', (question) => {
    expect(topSectionOf(engine().answer(question))).toContain('Ulovligt skolefravær');
  });
});
