import { extractSpeaker } from '../../../../src/domain/pathways/speaker';
import { prepareText } from '../../../../src/domain/pathways/textMatching';

describe('extractSpeaker', () => {
  it.each([
    ['hun fortæller at far slår hende', 'child'],
    ['en elev i 8. klasse fortæller at hendes stedfar slår hende', 'child'],
    ['moren siger at drengen sover dårligt', 'parent'],
    ['vi har observeret at han trækker sig', 'staff'],
    ['en klassekammerat fortalte at hun skærer i sig selv', 'other'],
    ['drengen på 4 år taler lidt', 'unknown'],
  ])('%s -> %s', (text, speaker) => {
    expect(extractSpeaker(prepareText(text))).toBe(speaker);
  });
});
