import {
  asciiDanishVariant,
  derivationFamilies,
  derivationRoot,
  withDanishLetters,
} from '../../../../src/domain/text/derivation';
import { stem } from '../../../../src/domain/text/stem';

const root = (word: string) => derivationRoot(stem(word));

describe('derivation across word classes', () => {
  it.each([
    ['trivsel', 'trives'],
    ['fællesskab', 'fælles'],
    ['hverdagsliv', 'hverdag'],
    ['deling', 'dele'],
    ['tryghed', 'tryg'],
    ['udvikling', 'udvikle'],
  ])('%s and %s share a root', (noun, other) => {
    expect(root(noun)).toBe(root(other));
  });

  it('keeps unrelated words apart', () => {
    expect(root('trivsel')).not.toBe(root('politik'));
    expect(root('fællesskab')).not.toBe(root('forældre'));
    expect(root('skole')).not.toBe(root('skov'));
  });

  it('groups a vocabulary by root', () => {
    const families = derivationFamilies([stem('trives'), stem('trivsel'), stem('skole')]);
    expect(families.get(root('trivsel'))?.sort()).toEqual([stem('trives'), stem('trivsel')].sort());
    expect(families.get(root('skole'))).toEqual([stem('skole')]);
  });

  it('reads ae, oe and aa as æ, ø and å', () => {
    expect(asciiDanishVariant('faellesskab')).toBe('fællesskab');
    expect(asciiDanishVariant('boern')).toBe('børn');
    expect(asciiDanishVariant('byraadet')).toBe('byrådet');
    expect(asciiDanishVariant('skole')).toBeUndefined();
  });

  it('puts the letters back in a whole text typed without them, and only then', () => {
    expect(withDanishLetters('hvornaar skal boernene i skole')).toBe('hvornår skal børnene i skole');
    expect(withDanishLetters('hvornår skal boernene i skole')).toBeUndefined();
    expect(withDanishLetters('hvem bestemmer det')).toBeUndefined();
  });
});
