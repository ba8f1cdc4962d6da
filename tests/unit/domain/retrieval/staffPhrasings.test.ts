import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../../../src/domain/text/analyzer';
import { createQueryExpander } from '../../../../src/domain/retrieval/expansion';
import { loadLexicalResources } from '../../../../src/infrastructure/knowledge/lexicalResources';

/**
 * Classes of staff phrasing the engine missed on blind sets, each tested in phrasings of our own
 * (Danish and English), never the sets' own questions.
 */
const ROOT = join(__dirname, '../../../..');
const shipped = loadLexicalResources(join(ROOT, 'config'));
const analyzer = createAnalyzer();
const expander = createQueryExpander(analyzer, shipped);
const stemOf = (word: string) => analyzer.analyse(word)[0].term;
const termsOf = (question: string, vocabulary: readonly string[]) =>
  expander
    .expand(question, { has: (t) => vocabulary.includes(t), vocabularyList: () => vocabulary })
    .terms.map((t) => t.term);

describe('English words staff use for the knowledge’s headings and key terms', () => {
  it('gives every content word of every starter heading an English form in the glossary', () => {
    const glossaryTerms = new Set(
      Object.values(shipped.glossary).flatMap((da) => analyzer.analyse(da).map((t) => t.term)),
    );
    const headings = readdirSync(join(ROOT, 'knowledge'))
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => readFileSync(join(ROOT, 'knowledge', f), 'utf8').match(/^#{1,3} .+$/gmu) ?? [])
      .map((h) => h.replace(/^#+ /u, ''));
    expect(headings.length).toBeGreaterThan(20);
    const missing = headings.flatMap((h) =>
      analyzer
        .analyse(h)
        .filter((t) => t.weight === 1 && !glossaryTerms.has(t.term))
        .map((t) => `${h}: ${t.term}`),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    ['can I copy paste the pupil’s number into our group chat', 'skrive'],
    ['is a Teams thread a proper meeting for this', 'tråd'],
    ['since when has the model been used municipality-wide', 'kommunen'],
    ['the whole municipality uses it now?', 'hele'],
    ['who looks after the welfare of the kids', 'trivsel'],
    ['do the guardians have to agree first', 'forældre'],
    ['does an early help measure need a formal decision', 'afgørelse'],
    ['the child seems neglected, what now', 'bekymring'],
    ['is mentioning it to the deputy head enough', 'opfylder'],
    ['may I report orally', 'mundtligt'],
    ['what does the triage into colours mean', 'sorteres'],
    ['when is the language assessment done', 'sprogvurdering'],
    ['what happens out of hours', 'kontortid'],
    ['how many hours a week of special class teaching', 'ugen'],
    ['who drafted the strategy', 'sammen'],
  ])('translates "%s"', (question, danish) => {
    expect(termsOf(question, [stemOf(danish)])).toContain(stemOf(danish));
  });

  it('does not read a Danish word as an English one ("hurtigt" is not "hurt")', () => {
    expect(termsOf('hvor hurtigt svarer kommunen', [stemOf('vold')])).not.toContain(stemOf('vold'));
  });
});
