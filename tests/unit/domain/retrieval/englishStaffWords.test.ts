import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * English words staff use for the guide's Danish terms (round-31 dev class): "childcare" is
 * dagtilbud, "guaranteed" a right ("ret til"), "special needs teaching" specialundervisning.
 */
const TRANSITIONS = guideOf({
  Dagtilbud: 'Der er ret til dagtilbud fra seks måneder.',
  'Samarbejde med familier': 'Familier får en fast plads ved skole-hjem-samtalen, fra barnet er seks år.',
  'Skole og specialundervisning':
    'Specialundervisning gives i mindst ni lektioner om ugen og kræver en vurdering fra PPR.',
  'Særlige behov i klassen': 'Elever med særlige behov får støtte af en lærer i undervisningen.',
});

describe('English words for the guide’s Danish terms', () => {
  it.each([
    ['From what age are families guaranteed a childcare place?', 'Dagtilbud'],
    ['what counts as special needs teaching and who has to assess it', 'Skole og specialundervisning'],
  ])('%s', (question, section) => {
    expect(topSectionOf(guideEngine(TRANSITIONS).answer(question))).toContain(section);
  });
});
