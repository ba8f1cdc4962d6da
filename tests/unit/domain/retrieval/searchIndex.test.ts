import fc from 'fast-check';
import { createRetrievalEngine } from '../../../../src/domain/retrieval/engine';
import { EMPTY_RESOURCES } from '../../../../src/domain/retrieval/expansion';
import { createSearchIndex, findId, type QueryTerm } from '../../../../src/domain/retrieval/searchIndex';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';
import type { KnowledgeDocument } from '../../../../src/domain/retrieval/types';
import { createAnalyzer } from '../../../../src/domain/text/analyzer';
import { tokenise } from '../../../../src/domain/text/tokenise';

const WORDS = [
  'trivsel',
  'læring',
  'fravær',
  'forældre',
  'samarbejde',
  'skolen',
  'klassen',
  'fællesskab',
  'strategien',
  'indsats',
  'rådgivning',
  'sundhedspleje',
  'overgang',
  'dagtilbud',
  'pædagog',
];

function doc(id: string, title: string, sections: readonly [string, string][]): KnowledgeDocument {
  const lines = [`# ${title}`, ''];
  for (const [heading, body] of sections) lines.push(`## ${heading}`, '', body, '');
  return buildDocument({ id, title, source: `${id}.md`, kind: 'policy' }, markdownBlocks(lines.join('\n')));
}

/** A small deterministic collection: every section a few sentences of the words above. */
function collection(): KnowledgeDocument[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const word = () => WORDS[Math.floor(next() * WORDS.length)];
  const sentence = () => {
    const n = 4 + Math.floor(next() * 6);
    const w = Array.from({ length: n }, word).join(' ');
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}.`;
  };
  return Array.from({ length: 12 }, (_, d) =>
    doc(
      `d${d}`,
      `Dokument ${word()}`,
      Array.from({ length: 3 }, (_, s) => [`Afsnit ${d}-${s} ${word()}`, [sentence(), sentence()].join(' ')]),
    ),
  );
}

function query(text: string): QueryTerm[] {
  return createAnalyzer()
    .analyse(text)
    .map((t) => ({ term: t.term, weight: t.weight, position: t.position }));
}

describe('search index', () => {
  const docs = collection();
  const analyzer = createAnalyzer();
  for (const d of docs) for (const s of d.sections) analyzer.learn(s.body);
  const index = createSearchIndex(analyzer);
  for (const d of docs) index.addDocument(d);

  it('returns the same top k as a full ranking, best first, ties by section order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 8 }),
        (words, k) => {
          const terms = query(words.join(' '));
          const all = index.search(terms, 10_000);
          expect(index.search(terms, k)).toEqual(all.slice(0, k));
          for (let i = 1; i < all.length; i++) {
            const a = all[i - 1];
            const b = all[i];
            expect(a.score > b.score || (a.score === b.score && a.index < b.index)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('indexes the same with words handed over from a first pass as without', () => {
    const other = createSearchIndex(analyzer);
    const scanned = other.scan(docs);
    for (const d of docs) other.addDocument(d, scanned);
    expect(scanned.cursor).toBe(
      docs.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.units.length, 0), 0),
    );
    for (const words of [['trivsel', 'fravær'], ['sundhedspleje'], ['forældre', 'samarbejde', 'skolen']]) {
      expect(other.search(query(words.join(' ')), 10)).toEqual(index.search(query(words.join(' ')), 10));
    }
  });

  it('forgets a removed document: no hits, no vocabulary, idf over the rest', () => {
    const local = createSearchIndex(analyzer);
    local.addDocument(doc('a', 'Skolepolitik', [['Madordning', 'Skolen har en madordning for alle.']]));
    local.addDocument(doc('b', 'Trivsel', [['Fravær', 'Skolen følger fravær tæt.']]));
    expect(local.has('madordning')).toBe(true);
    expect(local.search(query('madordning'), 5)).toHaveLength(1);
    expect(local.removeDocument('a')).toBe(true);
    expect(local.has('madordning')).toBe(false);
    expect(local.vocabularyList()).not.toContain('madordning');
    expect(local.search(query('madordning'), 5)).toEqual([]);
    expect(local.search(query('skolen'), 5).map((h) => local.section(h.index).meta.id)).toEqual(['b']);
    expect(local.stats).toMatchObject({ documents: 1, sections: 1 });
  });

  it('finds ids in sorted ranges', () => {
    const ids = Int32Array.from([2, 5, 9, 14, 20]);
    expect(findId(ids, 9)).toBe(2);
    expect(findId(ids, 10)).toBe(-1);
    expect(findId(ids, 20, 1, 4)).toBe(-1);
    expect(findId(ids, 14, 1, 4)).toBe(3);
  });
});

describe('analyzer fast path', () => {
  const analyzer = createAnalyzer();
  analyzer.learn('fællesskab strategi skole politik børn unge');

  it('gives the same terms for hyphen-free text as word-by-word analysis', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS, 'og', 'Fællesskabsstrategien', 'skolepolitikken', '2026', 'Ærø'), {
          maxLength: 12,
        }),
        (words) => {
          const text = words.join(' ');
          const got: string[] = [];
          analyzer.forEachTerm(text, (term, weight, position) => got.push(`${position}:${term}:${weight}`));
          const expected = tokenise(text).flatMap((t, position) =>
            analyzer.wordTerms(t.text).map((w) => `${position}:${w.term}:${w.weight}`),
          );
          expect(got).toEqual(expected);
          expect(analyzer.simpleWords(text)).toEqual(tokenise(text).map((t) => t.text));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('sends hyphenated text to the full analysis', () => {
    expect(analyzer.simpleWords('børne- og ungepolitikken')).toBeNull();
    const terms = analyzer.analyse('børne- og ungepolitikken').map((t) => t.term);
    expect(terms.length).toBeGreaterThan(2);
  });
});

describe('ranking evidence beyond a bag of words', () => {
  it('prefers the section where the question words stand side by side', () => {
    const engine = createRetrievalEngine({ resources: EMPTY_RESOURCES });
    engine.addDocuments([
      doc('spredt', 'Skolepolitik', [
        [
          'Hverdagen',
          'Tidlig kontakt er vigtig for alle. Forældre bliver inddraget i indsatsen. Indsatsen tilpasses.',
        ],
      ]),
      doc('samlet', 'Skolepolitik', [
        ['Samarbejdet', 'Vi sikrer tidlig indsats sammen med forældre. Kontakten er løbende og tæt.'],
      ]),
    ]);
    const hits = engine.passages('tidlig indsats', 2);
    expect(hits[0].docId).toBe('samlet');
  });
});
