import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';
import type { LogFields, Logger } from '../../../../src/ports/logger';
import { createPolicyQaService } from '../../../../src/services/policyQa/policyQaService';
import type { AnswerGenerator } from '../../../../src/services/policyQa/types';

interface Entry {
  level: string;
  message: string;
  fields?: LogFields;
}

function recordingLogger(entries: Entry[] = []): Logger & { entries: Entry[] } {
  const make = (): Logger => ({
    debug: (message, fields) => entries.push({ level: 'debug', message, fields }),
    info: (message, fields) => entries.push({ level: 'info', message, fields }),
    warn: (message, fields) => entries.push({ level: 'warn', message, fields }),
    error: (message, fields) => entries.push({ level: 'error', message, fields }),
    child: () => make(),
  });
  return Object.assign(make(), { entries });
}

const policy = buildDocument(
  { id: 'politik', title: 'Skolepolitik', source: 'https://example.org/politik', kind: 'policy' },
  markdownBlocks(
    [
      '# Skolepolitik',
      '',
      '## Politikkens temaer',
      '',
      'Politikken har tre temaer:',
      '',
      '- Trivsel',
      '- Læring',
      '- Forældresamarbejde',
      '',
      '## Fravær',
      '',
      'Skolen kontakter forældrene, når en elev har meget fravær.',
    ].join('\n'),
  ),
);

const resources = {
  synonyms: [],
  glossary: { themes: 'temaer', policy: 'politik' },
  outOfScope: ['sommerferie'],
};

function service(generator?: AnswerGenerator, generatorTimeoutMs?: number, logger = recordingLogger()) {
  return createPolicyQaService({
    documents: [policy],
    resources,
    logger,
    ...(generator ? { generator } : {}),
    ...(generatorTimeoutMs ? { generatorTimeoutMs } : {}),
  });
}

describe('policy Q&A service: extractive answers', () => {
  it('answers with [n] markers that point at the citations', async () => {
    const answer = await service().ask('hvilke temaer har politikken?');
    expect(answer.kind).toBe('answer');
    expect(answer.aiGenerated).toBe(false);
    expect(answer.answer).toContain('[1]');
    expect(answer.citations[0]).toMatchObject({
      kind: 'policy',
      title: 'Skolepolitik',
      section: 'Skolepolitik > Politikkens temaer',
      source: 'https://example.org/politik',
    });
    expect(answer.citations[0].quote).toContain('- Forældresamarbejde');
  });

  it('answers English questions in Danish and reports the language', async () => {
    const answer = await service().ask('What are the themes of the policy?');
    expect(answer).toMatchObject({ kind: 'answer', language: 'en' });
    expect(answer.answer).toContain('Politikken har tre temaer');
  });

  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['🙂🙂🙂', 'empty'],
    ['hvad er det og hvem', 'noMatch'],
    ['hvornår er der sommerferie', 'outOfScope'],
  ])('gives no answer to %j (%s)', async (question, reason) => {
    const answer = await service().ask(question);
    expect(answer).toMatchObject({ kind: 'noAnswer', reason, answer: '', citations: [] });
  });

  it('rejects a 10,000-character question as too long without echoing it', async () => {
    const answer = await service().ask('fravær '.repeat(1500));
    expect(answer).toMatchObject({ kind: 'noAnswer', reason: 'tooLong' });
    expect(answer.question.length).toBeLessThanOrEqual(200);
  });

  it('redacts a CPR number, answers normally and never logs it', async () => {
    const logger = recordingLogger();
    const answer = await service(undefined, undefined, logger).ask(
      'eleven 010203-1234 har meget fravær, hvad gør skolen?',
    );
    expect(answer.kind).toBe('answer');
    expect(answer.containedCpr).toBe(true);
    expect(answer.question).not.toContain('010203');
    expect(answer.citations[0].section).toBe('Skolepolitik > Fravær');
    expect(JSON.stringify(logger.entries)).not.toMatch(/010203|1234|fravær/);
  });
});

describe('policy Q&A service: optional generator', () => {
  it('uses the generated text, keeps the citations and marks it AI-generated', async () => {
    const seen: number[] = [];
    const generator: AnswerGenerator = {
      generate: async ({ passages }) => {
        seen.push(passages.length);
        return 'Politikken har temaerne trivsel, læring og forældresamarbejde [1].';
      },
    };
    const answer = await service(generator).ask('hvilke temaer har politikken?');
    expect(seen).toEqual([answer.citations.length]);
    expect(answer).toMatchObject({ kind: 'answer', aiGenerated: true });
    expect(answer.answer).toBe('Politikken har temaerne trivsel, læring og forældresamarbejde [1].');
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('falls back to the extractive answer when the generator fails', async () => {
    const logger = recordingLogger();
    const generator: AnswerGenerator = {
      generate: async () => {
        throw new Error('model unavailable');
      },
    };
    const answer = await service(generator, undefined, logger).ask('hvilke temaer har politikken?');
    expect(answer).toMatchObject({ kind: 'answer', aiGenerated: false });
    expect(answer.answer).toContain('Politikken har tre temaer');
    expect(logger.entries.some((e) => e.message === 'policy answer generator fell back')).toBe(true);
  });

  it('aborts a slow generator at the deadline and falls back', async () => {
    let aborted = false;
    const generator: AnswerGenerator = {
      generate: (_input, signal) =>
        new Promise<string>((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
          });
          setTimeout(() => resolve('for sent'), 2000).unref();
        }),
    };
    const started = Date.now();
    const answer = await service(generator, 50).ask('hvilke temaer har politikken?');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(aborted).toBe(true);
    expect(answer).toMatchObject({ kind: 'answer', aiGenerated: false });
  });

  it('falls back on an empty generation', async () => {
    const answer = await service({ generate: async () => '   ' }).ask('hvilke temaer har politikken?');
    expect(answer.aiGenerated).toBe(false);
  });

  it('never asks the generator when it abstains', async () => {
    let calls = 0;
    const generator: AnswerGenerator = {
      generate: async () => {
        calls++;
        return 'opdigtet';
      },
    };
    const answer = await service(generator).ask('hvornår er der sommerferie');
    expect(answer.kind).toBe('noAnswer');
    expect(calls).toBe(0);
  });
});

describe('policy Q&A service: passages and updates', () => {
  it('finds passages for other capabilities and the search box', () => {
    const qa = service();
    const citations = qa.findPassages('fravær', 3);
    expect(citations[0]).toEqual({
      title: 'Skolepolitik',
      section: 'Skolepolitik > Fravær',
      quote: 'Skolen kontakter forældrene, når en elev har meget fravær.',
      source: 'https://example.org/politik',
    });
    const hits = qa.searchPassages('fravær', 3);
    expect(hits[0]).toMatchObject({ section: 'Skolepolitik > Fravær' });
    expect(hits[0].score).toBeGreaterThan(0);
    expect(hits[0].score).toBeLessThanOrEqual(1);
  });

  it('cites a published update with role and date, and forgets it when removed', async () => {
    const qa = service();
    const before = qa.stats.sections;
    qa.upsertUpdate({
      id: 'u-7',
      title: 'Ny procedure for elevsamtaler',
      bodyMarkdown: 'Alle elevsamtaler holdes nu i uge 10 med en fast samtaleguide.',
      authorRole: 'Skoleleder',
      publishedAt: '2026-02-01T08:00:00.000Z',
      tags: ['trivsel'],
    });
    expect(qa.stats.sections).toBe(before + 1);
    const answer = await qa.ask('hvornår holdes elevsamtaler?');
    expect(answer.citations[0]).toMatchObject({
      kind: 'update',
      authorRole: 'Skoleleder',
      date: '2026-02-01T08:00:00.000Z',
      title: 'Ny procedure for elevsamtaler',
    });
    qa.removeUpdate('u-7');
    expect(qa.stats.sections).toBe(before);
    const after = await qa.ask('hvornår holdes elevsamtaler?');
    expect(
      after.citations.some((c) => c.kind === 'update' || c.title === 'Ny procedure for elevsamtaler'),
    ).toBe(false);
  });

  it('finds the passages of the index as it is now, after every change to it', async () => {
    const qa = service();
    const titles = () => qa.findPassages('elevsamtaler samtaleguide', 3).map((c) => c.title);
    expect(titles()).not.toContain('Ny procedure for elevsamtaler');
    qa.upsertUpdate({
      id: 'u-8',
      title: 'Ny procedure for elevsamtaler',
      bodyMarkdown: 'Alle elevsamtaler holdes nu i uge 10 med en fast samtaleguide.',
      authorRole: 'Skoleleder',
      publishedAt: '2026-02-01T08:00:00.000Z',
      tags: [],
    });
    expect(titles()).toContain('Ny procedure for elevsamtaler');
    const first = qa.findPassages('elevsamtaler samtaleguide', 3);
    (first[0] as { title: string }).title = 'changed by a caller';
    expect(titles()[0]).toBe('Ny procedure for elevsamtaler');
    await qa.replaceDocuments([]);
    expect(titles()).toEqual(['Ny procedure for elevsamtaler']);
    qa.removeUpdate('u-8');
    expect(titles()).toEqual([]);
  });

  it('reports its size and build time', () => {
    const { stats } = service();
    expect(stats).toMatchObject({ documents: 1, sections: 2 });
    expect(stats.buildMs).toBeGreaterThanOrEqual(0);
  });
});
