import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRetrievalEngine, RANKING_PARAMS } from '../../../../src/domain/retrieval/engine';
import type { LexicalResources } from '../../../../src/domain/retrieval/expansion';
import { buildDocument, markdownBlocks, plainTextBlocks } from '../../../../src/domain/retrieval/sectioning';
import { splitUnits } from '../../../../src/domain/retrieval/sentences';

const FIXTURES = join(__dirname, '../../../fixtures/knowledge');
const resources: LexicalResources = {
  synonyms: [['PPR', 'pædagogisk psykologisk rådgivning']],
  glossary: { themes: 'temaer', policy: 'politik', school: 'skole' },
  outOfScope: ['sommerferie', 'adgangskode'],
};

function markdownDoc() {
  const text = readFileSync(join(FIXTURES, 'skolepolitik.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  return buildDocument(
    {
      id: 'skolepolitik',
      title: 'Testkommunens skolepolitik',
      source: 'https://example.org/skolepolitik',
      kind: 'policy',
    },
    markdownBlocks(text),
  );
}

function plainDoc() {
  const text = readFileSync(join(FIXTURES, 'kommuneside.txt'), 'utf8');
  return buildDocument(
    { id: 'side', title: 'Trivsel og fravær', source: 'side.txt', kind: 'policy' },
    plainTextBlocks(text),
    {
      plainText: true,
    },
  );
}

describe('sectioning', () => {
  it('finds headings in plain text and drops page debris, link lists and disclaimers', () => {
    const doc = plainDoc();
    expect(doc.sections.map((s) => s.headingPath.join(' > '))).toEqual([
      'Trivsel og fravær',
      'Trivsel og fravær > Bekymrende fravær',
    ]);
    const all = doc.sections.map((s) => s.body).join('\n');
    expect(all).not.toMatch(/Luk alle|Åben alle|Fraværsregler|forbehold/);
  });

  it('splits sentences and list items and marks the list lead', () => {
    const body = 'Politikken har tre temaer. De bruges sådan:\n- Trivsel\n- Læring';
    const units = splitUnits(body);
    expect(units.map((u) => body.slice(u.start, u.end))).toEqual([
      'Politikken har tre temaer.',
      'De bruges sådan:',
      '- Trivsel',
      '- Læring',
    ]);
    expect(units[1].listLead).toBe(true);
    expect(units[2].listItem).toBe(true);
  });

  it('does not split after abbreviations or ordinal numbers', () => {
    const body = 'Det gælder bl.a. Herning og 0. klasse. Næste sætning.';
    expect(splitUnits(body)).toHaveLength(2);
  });
});

describe('retrieval engine', () => {
  const engine = createRetrievalEngine({ resources });
  engine.addDocuments([markdownDoc(), plainDoc()]);

  it('answers with the list of themes, quoted verbatim from the source', () => {
    const result = engine.answer('hvilke temaer har skolepolitikken?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    const top = result.passages[0];
    expect(top.section).toBe('Testkommunens skolepolitik > Politikkens tre temaer');
    expect(top.quote).toContain('Trivsel i klassen');
    expect(top.quote).toContain('Samarbejde med hjemmet');
    expect(readFileSync(join(FIXTURES, 'skolepolitik.md'), 'utf8')).toContain(top.quote);
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('finds a section through a compound and an abbreviation', () => {
    const a = engine.answer('hvad siger strategien om fællesskab');
    expect(a.kind === 'answer' && a.passages[0].section).toBe(
      'Testkommunens skolepolitik > Fællesskabsstrategien',
    );
    const b = engine.answer('hvordan kontakter vi ppr');
    expect(b.kind === 'answer' && b.passages[0].section).toBe('Testkommunens skolepolitik > Kontakt til PPR');
  });

  it('answers English questions through the glossary', () => {
    const result = engine.answer('What are the themes of the school policy?');
    expect(result.kind === 'answer' && result.passages[0].section).toBe(
      'Testkommunens skolepolitik > Politikkens tre temaer',
    );
  });

  it('tolerates a misspelling', () => {
    const result = engine.answer('hvad med fravæer');
    expect(result.kind).toBe('answer');
  });

  it('abstains on out-of-scope and unknown topics, with closest topics when any', () => {
    const holiday = engine.answer('hvornår er der sommerferie på skolen');
    expect(holiday).toMatchObject({ kind: 'noAnswer', reason: 'outOfScope' });
    const unknown = engine.answer('hvad hedder borgmesterens hund');
    expect(unknown.kind).toBe('noAnswer');
  });

  it('suggests neighbouring sections as follow-ups', () => {
    const result = engine.answer('fællesskabsstrategien');
    expect(result.kind === 'answer' && result.followUps).toEqual(
      expect.arrayContaining(['Politikkens tre temaer']),
    );
  });

  it('adds and removes documents at run time', () => {
    const local = createRetrievalEngine({ resources });
    local.addDocuments([markdownDoc()]);
    expect(local.answer('madordning i SFO').kind).toBe('noAnswer');
    local.addDocuments([
      buildDocument(
        {
          id: 'u1',
          title: 'Ny madordning',
          source: 'update:u1',
          kind: 'update',
          authorRole: 'Skoleleder',
          date: '2026-01-01',
        },
        markdownBlocks('Fra februar har SFO en fælles madordning for alle børn.'),
      ),
    ]);
    const found = local.answer('madordning i SFO');
    expect(found.kind === 'answer' && found.passages[0]).toMatchObject({
      kind: 'update',
      authorRole: 'Skoleleder',
    });
    expect(local.removeDocument('u1')).toBe(true);
    expect(local.answer('madordning i SFO').kind).toBe('noAnswer');
  });

  it('gives search results for a repeated query that follow documents added and removed since', () => {
    const local = createRetrievalEngine({ resources });
    local.addDocuments([markdownDoc()]);
    expect(local.passages('madordning i SFO', 3)).toEqual([]);
    const update = buildDocument(
      { id: 'u2', title: 'Ny madordning', source: 'update:u2', kind: 'update' },
      markdownBlocks('Fra februar har SFO en fælles madordning for alle børn.'),
    );
    local.addDocuments([update]);
    const first = local.passages('madordning i SFO', 3);
    expect(first[0]).toMatchObject({ docId: 'u2' });
    // A caller that changes its copy does not change the next caller's results.
    first.length = 0;
    expect(local.passages('madordning i SFO', 3)[0]).toMatchObject({ docId: 'u2' });
    local.removeDocument('u2');
    expect(local.passages('madordning i SFO', 3)).toEqual([]);
  });

  it('takes ranking parameters, and the defaults are the documented ones', () => {
    const question = 'hvilke temaer har skolepolitikken?';
    const defaults = engine.answer(question);
    const explicit = createRetrievalEngine({ resources, ranking: { ...RANKING_PARAMS } });
    explicit.addDocuments([markdownDoc(), plainDoc()]);
    expect(explicit.answer(question)).toEqual(defaults);
    // Without candidates for the rerank there is nothing to quote: the parameter reaches the ranking.
    const noCandidates = createRetrievalEngine({ resources, ranking: { candidatePool: 0 } });
    noCandidates.addDocuments([markdownDoc(), plainDoc()]);
    expect(defaults.kind).toBe('answer');
    expect(noCandidates.answer(question).kind).toBe('noAnswer');
  });
});
