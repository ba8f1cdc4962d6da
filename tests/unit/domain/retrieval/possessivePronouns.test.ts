import { engineOver } from '@tests/helpers/retrievalEngine';
import { searchTerms } from '../../../../src/domain/retrieval/coverage';
import type { ExpandedQuery } from '../../../../src/domain/retrieval/expansion';

/** "vores" and "jeres" say whose thing is meant, not what it is: they must not sink an answer. */

const POLICY = `# Indsatspolitik for Prøveby Kommune

## Frister

Kommunen svarer på en underretning inden for seks hverdage.

## Sprogstøtte

Tosprogede børn får sprogstøtte i dagtilbuddet.
`;

const engine = () =>
  engineOver([{ id: 'indsats', title: 'Indsatspolitik for Prøveby Kommune', markdown: POLICY }]);

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

describe('a filler word in the search', () => {
  it('weighs less than the topic words beside it, so a heading that only shares it does not lead', () => {
    const terms = searchTerms({
      terms: [
        { term: 'vor', weight: 1, position: 0 },
        { term: 'tråd', weight: 1, position: 1 },
        { term: 'kun', weight: 1, position: 2 },
      ],
    } as unknown as ExpandedQuery);
    const weight = (term: string) => terms.find((t) => t.term === term)?.weight ?? 0;
    expect(weight('tråd')).toBe(1);
    expect(weight('vor')).toBeLessThan(0.5);
    expect(weight('kun')).toBeLessThan(0.5);
  });
});
