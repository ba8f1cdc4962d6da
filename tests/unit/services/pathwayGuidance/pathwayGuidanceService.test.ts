import { join } from 'node:path';
import type { Citation } from '../../../../src/domain/citations';
import type { LogFields, Logger } from '../../../../src/ports/logger';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import type { PassageFinder } from '../../../../src/services/contracts';
import type { ClassifierHost } from '../../../../src/ports/classifierHost';
import { createPathwayGuidanceService } from '../../../../src/services/pathwayGuidance';
import { classifierInThisThread } from '../../../../src/services/pathwayGuidance/classifierInThisThread';

const config = loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config'));

function recordingLogger(lines: { level: string; message: string; fields?: LogFields }[]): Logger {
  const log =
    (level: string) =>
    (message: string, fields?: LogFields): void => {
      lines.push({ level, message, fields });
    };
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => logger,
  };
  return logger;
}

/** A tiny passage finder over two passages, matching on shared words (the real one is the Q&A engine). */
function passageFinder(queries: string[]): PassageFinder {
  const passages: Citation[] = [
    {
      title: 'Kommuneplan',
      section: 'Børn og Unge > Herningmodel Social',
      quote: 'Herningmodel Social er for børn og unge i udsatte positioner.',
      source: 'kommuneplan.txt',
    },
    {
      title: 'Kommuneplan',
      section: 'Børn og Unge > Herningmodel Dagtilbud',
      quote: 'Herningmodel Dagtilbud styrker trivsel og læring.',
      source: 'kommuneplan.txt',
    },
  ];
  return {
    findPassages(query, limit) {
      queries.push(query);
      const words = query.toLowerCase().split(/\s+/);
      return passages
        .filter((p) => words.some((w) => p.section.toLowerCase().includes(w) && w.length > 5))
        .slice(0, limit);
    },
  };
}

describe('pathway guidance service', () => {
  it('classifies, names the pathway and cites policy passages through the passage finder', async () => {
    const queries: string[] = [];
    const service = createPathwayGuidanceService({
      config,
      passageFinder: passageFinder(queries),
      logger: recordingLogger([]),
    });
    const guidance = await service.classify('en elev i 8. klasse fortæller at hendes stedfar slår hende');
    expect(guidance.pathway).toBe('social');
    expect(guidance.pathwayName.da).toBe('Herningmodel Social');
    expect(guidance.alsoConsiderNames).toEqual([
      { id: 'skole', name: expect.objectContaining({ da: 'Herningmodel Skole' }) },
    ]);
    expect(guidance.citations.map((c) => c.section)).toContain('Børn og Unge > Herningmodel Social');
    expect(queries).toHaveLength(1);
    expect(queries[0]).not.toMatch(/stedfar/);
  });

  it('still answers when the passage finder fails, and says so in the log without text', async () => {
    const lines: { level: string; message: string; fields?: LogFields }[] = [];
    const service = createPathwayGuidanceService({
      config,
      passageFinder: {
        findPassages() {
          throw new Error('index not ready');
        },
      },
      logger: recordingLogger(lines),
    });
    const guidance = await service.classify('han har blå mærker på halsen');
    expect(guidance.dutyToNotify).toBe(true);
    expect(guidance.citations).toEqual([]);
    expect(lines.some((l) => l.level === 'warn')).toBe(true);
  });

  it('never logs the description or the quotes', async () => {
    const lines: { level: string; message: string; fields?: LogFields }[] = [];
    const service = createPathwayGuidanceService({ config, logger: recordingLogger(lines) });
    const text = 'Pigen Sofie på 6 år fortæller at morfar rører ved hende';
    await service.classify(text);
    const logged = JSON.stringify(lines);
    expect(logged).not.toMatch(/Sofie|morfar|rører/);
    expect(lines.find((l) => l.level === 'info')?.fields).toMatchObject({
      pathway: 'social',
      dutyToNotify: true,
    });
  });

  it('builds a pseudonymous summary: age/grade, setting and categories only', async () => {
    const service = createPathwayGuidanceService({ config, logger: recordingLogger([]) });
    const text =
      'Drengen på 7 år i 1. klasse siger at far Jens slår ham hver aften (Mathias, født 010203-1234)';
    const guidance = await service.classify(text);
    const summary = service.summarize(guidance, 'da');
    expect(summary.pathway).toBe('social');
    expect(summary.ageOrGrade).toBe('1. klasse, 7 år');
    expect(summary.summary).toMatch(/Vold/);
    expect(summary.summary).toMatch(/Skole/);
    expect(summary.summary).toMatch(/Kilde: barnet selv/);
    for (const forbidden of ['Mathias', 'Jens', '010203', '1234', 'slår', 'aften']) {
      expect(summary.summary).not.toContain(forbidden);
      expect(summary.ageOrGrade).not.toContain(forbidden);
    }
    expect(service.summarize(guidance, 'en').summary).toMatch(/Safety signals: Violence/);
  });

  it('exposes the banner texts from the safety file', () => {
    const service = createPathwayGuidanceService({ config, logger: recordingLogger([]) });
    expect(service.warnings.acute.text.da).toMatch(/112/);
    expect(service.warnings.notify.text.da).toMatch(/personlig/);
  });

  it('claims a concern about a child for pathway guidance', async () => {
    const service = createPathwayGuidanceService({ config, logger: recordingLogger([]) });
    expect(await service.readsAsConcern('en elev fortæller at hendes far slår hende, hvad gør jeg?')).toBe(
      true,
    );
    expect(await service.readsAsConcern('hvad siger Børne- og Ungepolitikken om dannelse?')).toBe(false);
  });

  it("answers a claimed concern from the claim's reading: the same guidance, one classifier request", async () => {
    const host = classifierInThisThread(config, { warmUp: false });
    const requests: string[] = [];
    const counting: ClassifierHost = {
      classify: (text, options) => (requests.push('classify'), host.classify(text, options)),
      readsAsConcern: (text) => (requests.push('readsAsConcern'), host.readsAsConcern(text)),
      classifyIfConcern: (text) => (requests.push('classifyIfConcern'), host.classifyIfConcern(text)),
      close: () => host.close(),
    };
    const service = createPathwayGuidanceService({
      config,
      classifier: counting,
      logger: recordingLogger([]),
    });
    const text = 'en elev i 8. klasse fortæller at hendes stedfar slår hende og hun tør ikke gå hjem i aften';

    const reading = await service.readAsConcern(text);
    const answered = await service.classifyReviewed(text, undefined, undefined, reading);
    expect(requests).toEqual(['classifyIfConcern']);
    expect(answered).toEqual(await service.classifyReviewed(text));
    expect(answered.acute).toBe(true);

    expect(await service.readAsConcern('hvad siger Børne- og Ungepolitikken om dannelse?')).toBeUndefined();
  });

  it('does not answer another text, or a text with triage answers, from a reading', async () => {
    const service = createPathwayGuidanceService({ config, logger: recordingLogger([]) });
    const reading = await service.readAsConcern('drengen på 7 siger at far slår ham hver aften');
    const other = 'han har et blåt mærke på kinden';
    expect(await service.classifyReviewed(other, undefined, undefined, reading)).toEqual(
      await service.classifyReviewed(other),
    );
    const options = { triageAnswers: { unexplainedInjury: true } };
    expect(await service.classifyReviewed(other, options, undefined, { ...reading!, text: other })).toEqual(
      await service.classifyReviewed(other, options),
    );
  });
});
