import {
  createRetrievalEngine,
  type RetrievalEngine,
  type RetrievalResult,
} from '@src/domain/retrieval/engine';
import { createQueryExpander, type LexicalResources } from '@src/domain/retrieval/expansion';
import { createSearchIndex } from '@src/domain/retrieval/searchIndex';
import { createAnalyzer } from '@src/domain/text/analyzer';
import { buildDocument, markdownBlocks } from '@src/domain/retrieval/sectioning';
import { loadLexicalResources } from '@src/infrastructure/knowledge/lexicalResources';
import { join } from 'node:path';

/** A policy text for a retrieval test: its id, its title and its markdown. */
export interface TestPolicy {
  readonly id: string;
  readonly title: string;
  readonly markdown: string;
}

export const NO_LEXICAL_RESOURCES: LexicalResources = { synonyms: [], glossary: {}, outOfScope: [] };

/** The synonyms, glossary, framing and out-of-scope lists the project ships in config/. */
export function shippedLexicalResources(): LexicalResources {
  return loadLexicalResources(join(__dirname, '../../config'));
}

/** A retrieval engine over the given policies only, as the unit tests of the gate need it. */
export function engineOver(
  policies: readonly TestPolicy[],
  resources: LexicalResources = NO_LEXICAL_RESOURCES,
): RetrievalEngine {
  const engine = createRetrievalEngine({ resources });
  engine.addDocuments(
    policies.map((p) =>
      buildDocument(
        { id: p.id, title: p.title, source: `${p.id}.md`, kind: 'policy' },
        markdownBlocks(p.markdown),
      ),
    ),
  );
  return engine;
}

/** A section every small guide ends with: a topic no test asks about, so the guide is not all answer. */
export const FILLER_SECTION = { 'Mad i skolen': 'Eleverne kan købe frokost i skolens kantine.' };

/**
 * The markdown of a small guide of a test's own: a title, then each section's heading and body,
 * and the filler section after them.
 */
export function guideOf(
  sections: Readonly<Record<string, string>>,
  title = 'Vejledning for Prøveby Kommune',
): string {
  const all = { ...sections, ...FILLER_SECTION };
  return `# ${title}\n\n${Object.entries(all)
    .map(([heading, body]) => `## ${heading}\n\n${body}\n`)
    .join('\n')}`;
}

/**
 * An engine over one small guide of the test's own, with the shipped synonyms, glossary and
 * out-of-scope lists: how most class tests of the Q&A ask "does this phrasing reach that section".
 */
export function guideEngine(
  markdown: string,
  policy: { readonly id: string; readonly title: string } = {
    id: 'vejl',
    title: 'Vejledning for Prøveby Kommune',
  },
  resources: LexicalResources = shippedOnce(),
): RetrievalEngine {
  return engineOver([{ ...policy, markdown }], resources);
}

/**
 * The engine factory of a class test: a guide of these sections under the policy's title, with
 * the shipped resources. One call instead of a guide and an engine that both name the title.
 */
export function guideEngineOf(
  sections: Readonly<Record<string, string>>,
  policy: { readonly id: string; readonly title: string },
): () => RetrievalEngine {
  const markdown = guideOf(sections, policy.title);
  return () => guideEngine(markdown, policy);
}

/** The shipped resources read once per test file (each file has its own module registry). */
let shippedCache: LexicalResources | undefined;
function shippedOnce(): LexicalResources {
  return (shippedCache ??= shippedLexicalResources());
}

/**
 * A search index over one policy and a query expander with the given resources, for tests that
 * look at which terms a question is searched for rather than at the answer.
 */
export function indexAndExpanderOver(policy: TestPolicy, resources: LexicalResources) {
  const analyzer = createAnalyzer();
  const index = createSearchIndex(analyzer);
  const docs = [
    buildDocument(
      { id: policy.id, title: policy.title, source: `${policy.id}.md`, kind: 'policy' },
      markdownBlocks(policy.markdown),
    ),
  ];
  const scanned = index.scan(docs);
  analyzer.splitter.addWords(scanned.lexicon);
  for (const d of docs) index.addDocument(d, scanned);
  index.finalize();
  return { index, expander: createQueryExpander(analyzer, resources) };
}

/** The section an answer quotes first, or why the engine abstained: what a ranking test compares. */
export function topSectionOf(r: RetrievalResult): string {
  return r.kind === 'answer' ? r.passages[0].section : `(abstained: ${r.reason})`;
}

/**
 * One test per question: the top answer comes from `section`. For the retrieval class tests,
 * which each check a few phrasings of one need against a small guide of their own.
 */
export function itAnswersFrom(
  engine: () => RetrievalEngine,
  section: string,
  questions: readonly string[],
): void {
  it.each(questions)(`answers from "${section}": %s`, (question) => {
    expect(topSectionOf(engine().answer(question))).toContain(section);
  });
}

/**
 * One test per question: the engine answers it (from any section). For the class tests' other
 * side, where a neighbouring word must not make the documents' own topic out of scope.
 */
export function itAnswers(engine: () => RetrievalEngine, title: string, questions: readonly string[]): void {
  it.each(questions)(`${title}: %s`, (question) => {
    expect(engine().answer(question).kind).toBe('answer');
  });
}

/**
 * One test per question: the engine abstains because the question is about an area the documents
 * do not cover, and, when the case names it, names that area (`topic`, a key of the out-of-scope
 * lists).
 */
export function itAbstainsAsOutOfScope(
  engine: () => RetrievalEngine,
  cases: readonly (readonly [question: string, topic?: string])[],
): void {
  // As objects: a row of one element would hand jest's `done` to a second parameter.
  const rows = cases.map(([question, topic]) => ({ question, topic }));
  it.each(rows)('out of scope: $question', ({ question, topic }) => {
    expect(engine().answer(question)).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
      ...(topic === undefined ? {} : { topic }),
    });
  });
}
