import {
  createRetrievalEngine,
  type RetrievalEngine,
  type RetrievalResult,
} from '@src/domain/retrieval/engine';
import type { IndexBuild, IndexChange } from '@src/domain/retrieval/indexChanges';
import { buildDocument, markdownBlocks } from '@src/domain/retrieval/sectioning';
import type { KnowledgeDocument } from '@src/domain/retrieval/types';
import type { RetrievalHost } from '@src/ports/retrievalHost';

export type RetrievalHostFactory = () => Promise<RetrievalHost>;

function document(
  id: string,
  title: string,
  lines: readonly string[],
  kind: 'policy' | 'update' = 'policy',
): KnowledgeDocument {
  return buildDocument(
    {
      id,
      title,
      source: `https://example.org/${id}`,
      kind,
      ...(kind === 'update' ? { date: '2026-11-02' } : {}),
    },
    markdownBlocks(lines.join('\n')),
  );
}

/**
 * "læse" is in the document, "vanskeligheder" comes with the first update: added one after the
 * other, "læsevanskeligheder" is indexed whole; built together, it is split into both words. The
 * answers differ, so a copy that rebuilt from where the changes led, instead of replaying them,
 * would answer differently.
 */
const PARENTS = document('foraeldre', 'Forældresamarbejde', [
  '# Forældresamarbejde',
  '',
  '## Skole-hjem-samtaler',
  '',
  'Skolen holder skole-hjem-samtaler to gange om året med alle forældre.',
  '',
  '## Læsevanskeligheder',
  '',
  'Ved læsevanskeligheder inviterer læsevejlederen forældrene til et møde om en plan. Alle elever skal læse hver dag.',
]);

const ABSENCE = document('fravaer', 'Fravær', [
  '# Fravær',
  '',
  '## Bekymrende fravær',
  '',
  'Ved mere end 10 procent fravær kontakter skolelederen forældrene.',
  '',
  '## Sygdom',
  '',
  'Forældre melder sygdom til skolen om morgenen.',
]);

const DIFFICULTIES = document(
  'update:vanskeligheder',
  'Nyt om vanskeligheder',
  ['# Nyt om vanskeligheder', '', 'Elever med vanskeligheder får nu hjælp af en vejleder fra PPR.'],
  'update',
);

const BULLYING = document(
  'update:mobning',
  'Ny antimobbestrategi',
  [
    '# Ny antimobbestrategi',
    '',
    'Alle skoler laver en antimobbestrategi sammen med elevrådet, og trivslen måles hvert år.',
  ],
  'update',
);

const BULLYING_REVISED = document(
  'update:mobning',
  'Ny antimobbestrategi',
  [
    '# Ny antimobbestrategi',
    '',
    'Alle skoler laver en antimobbestrategi sammen med elevrådet og forældrerådet, og trivslen måles hvert halve år.',
  ],
  'update',
);

const DIFFICULTIES_REVISED = document(
  'update:vanskeligheder',
  'Nyt om vanskeligheder',
  [
    '# Nyt om vanskeligheder',
    '',
    'Elever med vanskeligheder får nu hjælp af en vejleder fra PPR inden for to uger.',
  ],
  'update',
);

const TRANSITIONS = document('overgange', 'Overgang til skole', [
  '# Overgang til skole',
  '',
  '## Overleveringsmøde',
  '',
  'Børnehaven og skolen holder et overleveringsmøde med forældrene i foråret før skolestart.',
]);

const RESOURCES = {
  synonyms: [['fravær', 'udeblivelse']],
  glossary: { absence: 'fravær', bullying: 'mobning' },
  outOfScope: ['sommerferie'],
};

const build = (documents: readonly KnowledgeDocument[]): IndexBuild => ({
  kind: 'build',
  options: { resources: RESOURCES, threshold: 0.3 },
  documents,
});

/**
 * What the policy index does to its engine, in order: its build; an update published, edited,
 * and a withdrawal of what is not there; the knowledge folder re-read (the absence policy gone, a
 * new one, the update kept); another update published (added to the built index one by one, see
 * PARENTS); the first withdrawn; the second edited.
 */
export const CHANGES: readonly IndexChange[] = [
  build([PARENTS, ABSENCE]),
  { kind: 'add', documents: [BULLYING] },
  { kind: 'add', documents: [BULLYING_REVISED] },
  { kind: 'remove', documentId: 'update:aldrig-udgivet' },
  build([PARENTS, TRANSITIONS, BULLYING_REVISED]),
  { kind: 'add', documents: [DIFFICULTIES] },
  { kind: 'remove', documentId: BULLYING_REVISED.meta.id },
  { kind: 'add', documents: [DIFFICULTIES_REVISED] },
];

/** The change that changes nothing: a withdrawal of an update that was never indexed. */
const REMOVES_NOTHING = 3;

/** Answered, abstained (no match, out of scope), English, two-part, and about each change. */
export const QUESTIONS = [
  'hvad gør vi ved vanskeligheder med at læse',
  'læse vanskeligheder plan',
  'hvornår er der skole-hjem-samtaler',
  'hvad gør skolen ved fravær',
  'what does the school do about absence',
  'hvem hjælper elever med vanskeligheder',
  'hvad er antimobbestrategien',
  'hvor tit måles trivslen',
  'hvornår holdes overleveringsmødet før skolestart',
  'hvornår er der sommerferie',
  'hvad koster en ny cykel',
  'Hvem melder sygdom? Og hvornår er skole-hjem-samtalerne?',
];

/** The engine as the changes up to `step` leave it, made by calling the engine itself. */
export function referenceEngine(step: number): RetrievalEngine {
  let engine: RetrievalEngine | undefined;
  for (const change of CHANGES.slice(0, step + 1)) {
    if (change.kind === 'build') {
      engine = createRetrievalEngine(change.options);
      engine.addDocuments(change.documents);
    } else if (change.kind === 'add') engine!.addDocuments(change.documents);
    else engine!.removeDocument(change.documentId);
  }
  return engine!;
}

/**
 * The answers of one engine built once from the documents the changes up to `step` led to: what a
 * copy would answer that skipped the replay.
 */
export function mergedBuildAnswers(step: number): RetrievalResult[] {
  const documents = new Map<string, KnowledgeDocument>();
  let options: IndexBuild['options'] | undefined;
  for (const change of CHANGES.slice(0, step + 1)) {
    if (change.kind === 'build') {
      options = change.options;
      documents.clear();
      for (const d of change.documents) documents.set(d.meta.id, d);
    } else if (change.kind === 'add') for (const d of change.documents) documents.set(d.meta.id, d);
    else documents.delete(change.documentId);
  }
  const engine = createRetrievalEngine(options!);
  engine.addDocuments([...documents.values()]);
  return QUESTIONS.map((question) => engine.answer(question));
}

export function referenceAnswers(step: number): RetrievalResult[] {
  const engine = referenceEngine(step);
  return QUESTIONS.map((question) => engine.answer(question));
}

export async function untilReady(host: Pick<RetrievalHost, 'ready'>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!host.ready) {
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function answersOf(host: RetrievalHost): Promise<RetrievalResult[]> {
  return Promise.all(QUESTIONS.map((question) => host.answer(question)));
}

/**
 * The behaviour every RetrievalHost must have: after the same changes, the same answers as the
 * engine that went through them in this thread, whichever thread answers. It only uses the port.
 */
export function describeRetrievalHostContract(name: string, start: RetrievalHostFactory): void {
  describe(`RetrievalHost contract: ${name}`, () => {
    const expected = CHANGES.map((_, step) => referenceAnswers(step));
    let host: RetrievalHost;

    beforeEach(async () => {
      host = await start();
    });

    afterEach(async () => {
      await host.close();
    });

    it('is not ready before its first build, and answers as the engine does once it is', async () => {
      expect(host.ready).toBe(false);
      host.apply(CHANGES[0]!);
      await untilReady(host);
      expect(await answersOf(host)).toEqual(expected[0]);
      // The set asks for something: answers with passages, and abstentions of both kinds.
      expect(expected[0]!.map((answer) => (answer.kind === 'answer' ? 'answer' : answer.reason))).toEqual(
        expect.arrayContaining(['answer', 'noMatch', 'outOfScope']),
      );
    });

    it('answers as the engine does after every change, replayed one by one', async () => {
      host.apply(CHANGES[0]!);
      await untilReady(host);
      for (let step = 1; step < CHANGES.length; step++) {
        host.apply(CHANGES[step]!);
        expect({ step, answers: await answersOf(host) }).toEqual({ step, answers: expected[step] });
      }
      // Every change but the removal of what is not there moves some answer: one left out would show.
      const moved = expected.map(
        (answers, step) => step > 0 && JSON.stringify(answers) !== JSON.stringify(expected[step - 1]),
      );
      expect(moved.map((yes, step) => yes || step === 0 || step === REMOVES_NOTHING)).not.toContain(false);
    });

    it('answers each question from the index as it was when the question was asked', async () => {
      host.apply(CHANGES[0]!);
      await untilReady(host);
      const asked: Promise<RetrievalResult[]>[] = [answersOf(host)];
      for (let step = 1; step < CHANGES.length; step++) {
        host.apply(CHANGES[step]!);
        asked.push(answersOf(host));
      }
      expect(await Promise.all(asked)).toEqual(expected);
    });

    it('answers many questions in flight, each its own', async () => {
      host.apply(CHANGES[0]!);
      await untilReady(host);
      const questions = Array.from({ length: 60 }, (_, i) => QUESTIONS[i % QUESTIONS.length]!);
      const answers = await Promise.all(questions.map((question) => host.answer(question)));
      answers.forEach((answer, i) => expect(answer).toEqual(expected[0]![i % QUESTIONS.length]));
    });

    it('is not ready once closed, and answers no more', async () => {
      host.apply(CHANGES[0]!);
      await untilReady(host);
      await host.close();
      expect(host.ready).toBe(false);
      await expect(host.answer(QUESTIONS[0]!)).rejects.toThrow();
    });
  });
}
