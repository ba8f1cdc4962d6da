import { askingSentences, sentencesOf } from '@src/domain/text/sentences';

describe('sentences of a message', () => {
  it('ends a sentence at a period, a question mark and a line break', () => {
    expect(sentencesOf('Hej. Hvad gør jeg?\nTak')).toEqual(['Hej.', 'Hvad gør jeg?', 'Tak']);
  });

  it.each([
    ['er det mål nr. 4 om uddannelse?'],
    ['han kom kl. 8 i dag'],
    ['vi inddrager bl.a. PPR og sundhedsplejen'],
    ['is it goal no. 4?'],
    ['den 24. december'],
  ])('does not end one at a short form or an ordinal: %s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe('the sentences that ask', () => {
  it('are the sentences with a question mark when a question is told inside a story', () => {
    expect(
      askingSentences('En pige har fortalt mig detaljeret om det. Hvilken farve får sådan en sag?'),
    ).toBe('Hvilken farve får sådan en sag?');
  });

  it('are the whole message when no sentence has a question mark or there is one sentence', () => {
    expect(askingSentences('hvad siger politikken om fravær')).toBe('hvad siger politikken om fravær');
    expect(askingSentences('Vi har en elev. hvad gør vi')).toBe('Vi har en elev. hvad gør vi');
  });
});
