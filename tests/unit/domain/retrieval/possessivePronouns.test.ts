import { createRetrievalEngine } from '../../../../src/domain/retrieval/engine';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';

/** "vores" and "jeres" say whose thing is meant, not what it is: they must not sink an answer. */

const POLICY = `# Indsatspolitik for Prøveby Kommune

## Frister

Kommunen svarer på en underretning inden for seks hverdage.

## Sprogstøtte

Tosprogede børn får sprogstøtte i dagtilbuddet.
`;

function engine() {
  const e = createRetrievalEngine({ resources: { synonyms: [], glossary: {}, outOfScope: [] } });
  e.addDocuments([
    buildDocument(
      { id: 'indsats', title: 'Indsatspolitik for Prøveby Kommune', source: 'indsats.md', kind: 'policy' },
      markdownBlocks(POLICY),
    ),
  ]);
  return e;
}

describe('possessive pronouns in a question', () => {
  it.each([
    ['hvornår svarer kommunen på en underretning', 'hvornår svarer kommunen på vores underretning'],
    [
      'får tosprogede børn sprogstøtte i dagtilbuddet',
      'får jeres tosprogede børn sprogstøtte i dagtilbuddet',
    ],
  ])('"%s" and "%s" are answered alike', (plain, owned) => {
    const a = engine().answer(plain);
    const b = engine().answer(owned);
    expect(a.kind).toBe('answer');
    expect(b.kind).toBe('answer');
    if (a.kind !== 'answer' || b.kind !== 'answer') return;
    expect(b.passages[0].section).toBe(a.passages[0].section);
    expect(b.confidence).toBeGreaterThan(0.9 * a.confidence);
  });
});
