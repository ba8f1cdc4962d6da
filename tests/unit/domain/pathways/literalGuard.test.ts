import { createLiteralIndex, literalGuard } from '../../../../src/domain/pathways/literalGuard';
import { compileRegex } from '../../../../src/domain/pathways/textMatching';

const PATTERNS: RegExp[] = [
  compileRegex('\\bslå\\w*'),
  compileRegex('\\b(?:far|mor|stedfar)\\b.{0,30}\\bslår\\b'),
  compileRegex('\\bikke\\s+(?:vil|kan)\\s+leve\\b'),
  compileRegex('\\bblå(?:t|e)?\\s+(?:mærke|øje)'),
  compileRegex('\\b\\d{1,2}\\s*år\\b'),
  compileRegex('\\b(?:ingen|ikke)\\b(?=\\s+tegn)'),
  compileRegex('(?<!ikke )\\bkniv(?:en|e)?\\b'),
  compileRegex('\\b(?:[kc]niv|våben)\\b'),
  compileRegex('\\bsøster?\\b'),
  compileRegex('(ha){2}\\b'),
  compileRegex('(\\w+) \\1'),
  compileRegex('x*'),
  /hj(?:em|æl)p/gu,
];

const TEXTS = [
  'far slår hende, og han slog også i går',
  'stedfaren slaar ham tit',
  'hun siger hun vil ikke leve mere',
  'han har et blaat maerke og et blåt øje',
  'drengen på 4 år taler lidt',
  'ingen tegn på vold',
  'han havde en kniv med i skole',
  'cniven lå i tasken',
  'min soster og min søs',
  'haha hvor sjovt',
  'det det var godt',
  'hjaelp mig',
  'ikke noget af det',
  '',
];

describe('literalGuard', () => {
  it.each(PATTERNS.map((regex) => [regex.source.slice(0, 40), regex] as const))(
    'never rules out a text the expression matches: %s',
    (_name, regex) => {
      const mayMatch = literalGuard(regex);
      for (const text of TEXTS) {
        regex.lastIndex = 0;
        if (regex.test(text)) expect({ text, mayMatch: mayMatch(text) }).toEqual({ text, mayMatch: true });
      }
    },
  );

  it('rules out a text that holds none of the words the expression needs', () => {
    const mayMatch = literalGuard(compileRegex('\\b(?:far|mor|stedfar)\\b.{0,30}\\bslår\\b'));
    expect(mayMatch('hun er glad for skolen')).toBe(false);
    expect(mayMatch('far slår')).toBe(true);
  });

  it('knows the Danish letters also stand written in ASCII', () => {
    const mayMatch = literalGuard(compileRegex('\\bblåt øje'));
    expect(mayMatch('et blaat oeje')).toBe(true);
    expect(mayMatch('et blat oje')).toBe(true);
    expect(mayMatch('en grøn trøje')).toBe(false);
  });

  it('runs an expression it cannot read every time', () => {
    for (const regex of [/x*/gu, /\s+/gu, /[^a]b?/gu, /KNIV/giu]) {
      expect(literalGuard(regex)('')).toBe(true);
      expect(literalGuard(regex)('intet her')).toBe(true);
    }
  });
});

describe('a literal index shared by many guards', () => {
  it('answers every guard as the guard on its own does, text after text and back again', () => {
    const index = createLiteralIndex();
    const shared = PATTERNS.map((regex) => index.guard(regex));
    const alone = PATTERNS.map((regex) => literalGuard(regex));
    for (const text of [...TEXTS, ...[...TEXTS].reverse(), 'slår slår', 'ikke ikke vil leve', 'blå']) {
      expect(shared.map((mayMatch) => mayMatch(text))).toEqual(alone.map((mayMatch) => mayMatch(text)));
    }
  });

  it('finds literals that overlap, nest or end the text', () => {
    const index = createLiteralIndex();
    const far = index.guard(/\bfar\b/gu);
    const stedfar = index.guard(/stedfar/gu);
    const arm = index.guard(/arm/gu);
    expect([far('stedfar'), stedfar('stedfar'), arm('stedfar')]).toEqual([true, true, false]);
    expect([far('stedfarm'), stedfar('stedfarm'), arm('stedfarm')]).toEqual([true, true, true]);
    expect([far('fa'), stedfar('stedfa'), arm('ar')]).toEqual([false, false, false]);
  });

  it('agrees with String.includes for many short literals that share beginnings and endings', () => {
    // A fixed pseudo-random sequence: the same literals and texts on every run.
    let seed = 20261201;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const word = (length: number) => Array.from({ length }, () => 'abæ'[random(3)]).join('');
    const literals = [...new Set(Array.from({ length: 60 }, () => word(1 + random(4))))];
    const index = createLiteralIndex();
    const guards = literals.map((literal) => index.guard(new RegExp(literal, 'gu')));
    for (let n = 0; n < 200; n++) {
      const text = word(random(12));
      expect(guards.map((mayMatch) => mayMatch(text))).toEqual(literals.map((l) => text.includes(l)));
    }
  });

  it('also knows literals added after a text was read', () => {
    const index = createLiteralIndex();
    const far = index.guard(/far/gu);
    expect(far('mor og far')).toBe(true);
    const mor = index.guard(/mor/gu);
    expect(mor('mor og far')).toBe(true);
    expect(index.guard(/bror/gu)('mor og far')).toBe(false);
  });
});

describe('parts made on demand', () => {
  it('makes none before a first request, then all of them together, each once', () => {
    const index = createLiteralIndex();
    const made: string[] = [];
    const first = index.onDemand(() => {
      made.push('first');
      return index.guard(/far/gu);
    });
    const second = index.onDemand(() => {
      made.push('second');
      return index.guard(/mor/gu);
    });
    expect(index.guard(/bror/gu)('bror')).toBe(true);
    expect(made).toEqual([]);
    expect(second()('mor og far')).toBe(true);
    expect(made).toEqual(['first', 'second']);
    expect(first()('mor')).toBe(false);
    expect(made).toEqual(['first', 'second']);
  });

  it('makes a part asked for while the others are being made, and one added later on its own', () => {
    const index = createLiteralIndex();
    const base = index.onDemand(() => 2);
    const built = index.onDemand(() => base() + 1);
    expect(built()).toBe(3);
    const later = index.onDemand(() => base() * 10);
    expect(later()).toBe(20);
  });
});

describe('a guard over several expressions', () => {
  it('may match when a literal of any of them is there, and always when one of them has none', () => {
    const index = createLiteralIndex();
    const both = index.guardAny([/\bfar\b/gu, /slår/gu]);
    expect([both('far'), both('han slår'), both('mor')]).toEqual([true, true, false]);
    expect(index.guardAny([/far/gu, /\s+/gu])('mor')).toBe(true);
    expect(index.guardAny([])('far')).toBe(false);
  });
});

describe('an expression that needs several words', () => {
  it('rules out a text that holds one of them but not the other', () => {
    const mayMatch = literalGuard(compileRegex('\\bmor\\b.{0,30}\\bfar\\b'));
    expect([mayMatch('mor er sød'), mayMatch('far er sød'), mayMatch('mor og far')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('shares one requirement between expressions that need the same words', () => {
    const index = createLiteralIndex();
    const hits = index.guard(compileRegex('\\b(?:mor|far)\\b.{0,30}\\bslår\\b'));
    const kicks = index.guard(compileRegex('\\b(?:mor|far)\\b.{0,30}\\bsparker\\b'));
    expect([hits('far slår'), kicks('far slår'), hits('far sparker'), kicks('far sparker')]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
