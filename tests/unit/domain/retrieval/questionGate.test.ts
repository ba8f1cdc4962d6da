import { engineOver } from '@tests/helpers/retrievalEngine';
import { join } from 'node:path';
import { loadLexicalResources } from '../../../../src/infrastructure/knowledge/lexicalResources';
import { createAnalyzer } from '../../../../src/domain/text/analyzer';
import {
  asksForNamedInstitutions,
  asksForYear,
  namesInstitution,
} from '../../../../src/domain/retrieval/answerType';
import { createRetrievalEngine } from '../../../../src/domain/retrieval/engine';
import { createQueryExpander, type LexicalResources } from '../../../../src/domain/retrieval/expansion';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';

/** The abstention gate on colloquial questions: what the writer adds around the topic must not sink it. */

const POLICY = `# Indsatspolitik for Prøveby Kommune

## Tidlig indsats

Vi sætter ind tidligt, så små vanskeligheder ikke bliver store. Lærere og pædagoger kontakter PPR, når de er i tvivl.

## Udveksling af oplysninger

Fagpersoner må drøfte et barn uden forældrenes samtykke, når der er mistanke om, at barnet mistrives.

## Ferielukning

Institutionerne holder lukket i uge 29.
`;

const resources: LexicalResources = {
  synonyms: [['tidligt', 'gribe ind tidligt', 'før problemerne vokser']],
  glossary: { consent: 'samtykke', parents: 'forældre', share: 'drøfte', child: 'barn' },
  outOfScope: ['julefrokost'],
};

const engine = () =>
  engineOver([{ id: 'indsats', title: 'Indsatspolitik for Prøveby Kommune', markdown: POLICY }], resources);

describe('synonym phrases in a question', () => {
  it('count as one concept when the question holds several phrases of the same group', () => {
    const analyzer = createAnalyzer();
    const vocabulary = ['grib', 'tid', 'problem', 'voks'];
    const expander = createQueryExpander(analyzer, resources);
    const q = expander.expand('skal vi gribe ind tidligt før problemerne vokser', {
      has: (t) => vocabulary.includes(t),
      vocabularyList: () => vocabulary,
    });
    // "gribe ind tidligt" and "før problemerne vokser" are one position, not five.
    expect(q.positions.size).toBe(1);
  });
});

describe('filler words around the topic', () => {
  it.each([
    [
      'hvornår må fagpersoner drøfte et barn uden samtykke',
      'må vi egentlig overhovedet faktisk drøfte et barn uden samtykke',
    ],
    ['kontakter lærere PPR', 'er det altid kun lærere der kontakter PPR'],
    ['can we share a child without consent', 'is it really ok to share a child without consent'],
  ])('"%s" and "%s" get the same answer', (plain, coloured) => {
    const e = engine();
    const a = e.answer(plain);
    const b = e.answer(coloured);
    expect(a.kind).toBe('answer');
    expect(b.kind).toBe('answer');
    if (a.kind !== 'answer' || b.kind !== 'answer') return;
    expect(b.passages[0].section).toBe(a.passages[0].section);
    expect(b.confidence).toBeGreaterThan(0.8 * a.confidence);
  });

  it('still abstains on a topic the documents lack, filler or not', () => {
    const e = engine();
    expect(e.answer('hvordan er lektiecaféordningen').kind).toBe('noAnswer');
    expect(e.answer('hvordan er lektiecaféordningen egentlig altid nu').kind).toBe('noAnswer');
  });
});

describe('a question at the end of a paragraph', () => {
  it('is read from its last sentence when no sentence ends with a question mark', () => {
    const e = engine();
    const told =
      'Vi havde et langt møde om julefrokost og skemaer. Bagefter talte vi om en familie vi er bekymrede for. ' +
      'Må fagpersoner drøfte et barn uden samtykke fra forældrene';
    const result = e.answer(told);
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') expect(result.passages[0].section).toContain('Udveksling af oplysninger');
  });

  it('keeps the whole text when the last sentence does not ask', () => {
    const result = engine().answer(
      'Vi havde møde om julefrokost. Fagpersoner drøfter et barn uden samtykke.',
    );
    // The out-of-scope word stays in what is read, so the engine points elsewhere.
    expect(result.kind).toBe('noAnswer');
  });
});

describe('a plan or policy the collection does not hold', () => {
  it.each([
    'hvad står der i kommunens klimaplan om skolerne',
    'har kommunen en antimobbestrategi for skolerne',
    'what does the trafikpolitik say about schools',
  ])('"%s" is out of scope, pointing to who owns it', (question) => {
    const result = engine().answer(question);
    expect(result.kind).toBe('noAnswer');
    if (result.kind === 'noAnswer') {
      expect(result.reason).toBe('outOfScope');
      expect(result.topic).toBe('otherPolicy');
    }
  });

  it('answers about a document the collection does hold, named the same way', () => {
    const result = engine().answer('hvad siger indsatspolitikken om tidlig indsats');
    expect(result.kind).toBe('answer');
  });
});

describe('the shipped glossary and synonyms', () => {
  const shipped = loadLexicalResources(join(__dirname, '../../../../config'));
  const analyzer = createAnalyzer();
  const expander = createQueryExpander(analyzer, shipped);
  const termsOf = (question: string, vocabulary: readonly string[]) =>
    expander
      .expand(question, { has: (t) => vocabulary.includes(t), vocabularyList: () => vocabulary })
      .terms.map((t) => t.term);
  const stemOf = (word: string) => analyzer.analyse(word)[0].term;

  it.each([
    ['can we talk without the parents', 'uden'],
    ['the father says no', 'far'],
    ['I suspect something is wrong at home', 'bekymring'],
    ['is the social services act still in force', 'serviceloven'],
  ])('translates the everyday English words of "%s"', (question, danish) => {
    expect(termsOf(question, [stemOf(danish)])).toContain(stemOf(danish));
  });

  it.each([
    ['er loven blevet skiftet ud', 'afløst'],
    ['kan jeg selv henvise til PPR', 'kontakt'],
    ['har jeg meldt det rigtigt', 'underretning'],
  ])('finds the documents’ word for the writer’s own in "%s"', (question, danish) => {
    expect(termsOf(question, [stemOf(danish)])).toContain(stemOf(danish));
  });
});

describe('institutions asked for by name', () => {
  it.each([
    ['hvilke skoler er med i forsøget', true],
    ['Which schools take part in the trial?', true],
    ['hvilke tre børnehaver var med', true],
    ['hvilke slags dagtilbud findes der', false],
    ['what kinds of day care are there', false],
    ['hvad gør skolerne', false],
  ])('"%s" asks for names: %s', (question, expected) => {
    expect(asksForNamedInstitutions(question)).toBe(expected);
  });

  it('abstains when the documents speak of schools without naming any', () => {
    const e = engine();
    expect(e.answer('kontakter lærere PPR').kind).toBe('answer');
    expect(e.answer('hvilke skoler har lærere der kontakter PPR').kind).toBe('noAnswer');
  });

  it('tells a named institution from a common noun', () => {
    expect(namesInstitution('Lindbjergskolen deltog fra start.')).toBe(true);
    expect(namesInstitution('Alle skolen deltog.')).toBe(false);
  });
});

describe('questions that ask for a year', () => {
  it.each([
    ['hvilket år blev politikken vedtaget', true],
    ['hvornår er politikken fra?', true],
    ['when was the policy adopted?', true],
    // The subject before the verb, and "lavet" for "vedtaget" (round-31 dev class).
    ['står der noget om hvornår børne og ungepolitikken er lavet', true],
    ['hvornår blev strategien udarbejdet', true],
    ['when was the children and youth policy made', true],
    ['hvornår skal der være lavet en handleplan', false],
    ['hvornår skal jeg kontakte PPR', false],
    ['when do I call the parents', false],
  ])('"%s" asks for a year: %s', (question, expected) => {
    expect(asksForYear(question)).toBe(expected);
  });

  it('quotes the section that holds the year, and abstains when no sentence about the subject has one', () => {
    const e = createRetrievalEngine({ resources });
    e.addDocuments([
      buildDocument(
        { id: 'plan', title: 'Skoler i Prøveby', source: 'plan.md', kind: 'policy' },
        markdownBlocks(
          '# Skoler i Prøveby\n\nTrivselsplanen er fra 2019 og gælder alle skoler.\n\n' +
            '## Trivselsplanen\n\nTrivselsplanen beskriver trivsel og fællesskab i klasserne. Trivselsplanen følges af alle lærere.\n\n' +
            '## Samarbejdsstrategi\n\nSamarbejdsstrategien handler om forældresamarbejde i skolerne.\n',
        ),
      ),
    ]);
    const found = e.answer('hvilket år er trivselsplanen fra');
    expect(found.kind).toBe('answer');
    if (found.kind === 'answer') expect(found.passages[0].quote).toContain('2019');
    expect(e.answer('hvilket år blev samarbejdsstrategien vedtaget').kind).toBe('noAnswer');
  });
});
