import type { Language } from '../../domain/shared/language';
import type { Logger } from '../../ports/logger';
import type { AnswerCitation, AnswerGenerator } from './types';

/**
 * Calls to the optional LLM, each bounded by a deadline: a slow or failing generator falls back to
 * the extractive answer instead of holding the turn.
 */
export interface GeneratorCalls {
  /** A rephrased question, CPR-cleaned, or undefined when the generator gives none in time. */
  rewrite(question: string, language: Language): Promise<string | undefined>;
  /** A generated answer over the cited passages, or undefined to keep the extractive answer. */
  generate(
    question: string,
    language: Language,
    passages: readonly AnswerCitation[],
  ): Promise<string | undefined>;
}

export interface GeneratorCallsDeps {
  readonly generator: AnswerGenerator;
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly now: () => number;
  /** Removes CPR numbers from a rewritten question before it is searched. */
  readonly cleanQuery: (text: string) => string;
}

export function createGeneratorCalls(deps: GeneratorCallsDeps): GeneratorCalls {
  const { generator, timeoutMs, logger, now } = deps;

  async function rewrite(question: string, language: Language): Promise<string | undefined> {
    const rewriteQuestion = generator.rewriteQuestion?.bind(generator);
    if (!rewriteQuestion) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('rewrite deadline')), timeoutMs);
    const t0 = now();
    try {
      const text = await rewriteQuestion({ question, language }, controller.signal);
      const cleaned = deps.cleanQuery(typeof text === 'string' ? text : '').trim();
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

  return { rewrite, generate };
}
