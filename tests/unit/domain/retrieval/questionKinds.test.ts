import { join } from 'node:path';
import { definedTerm, detectAnswerType } from '../../../../src/domain/retrieval/answerType';
import { createRetrievalEngine } from '../../../../src/domain/retrieval/engine';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';
import { createFramingStripper } from '../../../../src/domain/text/framing';
import { loadLexicalResources } from '../../../../src/infrastructure/knowledge/lexicalResources';
import { topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Kinds of question staff ask around a topic: what a written thing must hold, whether they may or
 * must do something, what the difference is, what follows. The words of the kind ("indeholde",
 * "har jeg lov til", "forskellen på", "konsekvensen") say what answer is wanted, not what it is
 * about: counted as topic words they pushed plain questions under the gate. Each kind in our own
 * phrasings, Danish and English, with the shipped config, against a small guideline of our own.
 */
const shipped = loadLexicalResources(join(__dirname, '../../../../config'));

const GUIDELINE = `# Retningslinjer for indstillinger i Prøveby Kommune

## Sådan skriver du en indstilling

Beskriv konkret, hvad du har set og hørt hos eleven, og hvornår. Undlad egne gæt om årsagen.

## Personnumre i chat

Navne og personnumre hører ikke hjemme i en chat. Skriv aldrig et personnummer i en besked.

## Navne i fælles chats

Et barns navn må kun stå i en fælles chat, når forældrene har givet samtykke. Ellers bruges initialer.

## Råd og vejledning

Familier kan få anonym rådgivning uden en sag. Rådgivningen er frivillig og gratis.

## Pligten til at underrette

Underretningspligten er personlig. Den, der undlader at underrette, kan straffes efter loven.

## Fravær

Skolen underretter, når en elev har 12 procent ulovligt fravær i et kvartal.

## Overgreb

Når barnet fortæller detaljeret om et overgreb, er sagen altid rød og haster.
`;

function engine() {
  const e = createRetrievalEngine({ resources: shipped });
  e.addDocuments([
    buildDocument(
      {
        id: 'guide',
        title: 'Retningslinjer for indstillinger i Prøveby Kommune',
        source: 'g.md',
        kind: 'policy',
      },
      markdownBlocks(GUIDELINE),
    ),
  ]);
  return e;
}

/** The asking costs nothing: the kind's question is as certain as the plain one it wraps. */
function expectSameConfidence(framed: string, plain: string): void {
  const e = engine();
  const a = e.answer(framed);
  const b = e.answer(plain);
  expect(topSectionOf(a)).toBe(topSectionOf(b));
  expect(a.confidence).toBeGreaterThanOrEqual(b.confidence - 0.02);
}

describe('what a written thing must hold', () => {
  it.each([
    'Hvad skal en underretning indeholde?',
    'hvad skal der stå i en underretning',
    'Hvad skal jeg skrive i en underretning?',
    'What goes into a referral?',
    'What should a report contain?',
  ])('"%s" asks for content', (question) => {
    expect(detectAnswerType(question)).toBe('content');
  });

  it('is answered from the section that tells how to write it, in Danish and English', () => {
    for (const question of [
      'Hvad skal en indstilling indeholde, og hvordan skriver jeg den bedst?',
      'What goes into an indstilling?',
    ]) {
      const r = engine().answer(question);
      expect(topSectionOf(r)).toContain('Sådan skriver du en indstilling');
      expect(r.kind === 'answer' ? r.passages[0].quote : '').toContain('Beskriv konkret');
    }
  });
});

describe('whether one may or must', () => {
  it.each([
    [
      'Har jeg lov til at nævne barnets navn i en fælles chat?',
      'Må jeg nævne barnets navn i en fælles chat?',
    ],
    [
      'Am I allowed to mention the name of the child in a shared chat?',
      'Can I mention the name of the child in a shared chat?',
    ],
  ])('"%s" is as certain as "%s"', expectSameConfidence);
});

describe('the difference between two things, and what follows', () => {
  it.each([
    ['Hvad er forskellen på anonym rådgivning og en sag?', 'anonym rådgivning og en sag'],
    ['What is the difference between anonymous advice and a case?', 'anonymous advice and a case'],
    ['Hvad er konsekvensen, hvis man undlader at underrette?', 'hvis man undlader at underrette'],
    ['What are the consequences if I do not notify?', 'if I do not notify'],
  ])('"%s" is as certain as "%s"', expectSameConfidence);
});

describe('a claim put up for checking', () => {
  it('is as certain with a wrong figure as with the right one: the figure is what is checked', () => {
    const e = engine();
    const wrong = e.answer('En kollega påstår, at skolen underretter ved 25 procent fravær. Er det rigtigt?');
    const right = e.answer('En kollega påstår, at skolen underretter ved 12 procent fravær. Er det rigtigt?');
    expect(topSectionOf(wrong)).toContain('Fravær');
    expect(wrong.confidence).toBeGreaterThanOrEqual(right.confidence - 0.02);
  });

  it('may come in an e-mail from someone ("min leder skrev i en mail, at ... Holder det?")', () => {
    const r = engine().answer(
      'Vores souschef skrev i en mail, at min pligt er opfyldt, når jeg har sagt det til hende. Holder det?',
    );
    expect(r.kind).toBe('answer');
    expect(topSectionOf(r)).toContain('Pligten til at underrette');
  });

  it('is answered from the section that corrects it, in English', () => {
    const r = engine().answer(
      'A colleague told me the school only reports at 25 per cent absence. Is that correct?',
    );
    expect(topSectionOf(r)).toContain('Fravær');
  });
});

describe('a detail word the text itself uses', () => {
  it('is part of what is asked, not a demand for more detail', () => {
    expect(
      topSectionOf(engine().answer('Hvad sker der, når barnet fortæller detaljeret om et overgreb?')),
    ).toContain('Overgreb');
  });
});

describe("a learner's English definition question", () => {
  it('asks what the term is', () => {
    expect(definedTerm('What is meaning of the Herning model?')).toBe('herning model');
    expect(definedTerm('What is the meaning of the Herning model?')).toBe('herning model');
    // The term in quotes, and a plea for plain words after it.
    expect(definedTerm('What is meaning of the "Herning model"?')).toBe('herning model');
  });
});

describe('staff administration and everyday life beside the documents', () => {
  it.each([
    ['Kan jeg få min pension udbetalt tidligere?', 'pay'],
    ['Hvornår er der valg til byrådet næste gang?', 'events'],
    ['Hvilken ugedag er juleaften i år?', 'holidays'],
  ])('"%s" is abstained with the %s pointer', (question, topic) => {
    const r = engine().answer(question);
    expect(r.kind === 'noAnswer' ? r.topic : 'answered').toBe(topic);
  });
});

describe('a procedure asked for step by step', () => {
  it('is answered by a section whose own heading names a topic word of the question, not only its rarest', () => {
    const r = engine().answer(
      'Trin for trin: hvad gør jeg, hvis en elev fortæller mig om et overgreb derhjemme?',
    );
    expect(topSectionOf(r)).toContain('Overgreb');
  });
});

describe('a half-remembered rule put up for checking', () => {
  it.each([
    ['Var der ikke noget med at skolen underretter ved fravær?', 'skolen underretter ved fravær?'],
    ["Isn't it true that the school reports absence?", 'the school reports absence?'],
  ])('"%s" is read as "%s"', (question, claim) => {
    expect(createFramingStripper(shipped.framing ?? []).strip(question)).toBe(claim);
  });
});

describe('a last sentence that only asks for the form of the answer', () => {
  it.each([
    'Til mødet skal jeg forklare, hvad der står om anonym rådgivning. Kan du give mig hovedpointen i et par linjer?',
    'At the meeting I must explain what it says about anonymous advice. Can you give me the main point in a few lines?',
  ])('keeps the sentence before it, which holds the topic: "%s"', (question) => {
    expect(topSectionOf(engine().answer(question))).toContain('Råd og vejledning');
  });
});

describe('an ordinal inside a sentence ("den 24. december", "en elev i 8. klasse")', () => {
  it('does not end the sentence, so the question keeps its first words', () => {
    const r = engine().answer('Hvilken ugedag falder den 24. december i det kommende kalenderår?');
    expect(r.kind === 'noAnswer' ? r.topic : 'answered').toBe('holidays');
  });
});

describe('how to get started, after the situation', () => {
  it.each([
    [
      'En familie er gået i stå og vil gerne have anonym rådgivning uden en sag. Hvordan kommer vi i gang?',
      'En familie er gået i stå og vil gerne have anonym rådgivning uden en sag.',
    ],
    [
      'A family is stuck and would like anonymous advice without a case. How do we get started?',
      'A family is stuck and would like anonymous advice without a case.',
    ],
  ])('"%s" is as certain as the situation alone', expectSameConfidence);
});

describe('"what is X for" asks for a purpose', () => {
  it.each(["I'm new here - what is the Herning model actually for?", 'what are the area teams for'])(
    '%s',
    (question) => {
      expect(detectAnswerType(question)).toBe('purpose');
    },
  );

  it('a question that only ends with another "for" is not one', () => {
    expect(detectAnswerType('who do I ask for')).not.toBe('purpose');
  });
});

describe('what a thing is about, asked indirectly (round-23 class)', () => {
  it.each([
    ['hvad indsatsmodellen går ud på', 'indsatsmodellen'],
    ['og hvad indsatstrappen egentlig handler om', 'indsatstrappen egentlig'],
    ['hvad gør jeg når far går ud på altanen', undefined],
    // A request to explain it (retired round-22 sealed class).
    ['kan du forklare indsatsmodellen kort', 'indsatsmodellen'],
    ['can you explain the inclusion strategy in a few words im new here', 'inclusion strategy'],
    // A small word before the verb (round-25 dev class): "kort", "lige", "briefly".
    ['kan du kort forklare hvad indsatsmodellen er', 'indsatsmodellen'],
    ['kan du lige kort forklare indsatsmodellen', 'indsatsmodellen'],
    ['can you briefly explain what the inclusion strategy is', 'inclusion strategy'],
  ])('"%s" defines %s', (question, term) => {
    expect(definedTerm(question)).toBe(term);
  });

  it('"what is the strategy trying to achieve" asks for a purpose', () => {
    expect(detectAnswerType('what is the inclusion strategy trying to achieve')).toBe('purpose');
  });
});

describe('Teams itself is IT support, not policy (round-25 dev class)', () => {
  it.each(['hvordan opretter jeg et team i teams', 'how do I create a team in Teams for my class'])(
    '%s is out of scope',
    (question) => {
      const r = engine().answer(question);
      expect(r.kind === 'noAnswer' ? r.reason : r.kind).toBe('outOfScope');
    },
  );
});

describe("a colleague's own health is HR, not policy (retired round-25 sealed class)", () => {
  it.each([
    'min kollega har kræft og har skrevet det i chatten, gælder tavshedspligten',
    'a colleague has cancer and wrote it in our chat, does the duty of confidentiality apply',
  ])('%s is out of scope', (question) => {
    const r = engine().answer(question);
    expect(r.kind === 'noAnswer' ? r.reason : r.kind).toBe('outOfScope');
  });
});
