import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAnswerType } from '../../../../src/domain/retrieval/answerType';
import { createRetrievalEngine, type RetrievalResult } from '../../../../src/domain/retrieval/engine';
import type { LexicalResources } from '../../../../src/domain/retrieval/expansion';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';

const FIXTURE = join(__dirname, '../../../fixtures/knowledge/trivselspolitik.md');

const resources: LexicalResources = {
  synonyms: [],
  glossary: { wellbeing: 'trivsel', policy: 'politik', adopted: 'vedtog', children: 'børn' },
  outOfScope: [],
  outOfScopeTopics: {
    pay: ['løn'],
    holidays: ['ferie'],
    otherMunicipality: ['Aarhus'],
  },
  framing: [
    'står der noget om',
    'hvad siger politikken om',
    'jeg sidder med en * der spørger',
    'min leder vil vide',
  ],
};

function engineDocuments(withPayDocument = false) {
  const text = readFileSync(FIXTURE, 'utf8');
  const kept = withPayDocument ? text : text.replace(/## Løn og ansættelse[\s\S]*$/, '');
  return [
    buildDocument(
      { id: 'trivsel', title: 'Trivselspolitik for Testby Kommune', source: 'trivsel.md', kind: 'policy' },
      markdownBlocks(kept),
    ),
  ];
}

function engine(withPayDocument = false) {
  const e = createRetrievalEngine({ resources });
  e.addDocuments(engineDocuments(withPayDocument));
  return e;
}

function quoted(result: RetrievalResult): string {
  expect(result.kind).toBe('answer');
  return result.kind === 'answer' ? result.passages.map((p) => p.quote).join('\n') : '';
}

describe('answer type', () => {
  it.each([
    ['hvornår blev politikken vedtaget', 'when'],
    ['When was the policy adopted?', 'when'],
    ['hvilke love bygger politikken på', 'laws'],
    ['which laws apply', 'laws'],
    ['hvem arbejder sammen om det', 'who'],
    ['hvad er formålet med politikken', 'purpose'],
    ['why do we have a policy', 'purpose'],
    ['hvor mange temaer er der', 'howMany'],
    ['trivsel', undefined],
    // The question words typed without æ, ø and å (round-27 dev class).
    ['hvornaar skal boernene have MFR-vaccinen', 'when'],
    ['hvornar starter skolen', 'when'],
    ['hvad er formaalet med politikken', 'purpose'],
    ['does it say anything about aerobics', undefined],
  ])('%s -> %s', (question, type) => {
    expect(detectAnswerType(question)).toBe(type);
  });

  it('quotes the sentence with the date for a "when" question', () => {
    const quote = quoted(engine().answer('hvornår kom politikken om børns trivsel i hele kommunen'));
    expect(quote).toContain('4. marts 2021');
    // The sentence with the question's own words stays in the answer.
    expect(quote).toContain('Politikken handler om børns trivsel');
  });

  it('quotes the sentence that names the laws for a "which laws" question', () => {
    const quote = quoted(engine().answer('hvilke love bygger politikken på'));
    expect(quote).toContain('Folkeskoleloven og Dagtilbudsloven');
  });

  it('quotes the purpose sentence for a "why" question', () => {
    const quote = quoted(engine().answer('hvorfor har vi en retning for arbejdet med børn'));
    expect(quote).toContain('Formålet er');
  });

  it('quotes the actors for a "who" question', () => {
    const quote = quoted(engine().answer('hvem har ansvar for fællesskaber'));
    expect(quote).toContain('Forældre, pædagoger og lærere');
  });

  it('quotes the opening under a heading that announces the answer', () => {
    const quote = quoted(engine().answer('hvad er formålet med politikken om dagtilbud'));
    expect(quote).toContain('Politikken sætter en fælles retning for arbejdet med børn.');
  });

  it('quotes a short paragraph whole', () => {
    const quote = quoted(engine().answer('fælles ansvar kernen'));
    expect(quote).toContain('Fælles ansvar er kernen i politikken. Forældre, pædagoger og lærere');
  });
});

describe('colloquial questions', () => {
  it('finds "trives" for a question about "trivsel" behind request framing', () => {
    const result = engine().answer('står der noget om trivsel i dagtilbud?');
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') expect(result.passages[0].section).toContain('Formål');
  });

  it('finds the noun for an adjective and a compound for its head (fælles, hverdag)', () => {
    const first = engine().answer('hvordan skaber vi fællesskaber hvor ingen står uden for');
    expect(first.kind === 'answer' && first.passages[0].section).toContain('Samarbejde om fællesskaber');
    const second = engine().answer('en god hverdag med leg');
    expect(second.kind === 'answer' && second.passages[0].section).toContain('Hverdagsliv');
  });

  it('reads a story and keyword-only questions as the topic they hold', () => {
    const story = engine().answer('jeg sidder med en forælder der spørger om Dagtilbudsloven');
    expect(story.kind === 'answer' && story.passages[0].section).toContain('Grundlag');
    const keywords = engine().answer('love grundlag');
    expect(keywords.kind === 'answer' && keywords.passages[0].section).toContain('Grundlag');
  });

  it('ranks first a section whose heading announces the actors a who-question asks for', () => {
    // "lavet" is a stop word: only the kind of answer asked for points at "Hvem har været med".
    const result = engine().answer('hvem har lavet trivselspolitikken');
    expect(result.kind === 'answer' && result.passages[0].section).toContain('Hvem har været med');
  });

  it('reads "hvem" inside a clause of telling as no question about actors', () => {
    expect(detectAnswerType('kan en familie få råd uden at oplyse hvem de er')).toBeUndefined();
    expect(detectAnswerType('can a family get advice without saying who they are')).toBeUndefined();
    expect(detectAnswerType('hvem har været med til at lave politikken')).toBe('who');
  });

  it('finds a section whose heading the question quotes, stop words and all', () => {
    const result = engine().answer('hvem har været med til at lave politikken');
    expect(result.kind === 'answer' && result.passages[0].section).toContain('Hvem har været med');
  });

  it('lets a document word in the framing ("politikken") point at the document, weakly', () => {
    const e = engine();
    e.addDocuments([
      buildDocument(
        { id: 'haandbog', title: 'Håndbog for skolebestyrelser', source: 'haandbog.md', kind: 'policy' },
        markdownBlocks(
          '# Håndbog for skolebestyrelser\n\n## Valg\n\nForældre vælger repræsentanter til bestyrelsen.\n',
        ),
      ),
    ]);
    const scoreOf = (question: string, docId: string) =>
      e.passages(question, 5).find((p) => p.docId === docId)?.score ?? 0;
    const plain = scoreOf('forældre', 'trivsel');
    expect(plain).toBeGreaterThan(0);
    // The policy's section rises; the handbook (no "politik" in its title) does not.
    expect(scoreOf('hvad siger politikken om forældre', 'trivsel')).toBeGreaterThan(plain * 1.05);
    expect(scoreOf('hvad siger politikken om forældre', 'haandbog')).toBeCloseTo(
      scoreOf('forældre', 'haandbog'),
      6,
    );
    // A framing word that names no kind of document ("leder") changes nothing.
    expect(scoreOf('min leder vil vide noget om forældre', 'trivsel')).toBeCloseTo(plain, 6);
  });

  it('reads ae, oe and aa typed for æ, ø and å', () => {
    const result = engine().answer('boern trives faellesskab');
    expect(result.kind).toBe('answer');
  });

  it('reads an English possessive as the glossary word', () => {
    const result = engine().answer("When was the children's wellbeing policy adopted?");
    expect(quoted(result)).toContain('2021');
  });

  it('answers in English through the glossary', () => {
    const result = engine().answer('When was the wellbeing policy adopted?');
    expect(quoted(result)).toContain('2021');
  });
});

describe('out of scope', () => {
  it('abstains on another municipality with the topic that says who would know', () => {
    const result = engine().answer('hvad siger Aarhus om trivsel i dagtilbud');
    expect(result).toMatchObject({ kind: 'noAnswer', reason: 'outOfScope', topic: 'otherMunicipality' });
  });

  it('abstains on pay and on holidays written inside a compound', () => {
    expect(engine().answer('hvornår får pædagoger løn')).toMatchObject({
      kind: 'noAnswer',
      topic: 'pay',
    });
    expect(engine().answer('har skolen lukket i skoleferien')).toMatchObject({
      kind: 'noAnswer',
      topic: 'holidays',
    });
  });

  it('answers when the section found is itself about the word', () => {
    const result = engine(true).answer('hvornår forhandles løn');
    expect(quoted(result)).toContain('Løn til medarbejderne');
  });
});

describe('a question told inside a story', () => {
  it('answers the sentence that asks, not the noise around it', () => {
    const result = engine().answer(
      'Vi skal holde oplæg for forældrerådet på tirsdag og formanden vil have baggrund med. ' +
        'Hvem har ansvar for fællesskaber? Der er kaffe og løn-snak bagefter.',
    );
    expect(quoted(result)).toContain('Forældre, pædagoger og lærere');
  });

  it('keeps the sentence before a question that holds no subject of its own', () => {
    const result = engine().answer(
      'Jeg vil gerne vide noget om fællesskaber og hvem der har ansvar. Hvad siger den?',
    );
    expect(quoted(result)).toContain('Forældre, pædagoger og lærere');
  });

  it('still abstains when the asking sentence itself is about pay', () => {
    const result = engine().answer('Jeg har et spørgsmål til dig. Hvad er lønnen for en pædagog?');
    expect(result.kind).toBe('noAnswer');
  });
});

describe('names of other municipalities', () => {
  it('match as the word itself or its genitive', () => {
    expect(engine().answer('hvad siger Aarhus om trivsel').kind).toBe('noAnswer');
    expect(engine().answer("hvad siger aarhus' politik om trivsel").kind).toBe('noAnswer');
    expect(engine().answer('hvad står der i Aarhus politik om trivsel').kind).toBe('noAnswer');
  });

  it('never by a stem another word shares', () => {
    const withStemLookalike = createRetrievalEngine({
      resources: { ...resources, outOfScopeTopics: { otherMunicipality: ['Vejen'] } },
    });
    withStemLookalike.addDocuments([
      buildDocument(
        { id: 't', title: 'Trivselspolitik', source: 't.md', kind: 'policy' },
        markdownBlocks('## Formål\n\nTrivsel vejer tungest, når vi vælger indsatser for børn.\n'),
      ),
    ]);
    expect(withStemLookalike.answer('hvad vejer tungest for trivsel').kind).toBe('answer');
    // The municipality itself, named, is still out of scope where the documents are not about it.
    const withVejen = createRetrievalEngine({
      resources: { ...resources, outOfScopeTopics: { otherMunicipality: ['Vejen'] } },
    });
    withVejen.addDocuments(engineDocuments());
    expect(withVejen.answer('hvad gør Vejen for børns trivsel').kind).toBe('noAnswer');
  });
});
