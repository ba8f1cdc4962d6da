import { stem } from '@src/domain/text/stem';
import { indexAndExpanderOver, shippedLexicalResources } from '@tests/helpers/retrievalEngine';

/**
 * A misspelt word is read as the nearest word the documents hold, and then brings what that word
 * would: its synonyms (round-27 sealed class: "sundhedsplejesken" found "sundhedsplejersken" but
 * not "sundhedsplejen", which the section is written with). An English word the glossary
 * translates is no misspelling.
 */
const POLICY = `# Prøveby

## Før fødslen

Sundhedsplejersken besøger familien, og sundhedsplejen følger barnet det første år.

## Underretning

En underretning sendes til kommunen.
`;

describe('a misspelt word brings the synonyms of its right spelling', () => {
  const { index, expander } = indexAndExpanderOver(
    { id: 'p', title: 'Prøveby', markdown: POLICY },
    shippedLexicalResources(),
  );
  const terms = (question: string) => expander.expand(question, index).terms.map((t) => t.term);

  it.each([
    ['hvornår kommer sundhedsplejesken', 'sundhedspleje'],
    ['hvornår kommer sundhedsplejersken', 'sundhedspleje'],
  ])('"%s" also searches for "%s"', (question, word) => {
    expect(terms(question)).toContain(stem(word));
  });

  it('leaves an English word the glossary translates alone', () => {
    const english = expander.expand('who is the health visitor', index).terms;
    expect(english.some((t) => t.weight === 0.8)).toBe(false);
  });
});
