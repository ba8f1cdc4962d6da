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

  it('reads \\b before a lookahead by what the lookahead looks for (a vocabulary word in a group)', () => {
    const pattern = String.raw`\bihjel\s+hvis\b(?=(?:[^.!?]{0,40}\bsagt\b))`;
    expect(matches(pattern, 'han slår mig ihjel hvis han hører jeg har sagt det')).toEqual(['ihjel hvis']);
    expect(matches(pattern, 'ihjel hvisker at jeg har sagt det')).toEqual([]);
  });

  it('reads \\b before an optional group that opens with a space as the end of a word', () => {
    const pattern = String.raw`\bslog\s+(?:\w+\s+)?brik\b(?:\s+hjem)?`;
    expect(matches(pattern, 'far slog mors brik hjem')).toEqual(['slog mors brik hjem']);
    expect(matches(pattern, 'far slog mors brikker')).toEqual([]);
  });

  it('reads \\b before a lookbehind by what it follows, as a full word boundary', () => {
    const pattern = String.raw`\bprøvet\s+en\s+gang\b(?<=selvmord[\s\S]{0,60})`;
    expect(matches(pattern, 'memes om selvmord, hun har prøvet en gang')).toEqual(['prøvet en gang']);
    expect(matches(pattern, 'memes om selvmord, hun har prøvet en gangster')).toEqual([]);
    expect(matches(pattern, 'hun har prøvet en gang')).toEqual([]);
  });

  it('reads \\b before a group that opens with an assertion by what it follows', () => {
    const pattern = String.raw`\balene\b(?:(?!\s+til\s+skole)[^.!?]){0,40}\bi\s+pyjamas\b`;
    expect(matches(pattern, 'drengen stod alene i haven i pyjamas')).toEqual(['alene i haven i pyjamas']);
    expect(matches(pattern, 'alenemor i haven i pyjamas')).toEqual([]);
  });

  it('lets a span within a sentence run past the dot inside a time or a number', () => {
    const pattern = String.raw`\balene\b[^.!?]{0,40}\bi\s+pyjamas\b`;
    expect(matches(pattern, 'alene ved lågen kl 6.40 i pyjamas')).toEqual([
      'alene ved lågen kl 6.40 i pyjamas',
    ]);
    // A full stop after a number still ends the sentence.
    expect(matches(pattern, 'alene ved lågen kl 6. i pyjamas')).toEqual([]);
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

describe('compileRegex: English negations', () => {
  const pattern = String.raw`\bdoesn't\s+wake\b`;

  it.each(["mum doesn't wake", 'mum doesnt wake', 'mum does not wake'])(
    'a rule written with one form of "does not" matches "%s"',
    (text) => {
      expect(matches(pattern, text)).toHaveLength(1);
    },
  );

  it('matches every form of "cannot" and "will not" from either written form', () => {
    const cannot = String.raw`\bcan't\s+breathe\b`;
    expect(
      ['cant breathe', 'cannot breathe', 'can not breathe'].map((t) => matches(cannot, t).length),
    ).toEqual([1, 1, 1]);
    const willNot = String.raw`\bwill\s+not\s+eat\b`;
    expect(["won't eat", 'wont eat'].map((t) => matches(willNot, t).length)).toEqual([1, 1]);
  });

  it('leaves words that only contain an auxiliary alone', () => {
    expect(matches(String.raw`\bhasn't\s+eaten\b`, 'the boy has eaten')).toEqual([]);
  });
});

describe('prepareText: apostrophes', () => {
  it.each(['doesn\u2019t', 'doesn\u00b4t', 'doesn`t', 'doesn\u02bct'])(
    'reads the typographic apostrophe in "%s" as the plain one, keeping every offset',
    (word) => {
      const text = prepareText(`mum ${word} wake up`);
      expect(text.lower).toBe("mum doesn't wake up");
      expect(text.original).toHaveLength(text.lower.length);
    },
  );
});

describe('compileRegex: spoken infinitives', () => {
  it.each([
    ['tage sit eget liv', 'vil ta sit eget liv'],
    ['tage sit eget liv', "vil ta' sit eget liv"],
    ['have hjælp', 'ska ha hjælp'],
    ['blive slået', 'bli slået'],
  ])('a rule written "%s" matches "%s"', (pattern, text) => {
    expect(matches(String.raw`\b${pattern.replace(/ /g, '\\s+')}\b`, text)).toHaveLength(1);
  });

  it('leaves the full form and longer words alone', () => {
    expect(matches(String.raw`\btage\s+sit\s+liv\b`, 'tage sit liv')).toEqual(['tage sit liv']);
    expect(matches(String.raw`\btage\b`, 'taget')).toEqual([]);
  });
});
