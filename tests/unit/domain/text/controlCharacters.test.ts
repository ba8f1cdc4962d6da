import { withoutControlCharacters } from '../../../../src/domain/text/controlCharacters';

describe('control characters in echoed text', () => {
  it.each([
    ['BU-2026-0042\u001b[2J\u001b[H', 'BU-2026-0042'],
    ['a\u001b]0;titel\u0007b', 'ab'],
    ['a\u001b]8;;https://x\u001b\\link\u001b]8;;\u001b\\b', 'alinkb'],
    ['rød\u001b[31;1mtekst\u001b[0m', 'rødtekst'],
    ['linje\r\nto\ttab\u0000\u007f\u009b31m', 'linjetotab'],
    ['abc\u202edef\u2066', 'abcdef'],
  ])('%j becomes %j', (input, expected) => {
    expect(withoutControlCharacters(input)).toBe(expected);
  });

  it('leaves ordinary Danish text alone', () => {
    expect(withoutControlCharacters('Sag BU-2026-0042: Æble, Øre og Ål')).toBe(
      'Sag BU-2026-0042: Æble, Øre og Ål',
    );
  });
});
