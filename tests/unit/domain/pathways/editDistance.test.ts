import { withinOneEdit } from '../../../../src/domain/pathways/editDistance';

/** The table the fuzzy matching used before: the reference withinOneEdit must agree with. */
/** Optimal string alignment distance, stopping early once it exceeds `limit`. */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return false;
  }
  return d[a.length][b.length] <= limit;
}

describe('withinOneEdit', () => {
  it('agrees with editDistanceAtMost(a, b, 1) on every pair of short words over a small alphabet', () => {
    const words = [''];
    for (let length = 1; length <= 4; length++) {
      for (const word of words.filter((w) => w.length === length - 1))
        words.push(...['a', 'b', 'æ'].map((c) => word + c));
    }
    let disagreements = 0;
    for (const a of words)
      for (const b of words) if (withinOneEdit(a, b) !== editDistanceAtMost(a, b, 1)) disagreements++;
    expect(words).toHaveLength(121);
    expect(disagreements).toBe(0);
  });

  it('knows substitution, transposition, a letter more or less, and more than one edit', () => {
    expect(withinOneEdit('slår', 'slår')).toBe(true);
    expect(withinOneEdit('slår', 'slar')).toBe(true);
    expect(withinOneEdit('slår', 'lsår')).toBe(true);
    expect(withinOneEdit('slår', 'slåra')).toBe(true);
    expect(withinOneEdit('slår', 'sår')).toBe(true);
    expect(withinOneEdit('slår', 'lsra')).toBe(false);
    expect(withinOneEdit('slår', 'sl')).toBe(false);
  });
});
