import type { Citation } from '../../domain/citations';
import { CPR_MASK, containsCpr, redactCpr } from '../../domain/privacy/cpr';
import {
  createRetrievalEngine,
  DEFAULT_THRESHOLD,
  type RankingParams,
  type RetrievedPassage,
} from '../../domain/retrieval/engine';
import type { LexicalResources } from '../../domain/retrieval/expansion';
import { buildDocument, markdownBlocks } from '../../domain/retrieval/sectioning';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import { detectLanguage, type Language } from '../../domain/shared/language';
import type { Logger } from '../../ports/logger';
import type { PublishedUpdateDocument } from '../contracts';
import type { AnswerCitation, AnswerGenerator, PassageHit, PolicyAnswer, PolicyQaService } from './types';

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
}

export const UPDATE_ID_PREFIX = 'update:';
const MAX_CACHED_QUERIES = 64;

/** The Q&A use case: cited extractive answers, with an optional generator on top. */
export function createPolicyQaService(deps: PolicyQaServiceDeps): PolicyQaService {
  const now = deps.now ?? (() => performance.now());
  const logger = deps.logger.child({ component: 'policyQa' });
  const maxLength = deps.maxQuestionLength ?? 2000;
  const timeoutMs = deps.generatorTimeoutMs ?? 8000;
  const started = now();
  const newEngine = () =>
    createRetrievalEngine({
      resources: deps.resources,
      threshold: deps.threshold ?? DEFAULT_THRESHOLD,
      ranking: deps.ranking,
    });
  // Updates and owners' answers are kept apart so a re-read of the knowledge folder keeps them.
  const fedDocuments = new Map<string, KnowledgeDocument>();
  let engine = newEngine();
  engine.addDocuments(deps.documents);
  /**
   * Pathway guidance cites the same few queries (one per pathway) on every concern: their passages
   * are kept until the index changes. Bounded, in case a caller sends queries of its own.
   */
  const citedPassages = new Map<string, readonly Citation[]>();
  const indexChanged = () => citedPassages.clear();
  let buildMs = Math.round((now() - started) * 10) / 10;
  logger.info('policy index built', {
    documents: engine.stats.documents,
    sections: engine.stats.sections,
    buildMs,
  });

  function cleanQuery(text: string): string {
    return redactCpr(text).split(CPR_MASK).join(' ');
  }

  function noAnswer(
    question: string,
    language: Language,
    reason: NonNullable<PolicyAnswer['reason']>,
    containedCpr: boolean,
    confidence = 0,
    closestTopics: readonly string[] = [],
    outOfScopeTopic?: string,
  ): PolicyAnswer {
    return {
      kind: 'noAnswer',
      reason,
      ...(outOfScopeTopic ? { outOfScopeTopic } : {}),
      question,
      language,
      confidence,
      answer: '',
      citations: [],
      followUps: [],
      closestTopics,
      containedCpr,
      aiGenerated: false,
    };
  }

  async function ask(rawQuestion: string): Promise<PolicyAnswer> {
    const t0 = now();
    const tooLong = rawQuestion.length > maxLength;
    const considered = tooLong ? rawQuestion.slice(0, 200) : rawQuestion;
    const containedCpr = containsCpr(considered);
    const question = redactCpr(considered).trim();
    const log = (answer: PolicyAnswer): PolicyAnswer => {
      logger.info('policy question answered', {
        outcome: answer.kind,
        reason: answer.reason,
        language: answer.language,
        confidence: Math.round(answer.confidence * 100) / 100,
        citations: answer.citations.length,
        citationIds: answer.citations.map((c) => c.id),
        containedCpr: answer.containedCpr,
        aiGenerated: answer.aiGenerated,
        ms: Math.round((now() - t0) * 10) / 10,
      });
      return answer;
    };
    if (tooLong) return log(noAnswer(question, detectLanguage(question), 'tooLong', containedCpr));
    const query = cleanQuery(rawQuestion);
    if (!/[\p{L}\p{N}]/u.test(query)) return log(noAnswer(question, 'da', 'empty', containedCpr));
    const language = detectLanguage(query);
    let result = engine.answer(query);
    // The optional LLM may rephrase a question the documents' words did not reach; an
    // out-of-scope abstention stays, and the answer is still quoted from the documents.
    if (result.kind === 'noAnswer' && result.reason === 'noMatch' && deps.generator?.rewriteQuestion) {
      const rewritten = await rewrite(deps.generator, query, language);
      if (rewritten !== undefined) {
        const second = engine.answer(rewritten);
        if (second.kind === 'answer') result = second;
      }
    }
    if (result.kind === 'noAnswer') {
      return log(
        noAnswer(
          question,
          language,
          result.reason,
          containedCpr,
          result.confidence,
          result.closestTopics,
          result.topic,
        ),
      );
    }
    const citations: AnswerCitation[] = result.passages.map(toCitation);
    const extractive = result.passages.map((p, i) => `${p.display} [${i + 1}]`).join('\n\n');
    let answer = extractive;
    let aiGenerated = false;
    if (deps.generator) {
      const generated = await generate(deps.generator, query, language, citations);
      if (generated !== undefined) {
        answer = generated;
        aiGenerated = true;
      }
    }
    return log({
      kind: 'answer',
      question,
      language,
      confidence: result.confidence,
      answer,
      citations,
      followUps: result.followUps,
      closestTopics: [],
      containedCpr,
      aiGenerated,
    });
  }

  async function rewrite(
    generator: AnswerGenerator,
    question: string,
    language: Language,
  ): Promise<string | undefined> {
    const rewriteQuestion = generator.rewriteQuestion?.bind(generator);
    if (!rewriteQuestion) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('rewrite deadline')), timeoutMs);
    const t0 = now();
    try {
      const text = await rewriteQuestion({ question, language }, controller.signal);
      const cleaned = cleanQuery(typeof text === 'string' ? text : '').trim();
      return cleaned.length > 0 ? cleaned : undefined;
    } catch (error) {
      logger.warn('policy question rewrite failed', {
        error: error instanceof Error ? error.name : 'unknown',
        timedOut: controller.signal.aborted,
        ms: Math.round(now() - t0),
      });
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  async function generate(
    generator: AnswerGenerator,
    question: string,
    language: Language,
    passages: readonly AnswerCitation[],
  ): Promise<string | undefined> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort(new Error('generator deadline'));
        reject(new Error('generator deadline'));
      }, timeoutMs);
    });
    const t0 = now();
    try {
      const text = await Promise.race([
        generator.generate({ question, language, passages }, controller.signal),
        deadline,
      ]);
      const cleaned = typeof text === 'string' ? text.trim() : '';
      if (cleaned.length === 0) throw new Error('empty generation');
      return cleaned;
    } catch (error) {
      logger.warn('policy answer generator fell back', {
        error: error instanceof Error ? error.name : 'unknown',
        timedOut: controller.signal.aborted,
        ms: Math.round(now() - t0),
      });
      return undefined;
    } finally {
      if (timer) clearTimeout(timer);
      if (!controller.signal.aborted) controller.abort();
    }
  }

  function toCitation(p: RetrievedPassage): AnswerCitation {
    return {
      id: p.sectionId,
      kind: p.kind,
      title: p.title,
      section: p.section,
      quote: p.quote,
      source: p.source,
      ...(p.date ? { date: p.date } : {}),
      ...(p.authorRole ? { authorRole: p.authorRole } : {}),
    };
  }

  return {
    ask,
    findPassages(query: string, limit: number): Citation[] {
      const key = `${limit}\u0000${query}`;
      let found = citedPassages.get(key);
      if (!found) {
        found = engine.passages(cleanQuery(query), limit).map(({ title, section, quote, source }) => ({
          title,
          section,
          quote,
          source,
        }));
        if (citedPassages.size >= MAX_CACHED_QUERIES) citedPassages.clear();
        citedPassages.set(key, found);
      }
      return found.map((citation) => ({ ...citation }));
    },
    searchPassages(query: string, limit: number): PassageHit[] {
      return engine.passages(cleanQuery(query), limit).map((p) => ({
        id: p.sectionId,
        title: p.title,
        section: p.section,
        snippet: p.display,
        source: p.source,
        score: Math.round(p.coverage * 1000) / 1000,
      }));
    },
    async replaceDocuments(documents: readonly KnowledgeDocument[]): Promise<void> {
      // Built aside and swapped in one assignment: a turn answers from the old or the new index, never a mix.
      const t0 = now();
      const next = newEngine();
      // One addDocuments call, as at start-up: the compound lexicon must be complete before any word
      // is split, so a batched build would index differently. Synchronous, so nothing changes midway.
      next.addDocuments([...documents, ...fedDocuments.values()]);
      engine = next;
      indexChanged();
      buildMs = Math.round((now() - t0) * 10) / 10;
      logger.info('policy index replaced', {
        documents: next.stats.documents,
        sections: next.stats.sections,
        buildMs,
      });
    },
    upsertUpdate(update: PublishedUpdateDocument): void {
      const document = updateDocument(update);
      fedDocuments.set(document.meta.id, document);
      engine.addDocuments([document]);
      indexChanged();
      logger.info('policy update indexed', { updateId: update.id, sections: engine.stats.sections });
    },
    removeUpdate(id: string): void {
      fedDocuments.delete(UPDATE_ID_PREFIX + id);
      const removed = engine.removeDocument(UPDATE_ID_PREFIX + id);
      indexChanged();
      logger.info('policy update removed', { updateId: id, removed });
    },
    get stats() {
      return { documents: engine.stats.documents, sections: engine.stats.sections, buildMs };
    },
  };
}

/** A published knowledge update as a searchable document, cited as kind 'update'. */
export function updateDocument(update: PublishedUpdateDocument): KnowledgeDocument {
  const id = UPDATE_ID_PREFIX + update.id;
  const body =
    update.tags.length > 0
      ? `${update.bodyMarkdown}\n\nEmner: ${update.tags.join(', ')}.`
      : update.bodyMarkdown;
  return buildDocument(
    {
      id,
      title: update.title,
      source: update.link ?? id,
      date: update.publishedAt,
      kind: 'update',
      authorRole: update.authorRole,
    },
    markdownBlocks(body),
  );
}
