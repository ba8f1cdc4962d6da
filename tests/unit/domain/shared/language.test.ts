import { detectLanguage } from '../../../../src/domain/shared/language';

describe('detectLanguage', () => {
  it.each([
    ['What does the policy say about parents?', 'en'],
    ['Which themes does the strategy have', 'en'],
    ['hvad siger politikken om forældre?', 'da'],
    ['hvad er PPR', 'da'],
    ['Herningmodel Skole', 'da'],
  ])('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
