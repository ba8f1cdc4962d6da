import { compileRegex } from '../../../../src/domain/pathways/textMatching';

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

  it('matches æ, ø and å written as ae, oe and aa', () => {
    expect(matches(String.raw`\bblå\s+mærke\w*`, 'blaa maerker paa armen')).toEqual(['blaa maerker']);
  });
});
