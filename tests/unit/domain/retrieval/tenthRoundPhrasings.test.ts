import { join } from 'node:path';
import { createQueryExpander } from '../../../../src/domain/retrieval/expansion';
import { createSearchIndex } from '../../../../src/domain/retrieval/searchIndex';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';
import { createAnalyzer } from '../../../../src/domain/text/analyzer';
import { stem } from '../../../../src/domain/text/stem';
import { loadLexicalResources } from '../../../../src/infrastructure/knowledge/lexicalResources';

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
  const analyzer = createAnalyzer();
  const index = createSearchIndex(analyzer);
  const docs = [
    buildDocument(
      { id: 'trivsel', title: 'Trivsel', source: 'trivsel.md', kind: 'policy' },
      markdownBlocks(POLICY),
    ),
  ];
  const scanned = index.scan(docs);
  analyzer.splitter.addWords(scanned.lexicon);
  for (const d of docs) index.addDocument(d, scanned);
  index.finalize();
  const expander = createQueryExpander(analyzer, shipped);
  const terms = (question: string) => expander.expand(question, index).terms.map((t) => t.term);

  it.each([
    ['A girl is scared to go home. What number do I call?', 'akut'],
    ['Which international documents is the policy based on?', 'konventionerne'],
    ['Er forløbet for børnene, eller er det for personalet?', 'medarbejderne'],
  ])('"%s" searches for "%s"', (question, word) => {
    expect(terms(question)).toContain(stem(word));
  });
});
