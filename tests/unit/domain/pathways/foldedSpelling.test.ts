import { aeMayBeA } from '../../../../src/domain/pathways/foldedSpelling';
import { compileSignal, prepareText } from '../../../../src/domain/pathways/textMatching';

const signal = (over: { stems?: string[]; patterns?: string[]; exclude?: string[] }) => ({
  terms: [],
  stems: over.stems ?? [],
  compoundStems: [],
  fuzzyStems: [],
  patterns: over.patterns ?? [],
  exclude: over.exclude ?? [],
});
const found = (s: ReturnType<typeof signal>, text: string): string[] => {
  const prepared = prepareText(text);
  return compileSignal(s)
    .find(prepared)
    .map((span) => prepared.lower.slice(span.start, span.end));
};

describe('prepareText: how the description spells Danish', () => {
  it.each([
    ['pige 6 bla marker pa halsen, mor siger hun faldt', 'folded'],
    ['drengen er glad og leger med de andre', 'folded'],
    ['pige 6 blå mærker på halsen', 'danish'],
    ['she had bruises on her neck and says her dad did it', 'danish'],
  ])('%s -> %s', (text, spelling) => {
    expect(prepareText(text).spelling).toBe(spelling);
  });
});

describe('æ typed as a', () => {
  const marks = signal({ patterns: ['\\bbl(?:å|aa|a)\\w*[\\s-]*mærke\\w*'] });

  it('is read as æ in a Danish description typed without æ, ø and å', () => {
    expect(found(marks, 'pige 6 bla marker pa halsen')).toEqual(['bla marker']);
    expect(found(signal({ stems: ['væk'] }), 'mor har vaeret vak siden fredag')).toEqual(['vak']);
  });

  it('is not read as æ when the writer has the Danish letters', () => {
    expect(found(marks, 'pige 6 blå marker på halsen')).toEqual([]);
  });

  it('is not read as æ in English', () => {
    expect(found(signal({ stems: ['tæsk'] }), 'he could not finish the task on his own')).toEqual([]);
  });

  it('is not read as æ where the a-spelling is another common word', () => {
    expect(found(signal({ stems: ['tæsk'] }), 'hun har glemt sin taske igen')).toEqual([]);
    expect(found(signal({ stems: ['svær'] }), 'han gav et godt svar')).toEqual([]);
    expect(found(signal({ stems: ['vær'] }), 'det var en god dag')).toEqual([]);
  });

  it('reads exclusions the same way, so a harmless phrase stays harmless', () => {
    const withExclusion = signal({ patterns: ['\\bmærke\\w*'], exclude: ['\\bmodermærke\\w*'] });
    expect(found(withExclusion, 'hun har et modermarke pa armen')).toEqual([]);
    expect(found(withExclusion, 'hun har et marke pa armen')).toEqual(['marke']);
  });
});

describe('aeMayBeA', () => {
  it.each([
    ['\\bmærke\\w*', true],
    ['\\btæsk\\w*', false],
    ['\\b(?:slå|tæsker)', false],
    ['\\bvil\\s+ikke\\s+være\\s+her', true],
    ['\\bm(?:æ|ae|e)rke', false],
  ])('the æ of %s -> %s', (source, expected) => {
    expect(aeMayBeA(source, source.indexOf('æ'))).toBe(expected);
  });
});

describe('spoken negation in a subordinate clause', () => {
  it.each([
    ['hun siger hun ikke vil hjem', 'vil ikke'],
    ['hun siger hun ik vil hjem', 'vil ik'],
    ['a tror han itt tør sige det', 'tør itt'],
    ['hun sagde at hun ikke maa fortaelle det', 'maa ikke'],
  ])('%s reads the verb before the negation', (text, expected) => {
    const prepared = prepareText(text);
    expect(prepared.lower).toContain(expected);
    expect(prepared.lower).toHaveLength(text.length);
  });
});
