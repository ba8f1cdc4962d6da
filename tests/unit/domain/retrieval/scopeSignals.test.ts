import {
  asksForDetail,
  detectNamedMembers,
  holdsFigure,
  namesMembers,
} from '../../../../src/domain/retrieval/answerType';
import { createRetrievalEngine } from '../../../../src/domain/retrieval/engine';
import type { LexicalResources } from '../../../../src/domain/retrieval/expansion';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';

/** Classes of questions the documents only seem to answer: each with a Danish and an English twin. */

const resources: LexicalResources = {
  synonyms: [],
  glossary: {
    steps: 'trin',
    ladder: 'indsatstrappe',
    head: 'leder',
    school: 'skole',
    help: 'hjælp',
    danger: 'fare',
  },
  outOfScope: [],
  outOfScopeTopics: { otherPolicy: ['personalepolitik', 'staff policy'], pay: ['løn', 'salary'] },
  framing: ['trin for trin', 'step by step'],
};

const MODEL = `# Indsatsmodellen

## Indsatstrappen

Modellen bruger en indsatstrappe med seks trin. Man vælger det mindst indgribende trin, der virker.

## Områdeteams

I hvert område arbejder et tværfagligt områdeteam med sundhedsplejersker og PPR.

## Temaer

Modellen har tre temaer:

- Trivsel
- Læring
- Fællesskab

## Akut fare

Er et barn i fare, ringer du 112. Bagefter kontakter du familierådgivningen samme dag.

## Støtte til skolen

Skolen får hjælp og støtte fra PPR, når en elev har brug for det. Arbejdet bygger på Salamanca-erklæringen.
`;

const STAFF = `# Personalepolitik for Nabokommune

## Seniordage

Medarbejdere over 60 år kan aftale seniordage med deres leder.

## Løn

Lønnen udbetales den sidste hverdag i måneden.
`;

function engine(withStaffPolicy = false) {
  const e = createRetrievalEngine({ resources });
  e.addDocuments([
    buildDocument(
      { id: 'model', title: 'Indsatsmodellen', source: 'model.md', kind: 'policy' },
      markdownBlocks(MODEL),
    ),
    ...(withStaffPolicy
      ? [
          buildDocument(
            { id: 'staff', title: 'Personalepolitik for Nabokommune', source: 'staff.md', kind: 'policy' },
            markdownBlocks(STAFF),
          ),
        ]
      : []),
  ]);
  return e;
}

describe('the members of a counted set must be named, not only counted', () => {
  it.each([
    ['hvad hedder de seks trin på indsatstrappen', 6],
    ['hvilke tre skoledistrikter var med', 3],
    ['What are the names of the six steps on the intervention ladder?', 6],
    ['which two strategies belong to the policy', 2],
    // Keyword order: the count first, the question word last.
    ['de 4 temaer i politikken hvilke', 4],
  ])('%s asks for %i names', (question, count) => {
    expect(detectNamedMembers(question)).toBe(count);
  });

  it.each(['hvor mange trin har indsatstrappen', 'hvilke temaer har modellen', 'how many steps are there'])(
    '%s asks for no counted set',
    (question) => {
      expect(detectNamedMembers(question)).toBeUndefined();
    },
  );

  it('a list or a sentence that enumerates names them; a count does not', () => {
    const unit = (text: string, listItem = false) => ({ text, listItem });
    expect(namesMembers([unit('En indsatstrappe med seks trin.')], 6)).toBe(false);
    expect(namesMembers([unit('De to strategier er Fællesskaber og Herningmodellen.')], 2)).toBe(true);
    expect(namesMembers([unit('Temaer:'), unit('A', true), unit('B', true), unit('C', true)], 3)).toBe(true);
  });

  it('abstains when the text only counts them, in Danish and English', () => {
    expect(engine().answer('hvad hedder de seks trin på indsatstrappen').kind).toBe('noAnswer');
    expect(engine().answer('What are the names of the six steps on the ladder?').kind).toBe('noAnswer');
  });

  it('answers the count, and names a listed set', () => {
    expect(engine().answer('hvor mange trin har indsatstrappen').kind).toBe('answer');
    expect(engine().answer('hvad er de tre temaer i modellen').kind).toBe('answer');
  });
});

describe('"hvor mange" needs a figure in a sentence that holds the question', () => {
  it('a comparison is not a figure', () => {
    expect(holdsFigure('Socialrådgiverne har færre sager hver.')).toBe(false);
    expect(holdsFigure('En indsatstrappe med seks trin.')).toBe(true);
    expect(holdsFigure('Ved 10 procent fravær underretter skolen.')).toBe(true);
  });

  it('abstains when the section names the thing but no number of it, in Danish and English', () => {
    expect(engine().answer('hvor mange områdeteams er der').kind).toBe('noAnswer');
    expect(engine().answer('how many områdeteams are there').kind).toBe('noAnswer');
  });
});

describe('a question about details needs a section about its focus, not a passing mention', () => {
  it.each([
    ['hvad står der konkret i Salamanca-erklæringen', true],
    ['What does the Salamanca Statement actually say?', true],
    ['What is the strategy actually trying to achieve?', false],
    ['hvad står der om Salamanca-erklæringen', false],
  ])('%s asks for detail: %s', (question, expected) => {
    expect(asksForDetail(question)).toBe(expected);
  });

  it('abstains on a document mentioned in passing, in Danish and English', () => {
    expect(engine().answer('hvad står der konkret i Salamanca-erklæringen').kind).toBe('noAnswer');
    expect(engine().answer('What does the Salamanca declaration actually say?').kind).toBe('noAnswer');
  });

  it('answers details of a topic a section is about', () => {
    expect(engine().answer('hvad står der nærmere om indsatstrappen').kind).toBe('answer');
  });
});

describe('a procedure asked for step by step', () => {
  it('is answered by a section whose own heading names its focus, in Danish and English', () => {
    expect(engine().answer('hvad gør man trin for trin ved akut fare').kind).toBe('answer');
    expect(engine().answer('what do I do step by step in acute danger').kind).toBe('answer');
  });

  it('is not answered by a passing mention without a list of steps', () => {
    expect(engine().answer('hvordan fungerer Salamanca-erklæringen trin for trin').kind).toBe('noAnswer');
  });
});

describe('names the documents do not know', () => {
  it('abstains on a named school, in Danish and English', () => {
    expect(engine().answer('hvordan får Lindbjergskolen hjælp fra PPR')).toMatchObject({ kind: 'noAnswer' });
    expect(engine().answer('how does Lindbjerg school get help from PPR')).toMatchObject({
      kind: 'noAnswer',
    });
  });

  it('answers the same question without the name, and keeps abbreviations and sentence starts', () => {
    expect(engine().answer('hvordan får skolen hjælp fra PPR').kind).toBe('answer');
    expect(engine().answer('Skolen og PPR: hvordan får skolen hjælp?').kind).toBe('answer');
  });

  it('abstains on a school or daycare named in lower case after a preposition', () => {
    expect(engine().answer('hvordan får de hjælp fra PPR på lindbjergskolen').kind).toBe('noAnswer');
    expect(engine().answer('hvordan får de hjælp fra PPR på skolen').kind).toBe('answer');
  });

  it('reads a nationality as who asks, not a name the documents must know', () => {
    expect(
      engine().answer(
        'Some Norwegian colleagues visit us tomorrow to hear about PPR. How does the school get help from it?',
      ).kind,
    ).toBe('answer');
    expect(
      engine().answer(
        'En Syrisk far og en Ukrainsk mor spørger om PPR i dag, hvordan får skolen hjælp fra PPR?',
      ).kind,
    ).toBe('answer');
  });

  it('reads who someone is ("I\'m Irish", "hun er Polsk") as no name, but keeps a place after "at"', () => {
    expect(engine().answer("I'm Irish and new here, how does the school get help from PPR?").kind).toBe(
      'answer',
    );
    expect(engine().answer('Moren er Filippinsk, hvordan får skolen hjælp fra PPR?').kind).toBe('answer');
    expect(engine().answer('I am at Lindbjerg, how does the school get help from PPR?').kind).toBe(
      'noAnswer',
    );
  });

  it('reads where someone comes from with a Danish word between ("kommer også fra Sverige")', () => {
    expect(engine().answer('jeg kommer også fra Sverige, hvordan får skolen hjælp fra PPR?').kind).toBe(
      'answer',
    );
    expect(engine().answer('Hun er nyankommen fra Syrien, hvordan får skolen hjælp fra PPR?').kind).toBe(
      'answer',
    );
    expect(engine().answer('I came here also from Sweden, how does the school get help from PPR?').kind).toBe(
      'answer',
    );
  });

  it('reads a name that speaks, or comes after the word for a colleague, as someone in the story', () => {
    expect(
      engine().answer('Hvordan får skolen hjælp fra PPR, når Torben siger at vi selv skal søge?').kind,
    ).toBe('answer');
    expect(
      engine().answer('How does the school get help from PPR, now that Birthe says we must apply?').kind,
    ).toBe('answer');
    expect(engine().answer('Hvordan får min kollega Birthe hjælp fra PPR til skolen?').kind).toBe('answer');
  });

  it('reads a name in a bracketed aside as someone in the story, but not a name in the question', () => {
    expect(
      engine().answer('Vi havde møde i går (Lone havde fødselsdag). Hvordan får skolen hjælp fra PPR?').kind,
    ).toBe('answer');
    expect(engine().answer('Vi havde møde i går. Hvordan får Lindbjerg hjælp fra PPR?').kind).toBe(
      'noAnswer',
    );
  });
});

describe('a compound with a part the documents do not know', () => {
  it('is not answered by its known head when its modifier is unknown', () => {
    expect(engine().answer('hvad siger modellen om lektiehjælp').kind).toBe('noAnswer');
    expect(engine().answer('hvad siger modellen om hjælp til skolen').kind).toBe('answer');
  });
});

describe('out-of-scope words', () => {
  it('are not answered by a neighbouring policy even where its own heading names them', () => {
    expect(engine(true).answer('hvornår udbetales lønnen')).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
      topic: 'pay',
    });
    expect(engine(true).answer('when is the salary paid')).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
      topic: 'pay',
    });
  });

  it('are not answered by a neighbouring policy whose title names them, in Danish and English', () => {
    expect(engine(true).answer('hvad siger personalepolitikken om seniordage')).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
      topic: 'otherPolicy',
    });
    expect(engine(true).answer('what does the staff policy say about seniordage')).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
    });
  });
});
