import { allMatches, compileRegex } from '../../../../src/domain/pathways/textMatching';

const asFound = (matches: readonly RegExpMatchArray[]) => matches.map((m) => [m.index, ...m]);

describe('allMatches', () => {
  const cases: [string, RegExp, string][] = [
    ['words', compileRegex('\\bslå\\w*'), 'far slår hende, og han slog også i går'],
    ['groups', /(\d+)\s?(år|mdr)/gu, 'en dreng på 4 år og en baby på 9 mdr'],
    ['empty matches over astral characters', /x*/gu, 'a😀b𝒳x'],
    ['empty matches without the unicode flag', /x*/g, 'a😀b'],
    ['no match', compileRegex('\\bkniv\\b'), 'hun er glad for skolen'],
  ];

  it.each(cases)('finds what matchAll finds: %s', (_name, regex, text) => {
    expect(asFound(allMatches(regex, text))).toEqual(asFound([...text.matchAll(regex)]));
  });

  it('starts from the beginning whatever an earlier use left, and leaves the expression reset', () => {
    const regex = /hash/gu;
    regex.lastIndex = 10;
    expect(allMatches(regex, 'hash og mere hash').map((m) => m.index)).toEqual([0, 13]);
    expect(regex.lastIndex).toBe(0);
  });
});
