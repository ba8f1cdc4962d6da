/**
 * Optional LLM layer: writes the answer ONLY from the numbered passages the retrieval engine found,
 * keeping their [n] markers, through the chat-completions protocol of Azure OpenAI or OpenAI.
 *
 * Implements the AnswerGenerator port (src/ports/answerGenerator.ts). Prompts and answers are never logged: only
 * the provider, the HTTP status, token counts and the duration.
 */
import type { AnswerGenerator } from '../../ports/answerGenerator';
import type { Logger } from '../../ports/logger';
import type { SafetyReviewer } from '../../ports/safetyReviewer';
import { normaliseMarkers, parseSafetyVerdict } from './answerChecking';
import {
  AnswerGenerationError,
  endpointFor,
  parseCompletion,
  requestCompletion,
  type ChatCompletionsTarget,
  type CompletionEndpoint,
  type ParsedCompletion,
} from './chatCompletionsProtocol';
import { targetFromSettings, type AnswerGeneratorSettings } from './llmSettings';
import {
  cut,
  REWRITE_MAX_TOKENS,
  REWRITE_PROMPT,
  SAFETY_REVIEW_PROMPT,
  systemPrompt,
  userPrompt,
} from './prompts';

export type ChatCompletionsAnswerGenerator = AnswerGenerator;

export interface ChatCompletionsOptions {
  readonly target: ChatCompletionsTarget;
  readonly logger?: Logger;
  readonly maxTokens?: number;
  readonly temperature?: number;
  /** At most this many passages go into the prompt (default 8). */
  readonly maxPassages?: number;
  /** Each passage is cut to this many characters (default 1500). */
  readonly maxPassageChars?: number;
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

/** The second reader of a concern description, through the same chat-completions endpoint. */
export function createChatCompletionsSafetyReviewer(options: ChatCompletionsOptions): SafetyReviewer {
  const { url, headers } = endpointFor(options.target);
  const endpoint: CompletionEndpoint = {
    url,
    headers,
    doFetch: options.fetch ?? fetch,
    logger: options.logger?.child({ component: 'llm-safety', provider: options.target.provider }),
  };
  return {
    async review(description, signal) {
      const body = {
        ...(options.target.provider === 'openai' ? { model: options.target.model } : {}),
        messages: [
          { role: 'system', content: SAFETY_REVIEW_PROMPT },
          { role: 'user', content: cut(description, 4000) },
        ],
        temperature: 0,
        max_tokens: 40,
      };
      const parsed = parseCompletion(await requestCompletion(endpoint, body, signal));
      return parseSafetyVerdict(parsed.content);
    },
  };
}

export function createChatCompletionsGenerator(
  options: ChatCompletionsOptions,
): ChatCompletionsAnswerGenerator {
  const doFetch = options.fetch ?? fetch;
  const { url, headers } = endpointFor(options.target);
  const provider = options.target.provider;
  const logger = options.logger?.child({ component: 'llm', provider });

  /** One chat-completions call; errors as AnswerGenerationError. */
  async function complete(
    messages: readonly { role: 'system' | 'user'; content: string }[],
    maxTokens: number,
    signal: AbortSignal,
  ): Promise<ParsedCompletion> {
    const body = {
      ...(options.target.provider === 'openai' ? { model: options.target.model } : {}),
      messages,
      temperature: options.temperature ?? 0,
      max_tokens: maxTokens,
    };
    const started = Date.now();
    const json = await requestCompletion({ url, headers, doFetch, logger }, body, signal);
    const parsed = parseCompletion(json);
    logger?.info('llm completion', {
      durationMs: Date.now() - started,
      finishReason: parsed.finishReason,
      totalTokens: parsed.totalTokens,
    });
    return parsed;
  }

  return {
    async generate(input, signal) {
      if (input.passages.length === 0) {
        throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'No passages to answer from');
      }
      const passageCount = Math.min(input.passages.length, options.maxPassages ?? 8);
      const parsed = await complete(
        [
          { role: 'system', content: systemPrompt(input.language) },
          {
            role: 'user',
            content: userPrompt(input, options.maxPassages ?? 8, options.maxPassageChars ?? 1500),
          },
        ],
        options.maxTokens ?? 500,
        signal,
      );
      const answer = normaliseMarkers(parsed.content, passageCount);
      if (answer === '')
        throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Answer is empty after cleaning');
      return answer;
    },
    async rewriteQuestion(input, signal) {
      const parsed = await complete(
        [
          { role: 'system', content: REWRITE_PROMPT },
          { role: 'user', content: cut(input.question, 500) },
        ],
        REWRITE_MAX_TOKENS,
        signal,
      );
      const words = parsed.content.replace(/\s+/g, ' ').trim();
      if (words === '') throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Rewrite is empty');
      return cut(words, 300);
    },
  };
}

/** The generator for the configured provider, or undefined when no LLM is configured ('none'). */
export function createAnswerGeneratorFromSettings(
  settings: AnswerGeneratorSettings,
  deps: { readonly logger?: Logger; readonly fetch?: typeof fetch } = {},
): ChatCompletionsAnswerGenerator | undefined {
  const target = targetFromSettings(settings);
  if (!target) return undefined;
  return createChatCompletionsGenerator({
    target,
    logger: deps.logger,
    fetch: deps.fetch,
    maxTokens: settings.maxTokens,
    temperature: settings.temperature,
  });
}

/** The safety reviewer for the configured provider, or undefined when no LLM is configured. */
export function createSafetyReviewerFromSettings(
  settings: AnswerGeneratorSettings,
  deps: { readonly logger?: Logger; readonly fetch?: typeof fetch } = {},
): SafetyReviewer | undefined {
  const target = targetFromSettings(settings);
  return target
    ? createChatCompletionsSafetyReviewer({ target, logger: deps.logger, fetch: deps.fetch })
    : undefined;
}
