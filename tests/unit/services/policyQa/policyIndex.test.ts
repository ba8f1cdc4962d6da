import { createRetrievalEngine, DEFAULT_THRESHOLD, type RetrievalResult } from '@src/domain/retrieval/engine';
import type { IndexChange } from '@src/domain/retrieval/indexChanges';
import { buildDocument, markdownBlocks } from '@src/domain/retrieval/sectioning';
import type { KnowledgeDocument } from '@src/domain/retrieval/types';
import { RetrievalUnavailableError, type RetrievalHost } from '@src/ports/retrievalHost';
import { createPolicyIndex, updateDocument } from '@src/services/policyQa/policyIndex';
import { createPolicyQaService } from '@src/services/policyQa/policyQaService';
import type { AnswerGenerator } from '@src/services/policyQa/types';
import { recordingLogger } from '@tests/helpers/fakes';

const policy = buildDocument(
  { id: 'politik', title: 'Skolepolitik', source: 'https://example.org/politik', kind: 'policy' },
  markdownBlocks(
    [
      '# Skolepolitik',
      '',
      '## Fravær',
      '',
      'Skolen kontakter forældrene, når en elev har meget fravær.',
      '',
      '## Trivsel',
      '',
      'Klassens trivsel måles hvert år med en trivselsmåling.',
    ].join('\n'),
  ),
);

const otherPolicy = buildDocument(
  { id: 'overgang', title: 'Overgang til skole', source: 'https://example.org/overgang', kind: 'policy' },
  markdownBlocks('# Overgang til skole\n\nBørnehaven holder et overleveringsmøde med skolen i foråret.'),
);

const resources = { synonyms: [], glossary: { absence: 'fravær' }, outOfScope: ['sommerferie'] };

const update = {
  id: 'u-1',
  title: 'Ny procedure for elevsamtaler',
  bodyMarkdown: 'Alle elevsamtaler holdes nu i uge 10 med en fast samtaleguide.',
  authorRole: 'Skoleleder',
  publishedAt: '2026-02-01T08:00:00.000Z',
  tags: ['trivsel'],
};

/** An answer no engine gives: seen only when the host answered. */
const FROM_THE_HOST: RetrievalResult = {
  kind: 'answer',
  confidence: 0.99,
  passages: [],
  followUps: ['from the host'],
};

interface FakeHost extends RetrievalHost {
  ready: boolean;
  readonly applied: IndexChange[];
  readonly asked: string[];
}

function fakeHost(answer: (question: string) => Promise<RetrievalResult>, ready = true): FakeHost {
  const host: FakeHost = {
    ready,
    applied: [],
    asked: [],
    answer: (question) => {
      host.asked.push(question);
      return answer(question);
    },
    apply: (change) => void host.applied.push(change),
    close: async () => undefined,
  };
  return host;
}

function index(retrievalHost?: RetrievalHost, logger = recordingLogger()) {
  return createPolicyIndex({
    documents: [policy],
    resources,
    logger,
    now: () => performance.now(),
    cleanQuery: (text) => text,
    retrievalHost,
  });
}

/** The engine as the index builds it, without any host. */
function engineOver(documents: readonly KnowledgeDocument[]) {
  const engine = createRetrievalEngine({ resources, threshold: DEFAULT_THRESHOLD });
  engine.addDocuments(documents);
  return engine;
}

describe('policy index: where questions are answered', () => {
  it('answers in this thread, without asking the host, until the host is ready', async () => {
    const host = fakeHost(async () => FROM_THE_HOST, false);
    const policyIndex = index(host);
    expect(await policyIndex.answer('hvad gør skolen ved fravær')).toEqual(
      engineOver([policy]).answer('hvad gør skolen ved fravær'),
    );
    expect(host.asked).toEqual([]);
    host.ready = true;
    expect(await policyIndex.answer('hvad gør skolen ved fravær')).toEqual(FROM_THE_HOST);
    expect(host.asked).toEqual(['hvad gør skolen ved fravær']);
  });

  it.each([
    ['fails', () => Promise.reject(Object.assign(new Error('boom'), { name: 'TypeError' })), 'TypeError'],
    [
      'cannot answer in time',
      () => Promise.reject(new RetrievalUnavailableError('no answer within 10000 ms')),
      'RetrievalUnavailableError',
    ],
  ])(
    'answers in this thread, the same, when the host %s, and warns without the question',
    async (_case, answer, errorName) => {
      const logger = recordingLogger();
      const policyIndex = index(fakeHost(answer), logger);
      const question = 'hvornår måles klassens trivsel';
      expect(await policyIndex.answer(question)).toEqual(engineOver([policy]).answer(question));
      const warnings = logger.lines.filter((entry) => entry.level === 'warn');
      expect(warnings).toEqual([
        { level: 'warn', message: 'policy retrieval answered in this thread instead', fields: { errorName } },
      ]);
      expect(JSON.stringify(logger.lines)).not.toMatch(/trivsel/);
    },
  );

  it('tells the host every change it makes itself, in order, with the same documents and options', async () => {
    const host = fakeHost(async () => FROM_THE_HOST);
    const policyIndex = index(host);
    policyIndex.upsertUpdate(update);
    policyIndex.removeUpdate('u-9');
    await policyIndex.replaceDocuments([otherPolicy]);
    policyIndex.removeUpdate('u-1');
    const options = { resources, threshold: DEFAULT_THRESHOLD, ranking: undefined };
    const fed = updateDocument(update);
    expect(host.applied).toEqual([
      { kind: 'build', options, documents: [policy] },
      { kind: 'add', documents: [fed] },
      { kind: 'remove', documentId: 'update:u-9' },
      { kind: 'build', options, documents: [otherPolicy, fed] },
      { kind: 'remove', documentId: 'update:u-1' },
    ]);
  });

  it('keeps its own engine for passages and statistics, whoever answers', () => {
    const host = fakeHost(async () => FROM_THE_HOST);
    const policyIndex = index(host);
    policyIndex.upsertUpdate(update);
    expect(policyIndex.searchPassages('elevsamtaler samtaleguide', 1)[0]).toMatchObject({
      title: 'Ny procedure for elevsamtaler',
    });
    expect(policyIndex.stats).toMatchObject({ documents: 2, sections: 3 });
    expect(host.asked).toEqual([]);
  });
});

describe('policy Q&A service over a retrieval host', () => {
  it("asks the host both times: the question, and the generator's rephrasing of it", async () => {
    const noMatch: RetrievalResult = {
      kind: 'noAnswer',
      reason: 'noMatch',
      confidence: 0,
      closestTopics: [],
    };
    const host = fakeHost(async (question) => (question === 'fravær' ? FROM_THE_HOST : noMatch));
    const generator: AnswerGenerator = {
      generate: async () => 'Skolen kontakter forældrene [1].',
      rewriteQuestion: async () => 'fravær',
    };
    const service = createPolicyQaService({
      documents: [policy],
      resources,
      logger: recordingLogger(),
      generator,
      retrievalHost: host,
    });
    const answer = await service.ask('min elev kommer ikke i skole, hvad nu');
    expect(host.asked).toEqual(['min elev kommer ikke i skole, hvad nu', 'fravær']);
    expect(answer).toMatchObject({ kind: 'answer', followUps: ['from the host'] });
  });
});
