import { createAnalyzer } from '../../../../src/domain/text/analyzer';
import { createCompoundSplitter } from '../../../../src/domain/text/compounds';
import { normalise } from '../../../../src/domain/text/normalise';
import { stem } from '../../../../src/domain/text/stem';
import { isStopWord } from '../../../../src/domain/text/stopWords';
import { tokenise } from '../../../../src/domain/text/tokenise';

describe('normalise', () => {
  it('lower-cases and folds foreign accents but keeps æ, ø and å', () => {
    expect(normalise('Café NAÏVE Ærø Åbenrå Søren')).toBe('cafe naive ærø åbenrå søren');
  });
  it('maps ä and ö to their Danish letters', () => {
    expect(normalise('Ärger Öl')).toBe('ærger øl');
  });
});

describe('tokenise', () => {
  it('marks a suspended hyphen before "og"', () => {
    const tokens = tokenise('Børne- og Ungepolitikken');
    expect(tokens.map((t) => t.text)).toEqual(['børne', 'og', 'ungepolitikken']);
    expect(tokens[0].suspended).toBe(true);
    expect(tokens[2].suspended).toBe(false);
  });
});

describe('stop words and stemming', () => {
  it('treats question words as stop words', () => {
    expect(['hvad', 'hvilke', 'siger', 'om'].every(isStopWord)).toBe(true);
    expect(isStopWord('forældre')).toBe(false);
  });
  it('brings inflected forms together', () => {
    expect(stem('politikken')).toBe(stem('politik'));
    expect(stem('indsatser')).toBe(stem('indsats'));
    expect(stem('temaerne')).toBe(stem('temaer'));
  });

  it('brings the -ede past tense together with the verb (Snowball has no -ede)', () => {
    expect(stem('kontaktede')).toBe(stem('kontakte'));
    expect(stem('skærpede')).toBe(stem('skærpet'));
    expect(stem('underrettede')).toBe(stem('underrette'));
    expect(stem('ønskede')).toBe(stem('ønsker'));
    expect(stem('voksede')).toBe(stem('vokse'));
    // Short words ending in -ede are left alone.
    expect(stem('rede')).toBe('red');
  });
});

describe('compound splitting', () => {
  const splitter = createCompoundSplitter([
    'fællesskaber',
    'strategien',
    'kompetencer',
    'udvikling',
    'unge',
    'politik',
  ]);
  it('splits with a linking s', () => {
    expect(splitter.split('fællesskabsstrategien')).toEqual([stem('fællesskab'), stem('strategien')]);
  });
  it('splits a plain compound', () => {
    expect(splitter.split('kompetenceudvikling')).toEqual([stem('kompetence'), stem('udvikling')]);
  });
  it('leaves unknown words alone', () => {
    expect(splitter.split('xylofonkvartet')).toEqual([]);
  });
});

describe('analyzer', () => {
  const analyzer = createAnalyzer();
  analyzer.learn('Politikken for børn og unge');
  it('expands a suspended hyphen into both compounds', () => {
    const terms = analyzer.analyse('børne- og ungepolitikken').map((t) => t.term);
    expect(terms).toEqual(
      expect.arrayContaining([stem('børnepolitikken'), stem('ungepolitikken'), 'politik', 'ung', 'børn']),
    );
  });
  it('drops stop words and keeps content words', () => {
    const terms = analyzer.analyse('Hvad siger politikken om forældre?').map((t) => t.term);
    expect(terms).toEqual([stem('politikken'), stem('forældre')]);
  });
  it('gives compound parts a lower weight than the whole word', () => {
    const terms = analyzer.analyse('ungepolitikken');
    expect(terms[0].weight).toBe(1);
    expect(terms.slice(1).every((t) => t.weight < 1)).toBe(true);
  });
});

describe('words the stemmer would merge with another word', () => {
  it('"fare" (danger) keeps a stem apart from "far" (father)', () => {
    expect(stem('fare')).not.toBe(stem('far'));
    expect(stem('farer')).toBe(stem('fare'));
    expect(stem('faren')).toBe(stem('far'));
  });
});
