import { sentenceAround } from '../../../../src/domain/pathways/sentences';
import { allMatches, compileRegex, prepareText } from '../../../../src/domain/pathways/textMatching';

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

const matches = (pattern: string, text: string): string[] =>
  [...text.matchAll(compileRegex(pattern))].map((m) => m[0]);

describe('compileRegex: word boundaries', () => {
  it('reads \\b before a lookahead for a non-letter as the end of a word', () => {
    const pattern = String.raw`\bgonna\s+kill\s+me\b(?=\W{0,3}\s*(?:if|when))`;
    expect(matches(pattern, 'my mum is gonna kill me if i lose it')).toEqual(['gonna kill me']);
    expect(matches(pattern, 'gonna kill meself if')).toEqual([]);
  });

  it('reads \\b before a lookahead for a word as the start of a word', () => {
    const pattern = String.raw`\b(?=(?:ryger|drikker)\s)(?:ryger|drikker)\s+i\s+weekenden`;
    expect(matches(pattern, 'han ryger i weekenden')).toEqual(['ryger i weekenden']);
    expect(matches(pattern, 'storryger i weekenden')).toEqual([]);
  });

  it('reads \\b before an optional group that opens with a space as the end of a word', () => {
    const pattern = String.raw`\bslog\s+(?:\w+\s+)?brik\b(?:\s+hjem)?`;
    expect(matches(pattern, 'far slog mors brik hjem')).toEqual(['slog mors brik hjem']);
    expect(matches(pattern, 'far slog mors brikker')).toEqual([]);
  });

  it('matches æ, ø and å written as ae, oe and aa', () => {
    expect(matches(String.raw`\bblå\s+mærke\w*`, 'blaa maerker paa armen')).toEqual(['blaa maerker']);
  });
});

describe('prepareText: initials', () => {
  it('does not end a sentence at a name shortened to an initial', () => {
    const text = prepareText('Far til H. kom for sent og lugtede af øl. A. (8) græd.');
    expect(text.original).toHaveLength(text.lower.length);
    expect(sentenceAround(text.lower, { start: 0, end: 3 })).toEqual({ start: 0, end: 40 });
    expect(text.lower).toContain('a  (8) græd');
  });

  it('keeps the dot when the next word starts a new sentence', () => {
    const text = prepareText('Jeg talte med H. Han sagde nej.');
    expect(text.lower).toContain('h. han');
  });
});
