import { createRetrievalEngine, type RetrievalResult } from '../../../../src/domain/retrieval/engine';
import type { LexicalResources } from '../../../../src/domain/retrieval/expansion';
import {
  documentArea,
  neighbourAreasOf,
  neighbourDocumentsIn,
  titleNamesArea,
} from '../../../../src/domain/retrieval/neighbourAreas';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';

/**
 * A neighbouring administration's policy loaded beside the children's documents: it shares their
 * words, so it must neither be quoted as the answer nor make a question about its own area look
 * answerable. Its title names a kind of document for an area the out-of-scope list names with
 * another kind ("sundhedspolitik" in the list, "Sundhedsstrategi" loaded).
 */
const resources: LexicalResources = {
  synonyms: [],
  glossary: {
    purpose: 'formål',
    'childrens policy': 'børnepolitik',
    exercise: 'motion',
    adults: 'voksne',
    free: 'gratis',
    'sports halls': 'idrætshaller',
    children: 'børn',
  },
  outOfScope: [],
  outOfScopeTopics: { otherPolicy: ['sundhedspolitik', 'health policy'] },
  framing: [],
};

const CHILDREN = `# Børnepolitik for Prøveby Kommune

## Formål

Formålet med børnepolitikken er, at alle børn får en god start på livet og trives i fællesskaber.

## Trivsel i dagtilbud

Personalet taler med forældrene om barnets trivsel mindst to gange om året.
`;

const HEALTH = `# Sundhedsstrategi for Nabokommune 2030

## Formål

Formålet med strategien er, at borgerne lever længere, og at færre børn og voksne ryger.

## Motion for voksne

Voksne borgere tilbydes gratis motion i kommunens idrætshaller hver uge.
`;

function engine(withNeighbour: boolean) {
  const e = createRetrievalEngine({ resources });
  e.addDocuments([
    buildDocument(
      { id: 'children', title: 'Børnepolitik for Prøveby Kommune', source: 'born.md', kind: 'policy' },
      markdownBlocks(CHILDREN),
    ),
    ...(withNeighbour
      ? [
          buildDocument(
            {
              id: 'health',
              title: 'Sundhedsstrategi for Nabokommune 2030',
              source: 'sund.md',
              kind: 'policy',
            },
            markdownBlocks(HEALTH),
          ),
        ]
      : []),
  ]);
  return e;
}

const quotedDocs = (r: RetrievalResult) => (r.kind === 'answer' ? r.passages.map((p) => p.docId) : []);

/** An abstention that points to the neighbouring administration's policy. */
const POINTED_ELSEWHERE = { kind: 'noAnswer', reason: 'outOfScope', topic: 'otherPolicy' } as const;

describe('the area a kind of document names', () => {
  it.each([
    ['sundhedspolitikken', 'sundhed'],
    ['Beskæftigelsesstrategi', 'beskæftigelse'],
    ['klimaplan', 'klima'],
    ['politik', undefined],
    ['fællesskab', undefined],
  ])('%s names %s', (word, area) => {
    expect(documentArea(word)).toBe(area);
  });

  it('takes the areas from the list entries that are themselves names of documents, Danish and English', () => {
    expect([
      ...neighbourAreasOf(['sundhedspolitik', 'health policy', 'ferie', 'hvad siger klimaplanen om']),
    ]).toEqual(['sundhed', 'health']);
  });

  it('recognises another kind of document for the same area, in a title or a question', () => {
    const areas = neighbourAreasOf(['sundhedspolitik', 'health policy']);
    expect(titleNamesArea('Sundhedsstrategi for Nabokommune 2030', areas)).toBe(true);
    expect(titleNamesArea('Børnepolitik for Prøveby Kommune', areas)).toBe(false);
    expect(neighbourDocumentsIn('what does the health strategy say about smoking', areas)).toEqual([
      'health strategy',
    ]);
    expect(neighbourDocumentsIn('hvad er planen for børn med særlige behov', areas)).toEqual([]);
  });
});

describe('a neighbouring policy loaded beside the documents', () => {
  it('is never quoted, even where its section shares the question words, in Danish and English', () => {
    for (const question of ['hvad er formålet med politikken', 'what is the purpose of the policy']) {
      const r = engine(true).answer(question);
      expect(r.kind).toBe('answer');
      expect(quotedDocs(r)).not.toContain('health');
      expect(quotedDocs(r)[0]).toBe('children');
    }
  });

  it('abstains, pointing elsewhere, when the neighbour answers the question far better, in Danish and English', () => {
    for (const question of [
      'tilbyder kommunen gratis motion til voksne i idrætshallerne',
      'does the municipality offer free exercise for adults in the sports halls',
    ]) {
      expect(engine(true).answer(question)).toMatchObject(POINTED_ELSEWHERE);
    }
  });

  it('still answers what the children’s policy says about the same words', () => {
    const r = engine(true).answer('hvor tit taler personalet med forældrene om trivsel');
    expect(quotedDocs(r)[0]).toBe('children');
  });

  it('abstains on a question naming a document of the neighbouring area, loaded or not', () => {
    for (const withNeighbour of [true, false]) {
      for (const question of [
        'hvad siger sundhedsstrategien om børn',
        'what does the health strategy say about children',
      ]) {
        expect(engine(withNeighbour).answer(question)).toMatchObject(POINTED_ELSEWHERE);
      }
    }
  });
});
