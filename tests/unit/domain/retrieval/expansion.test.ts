import fc from 'fast-check';
import { closest, editDistance } from '../../../../src/domain/retrieval/expansion';

/** Plain optimal string alignment distance, for reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('edit distance with reused rows', () => {
  it('matches the reference within the limit and exceeds the limit beyond it, whatever came before', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'æ', 'ø'), maxLength: 80 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 5 }),
        fc.nat(4),
        (pairs, limit) => {
          for (const [a, b] of pairs) {
            const expected = reference(a, b);
            const got = editDistance(a, b, limit);
            if (expected <= limit) expect(got).toBe(expected);
            else expect(got).toBeGreaterThan(limit);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds the nearest vocabulary word within the allowed distance', () => {
    const vocabulary = ['fravær', 'fællesskab', 'forældre', 'trivsel'];
    expect(closest('fravæer', vocabulary, 1)).toBe('fravær');
    expect(closest('forældere', vocabulary, 2)).toBe('forældre');
    expect(closest('xylofon', vocabulary, 2)).toBeUndefined();
  });
});
