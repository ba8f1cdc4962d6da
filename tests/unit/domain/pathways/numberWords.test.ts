import { numberOf, withHalf } from '../../../../src/domain/pathways/numberWords';

describe('numberOf', () => {
  it.each([
    ['7', 7],
    ['tolv', 12],
    ['twelve', 12],
    ['atten', 18],
  ])('%s is %s', (word, n) => {
    expect(numberOf(word)).toBe(n);
  });

  it('a word that is no number is undefined', () => {
    expect(numberOf('mange')).toBeUndefined();
  });
});

describe('withHalf', () => {
  it.each([
    ['2½', 2, 2.5],
    ['3 og en halv', 3, 3.5],
    ['4.5', 4, 4.5],
    ['4', 4, 4],
  ])('%s', (matched, whole, expected) => {
    expect(withHalf(whole, matched)).toBe(expected);
  });
});
