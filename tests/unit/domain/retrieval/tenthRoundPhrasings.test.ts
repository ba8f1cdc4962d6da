import { join } from 'node:path';
import { stem } from '../../../../src/domain/text/stem';
import { loadLexicalResources } from '../../../../src/infrastructure/knowledge/lexicalResources';
import { indexAndExpanderOver } from '../../../helpers/retrievalEngine';

/**
 * Classes from the tenth blind round's dev half, in phrasings of our own, with the shipped glossary
 * and synonyms: an English emergency question asked as "what number do I call", "international
 * documents" for the conventions a policy names, and "personalet" for the staff groups it names.
 */
const shipped = loadLexicalResources(join(__dirname, '../../../../config'));

const POLICY = `# Trivsel i Prøveby Kommune

## Akut fare

Er et barn i akut fare, så ring 112.

## Grundlag

Politikken hviler på FN's verdensmål, Salamanca-erklæringen og konventionerne.

## Kompetenceløft

Forløbet skal udvikle lærernes og pædagogernes kompetencer, og medarbejderne får supervision.
`;

describe('tenth round phrasings reach the documents words', () => {
  const { index, expander } = indexAndExpanderOver(
    { id: 'trivsel', title: 'Trivsel', markdown: POLICY },
    shipped,
  );
  const terms = (question: string) => expander.expand(question, index).terms.map((t) => t.term);

  it.each([
    ['A girl is scared to go home. What number do I call?', 'akut'],
    ['Which international documents is the policy based on?', 'konventionerne'],
    ['Er forløbet for børnene, eller er det for personalet?', 'medarbejderne'],
  ])('"%s" searches for "%s"', (question, word) => {
    expect(terms(question)).toContain(stem(word));
  });
});
