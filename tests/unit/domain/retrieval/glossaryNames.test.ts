import { engineOver } from '@tests/helpers/retrievalEngine';
import { createQueryExpander } from '../../../../src/domain/retrieval/expansion';
import { createAnalyzer } from '../../../../src/domain/text/analyzer';
import type { LexicalResources } from '../../../../src/domain/retrieval/expansion';

/**
 * The glossary says what an English name is called in Danish; that does not make the documents
 * know the programme. A Danish question naming it is about something the documents lack.
 */
const resources: LexicalResources = {
  synonyms: [['forældrekursus', 'forældreprogram']],
  glossary: {
    'parenting course': 'forældrekursus',
    'friendly steps': 'Venlige Skridt',
    "parent's course": 'forældrekursus',
  },
  outOfScope: [],
};

const GUIDE = `# Forældresamarbejde i Prøveby

## Forældrekurser

Kommunen tilbyder forældrekurser i hvert skoledistrikt. Et forældrekursus varer otte uger.
`;

const engine = () =>
  engineOver([{ id: 'guide', title: 'Forældresamarbejde i Prøveby', markdown: GUIDE }], resources);

describe('a name only the glossary knows', () => {
  // Danish only: in an English question a capitalised glossary word is read as English, not as a name.
  it('abstains on a programme the documents never name', () => {
    expect(engine().answer('Hvor mange uger varer forældrekurset Venlige Skridt?').kind).toBe('noAnswer');
  });

  it('answers the same question without the name', () => {
    expect(engine().answer('Hvor mange uger varer et forældrekursus?').kind).toBe('answer');
  });
});

describe("a glossary phrase with a possessive: parent's course", () => {
  it('matches the question, whose possessives are read as the word they hold', () => {
    const vocabulary = { has: () => true, vocabularyList: () => [] };
    const q = createQueryExpander(createAnalyzer(), resources).expand(
      "How long is a parent's course?",
      vocabulary,
    );
    expect(q.terms.map((t) => t.term)).toContain('forældrekursu');
  });
});
