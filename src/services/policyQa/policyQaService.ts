import { CPR_MASK, containsCpr, redactCpr } from '../../domain/privacy/cpr';
import type { RankingParams, RetrievalResult } from '../../domain/retrieval/engine';
import type { LexicalResources } from '../../domain/retrieval/expansion';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import { detectLanguage, type Language } from '../../domain/shared/language';
import type { Logger } from '../../ports/logger';
import type { RetrievalHost } from '../../ports/retrievalHost';
import { extractiveAnswer, noAnswer, toAnswerCitation } from './answers';
import { createGeneratorCalls, type GeneratorCalls } from './generatorCalls';
import { createPolicyIndex, type PolicyIndex } from './policyIndex';
import type { AnswerGenerator, PolicyAnswer, PolicyQaService } from './types';

export { UPDATE_ID_PREFIX, updateDocument } from './policyIndex';

export interface PolicyQaServiceDeps {
  /** Sectioned documents (see src/infrastructure/knowledge/loadKnowledgeBase.ts). */
  readonly documents: readonly KnowledgeDocument[];
  /** Synonyms, English glossary and out-of-scope topics (config/synonyms.yaml, config/glossary.yaml). */
  readonly resources: LexicalResources;
  readonly logger: Logger;
  /** Optional LLM layer; used only when retrieval is confident. */
  readonly generator?: AnswerGenerator;
  readonly generatorTimeoutMs?: number;
  readonly maxQuestionLength?: number;
  /** Confidence below which the service abstains (0..1). */
  readonly threshold?: number;
  /** Ranking weights to try instead of the defaults (the eval's sweep); production leaves this out. */
  readonly ranking?: Partial<RankingParams>;
  /** Clock for build and answer timings; defaults to performance.now. */
  readonly now?: () => number;
  /**
   * Where questions are answered once it is ready (worker threads); told every change to the index.
   * Without one, the index answers in this thread, as the command-line tools do.
   */
  readonly retrievalHost?: RetrievalHost;
}

/** A CPR number leaves no trace in what is searched: not even the mask's words. */
function withoutCprMask(redacted: string): string {
  return redacted.split(CPR_MASK).join(' ');
}

function cleanQuery(text: string): string {
  return withoutCprMask(redactCpr(text));
}

/** What the log keeps of an answer: its outcome and sources, never the question. */
function answerLogFields(answer: PolicyAnswer, ms: number) {
  return {
    outcome: answer.kind,
    reason: answer.reason,
    language: answer.language,
    confidence: Math.round(answer.confidence * 100) / 100,
    citations: answer.citations.length,
    citationIds: answer.citations.map((c) => c.id),
    containedCpr: answer.containedCpr,
    aiGenerated: answer.aiGenerated,
    ms: Math.round(ms * 10) / 10,
  };
}

/** The answer from retrieved passages: generated over them when a generator answers in time, else quoted. */
async function answerFrom(
  result: Extract<RetrievalResult, { kind: 'answer' }>,
  asked: { query: string; question: string; language: Language; containedCpr: boolean },
  generatorCalls: GeneratorCalls | undefined,
): Promise<PolicyAnswer> {
  const citations = result.passages.map(toAnswerCitation);
  const generated = await generatorCalls?.generate(asked.query, asked.language, citations);
  return {
    kind: 'answer',
    question: asked.question,
    language: asked.language,
    confidence: result.confidence,
    answer: generated ?? extractiveAnswer(result.passages),
    citations,
    followUps: result.followUps,
    closestTopics: [],
    containedCpr: asked.containedCpr,
    aiGenerated: generated !== undefined,
  };
}

/** Retrieval, and a second try with the generator's rephrasing when the documents' words did not reach. */
async function retrieve(
  index: Pick<PolicyIndex, 'answer'>,
  query: string,
  language: Language,
  rewriter: GeneratorCalls | undefined,
): Promise<RetrievalResult> {
  const result = await index.answer(query);
  // The optional LLM may rephrase a question the documents' words did not reach; an
  // out-of-scope abstention stays, and the answer is still quoted from the documents.
  if (result.kind === 'noAnswer' && result.reason === 'noMatch' && rewriter) {
    const rewritten = await rewriter.rewrite(query, language);
    if (rewritten !== undefined) {
      const second = await index.answer(rewritten);
      if (second.kind === 'answer') return second;
    }
  }
  return result;
}

/** The Q&A use case: cited extractive answers, with an optional generator on top. */
export function createPolicyQaService(deps: PolicyQaServiceDeps): PolicyQaService {
  const now = deps.now ?? (() => performance.now());
  const logger = deps.logger.child({ component: 'policyQa' });
  const maxLength = deps.maxQuestionLength ?? 2000;
  const index = createPolicyIndex({
    documents: deps.documents,
    resources: deps.resources,
    logger,
    threshold: deps.threshold,
    ranking: deps.ranking,
    now,
    cleanQuery,
    retrievalHost: deps.retrievalHost,
  });
  const generatorCalls = deps.generator
    ? createGeneratorCalls({
        generator: deps.generator,
        timeoutMs: deps.generatorTimeoutMs ?? 8000,
        logger,
        now,
        cleanQuery,
      })
    : undefined;

  // Only a generator that can rephrase gets the question again; it must not be called for nothing.
  const rewriter = deps.generator?.rewriteQuestion ? generatorCalls : undefined;

  // The Teams handler logs each question turn's outcome at info; this line, at debug, serves the
  // command line and debugging without a second info line (and its serialisation) per turn.
  function logAnswer(answer: PolicyAnswer, startedAt: number): PolicyAnswer {
    logger.debug('policy question answered', answerLogFields(answer, now() - startedAt));
    return answer;
  }

  async function ask(rawQuestion: string): Promise<PolicyAnswer> {
    const startedAt = now();
    const tooLong = rawQuestion.length > maxLength;
    const considered = tooLong ? rawQuestion.slice(0, 200) : rawQuestion;
    const containedCpr = containsCpr(considered);
    const redacted = redactCpr(considered);
    const question = redacted.trim();
    if (tooLong)
      return logAnswer(noAnswer(question, detectLanguage(question), 'tooLong', containedCpr), startedAt);
    // Not too long, so `considered` is the whole question: its redaction is reused, not redone.
    const query = withoutCprMask(redacted);
    if (!/[\p{L}\p{N}]/u.test(query))
      return logAnswer(noAnswer(question, 'da', 'empty', containedCpr), startedAt);
    const language = detectLanguage(query);
    const result = await retrieve(index, query, language, rewriter);
    if (result.kind === 'noAnswer') {
      const abstention = noAnswer(
        question,
        language,
        result.reason,
        containedCpr,
        result.confidence,
        result.closestTopics,
        result.topic,
      );
      return logAnswer(abstention, startedAt);
    }
    return logAnswer(
      await answerFrom(result, { query, question, language, containedCpr }, generatorCalls),
      startedAt,
    );
  }

  return {
    ask,
    findPassages: (query, limit) => index.findPassages(query, limit),
    searchPassages: (query, limit) => index.searchPassages(query, limit),
    replaceDocuments: (documents) => index.replaceDocuments(documents),
    upsertUpdate: (update) => index.upsertUpdate(update),
    removeUpdate: (id) => index.removeUpdate(id),
    get stats() {
      return index.stats;
    },
  };
}
