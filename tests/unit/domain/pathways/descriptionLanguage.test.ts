import { detectDescriptionLanguage } from '../../../../src/domain/pathways/descriptionLanguage';
import { prepareText } from '../../../../src/domain/pathways/textMatching';

describe('detectDescriptionLanguage', () => {
  it('reads English descriptions as English', () => {
    expect(detectDescriptionLanguage(prepareText('a 10 year old told me that his dad hits him'))).toBe('en');
  });
  it('reads Danish descriptions (also with a stray English word) as Danish', () => {
    expect(detectDescriptionLanguage(prepareText('drengen er i en crisis og har det svært'))).toBe('da');
    expect(detectDescriptionLanguage(prepareText('a'))).toBe('da');
  });
});
