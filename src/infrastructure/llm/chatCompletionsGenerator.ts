/**
 * Optional LLM layer: writes the answer ONLY from the numbered passages the retrieval engine found,
 * keeping their [n] markers, through the chat-completions protocol of Azure OpenAI or OpenAI.
 *
 * Implements the AnswerGenerator port (src/ports/answerGenerator.ts). Prompts and answers are never logged: only
 * the provider, the HTTP status, token counts and the duration.
 */
import type { AnswerGenerator, GenerationInput } from '../../ports/answerGenerator';
import type { Logger } from '../../ports/logger';
import type { SafetyReviewer } from '../../ports/safetyReviewer';
import type { Language } from '../../domain/shared/language';

export type { GenerationInput };

export type ChatCompletionsAnswerGenerator = AnswerGenerator;

export type AnswerGenerationErrorCode =
  'LLM_HTTP_ERROR' | 'LLM_BAD_RESPONSE' | 'LLM_CONTENT_FILTERED' | 'LLM_ABORTED' | 'LLM_UNREACHABLE';

/** A failed generation. The Q&A service falls back to the extractive answer on any of these. */
export class AnswerGenerationError extends Error {
  readonly code: AnswerGenerationErrorCode;
  readonly status?: number;
  constructor(
    code: AnswerGenerationErrorCode,
    message: string,
    options?: { status?: number; cause?: unknown },
  ) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'AnswerGenerationError';
    this.code = code;
    this.status = options?.status;
  }
}

export class LlmConfigurationError extends Error {
  readonly code = 'LLM_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'LlmConfigurationError';
  }
}

export type ChatCompletionsTarget =
  | {
      readonly provider: 'azure-openai';
      /** e.g. https://my-resource.openai.azure.com */
      readonly endpoint: string;
      readonly deployment: string;
      readonly apiVersion: string;
      readonly apiKey: string;
    }
  | {
      readonly provider: 'openai';
      /** e.g. https://api.openai.com (the path /v1/chat/completions is appended). */
      readonly baseUrl: string;
      readonly model: string;
      readonly apiKey: string;
    };

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

export const DEFAULT_AZURE_API_VERSION = '2024-10-21';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com';

const SYSTEM_PROMPT_BASE = [
  "You answer questions from staff in Herning Kommune's department for children and young people (Børn og Unge).",
  'Use ONLY the numbered passages in the user message. Do not add facts from anywhere else, and do not guess.',
  'After every sentence that states a fact, put the marker of the passage it comes from, written exactly as in the passages, e.g. [1] or [2]. Use only markers that exist in the passages.',
  'Stay close to the wording of the passages. Keep names of policies, strategies and models as they are written.',
  'Write at most about 120 words, as plain text without headings.',
  'If the passages do not answer the question, say plainly in one sentence that the documents do not answer it, and nothing more.',
  'Never ask for or repeat personal data such as names or CPR numbers.',
].join('\n');

export function systemPrompt(language: Language): string {
  const languageRule =
    language === 'en'
      ? 'The question was written in English: answer in English, but keep Danish names and any direct quotes in Danish.'
      : 'Answer in Danish.';
  return `${SYSTEM_PROMPT_BASE}\n${languageRule}`;
}

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function userPrompt(input: GenerationInput, maxPassages = 8, maxPassageChars = 1500): string {
  const passages = input.passages.slice(0, maxPassages).map((passage, i) => {
    const heading = [passage.title, passage.section].filter((part) => part.trim() !== '').join(' — ');
    return `[${i + 1}] ${heading}\n${cut(passage.quote, maxPassageChars)}`;
  });
  const label = input.language === 'en' ? 'Question' : 'Spørgsmål';
  return `Passages:\n\n${passages.join('\n\n')}\n\n${label}: ${cut(input.question, 2000)}`;
}

/**
 * Normalises citation markers to [n]: "[1, 2]" -> "[1][2]", "[doc1]" -> "[1]", and removes markers
 * that refer to no passage, so that no marker is left without a source.
 */
export function normaliseMarkers(text: string, passageCount: number): string {
  return text
    .replace(/\[doc(\d+)\]/gi, '[$1]')
    .replace(/\[(\d+(?:\s*,\s*\d+)+)\]/g, (_whole, list: string) =>
      list
        .split(',')
        .map((n) => `[${n.trim()}]`)
        .join(''),
    )
    .replace(/[ \t]*\[(\d+)\]/g, (whole, digits: string) => {
      const n = Number(digits);
      return n >= 1 && n <= passageCount ? whole : '';
    })
    .trim();
}

function endpointFor(target: ChatCompletionsTarget): { url: string; headers: Record<string, string> } {
  if (target.provider === 'azure-openai') {
    const base = target.endpoint.replace(/\/+$/, '');
    const url = `${base}/openai/deployments/${encodeURIComponent(target.deployment)}/chat/completions?api-version=${encodeURIComponent(target.apiVersion)}`;
    return { url, headers: { 'api-key': target.apiKey } };
  }
  const base = target.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
  return { url: `${base}/v1/chat/completions`, headers: { authorization: `Bearer ${target.apiKey}` } };
}

interface ParsedCompletion {
  readonly content: string;
  readonly finishReason?: string;
  readonly totalTokens?: number;
}

/** Validates the chat-completions response shape; throws LLM_BAD_RESPONSE on anything else. */
export function parseCompletion(body: unknown): ParsedCompletion {
  if (!body || typeof body !== 'object')
    throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Response is not an object');
  const choices = (body as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0) {
    throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Response has no choices');
  }
  const first = choices[0] as { message?: { content?: unknown }; finish_reason?: unknown } | null;
  const finishReason = typeof first?.finish_reason === 'string' ? first.finish_reason : undefined;
  if (finishReason === 'content_filter') {
    throw new AnswerGenerationError('LLM_CONTENT_FILTERED', 'The provider filtered the answer');
  }
  const content = first?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') {
    throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Response has no message content');
  }
  const usage = (body as { usage?: { total_tokens?: unknown } }).usage;
  const totalTokens = typeof usage?.total_tokens === 'number' ? usage.total_tokens : undefined;
  return { content, finishReason, totalTokens };
}

interface CompletionEndpoint {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly doFetch: typeof fetch;
  readonly logger?: Logger;
}

/** One chat-completions request: the parsed JSON body, or an AnswerGenerationError. */
async function requestCompletion(
  endpoint: CompletionEndpoint,
  body: unknown,
  signal: AbortSignal,
): Promise<unknown> {
  const { url, headers, doFetch, logger } = endpoint;
  const started = Date.now();
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal.aborted)
      throw new AnswerGenerationError('LLM_ABORTED', 'Generation aborted', { cause: error });
    logger?.warn('llm unreachable', { durationMs: Date.now() - started });
    throw new AnswerGenerationError('LLM_UNREACHABLE', 'Could not reach the language model', {
      cause: error,
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted)
      throw new AnswerGenerationError('LLM_ABORTED', 'Generation aborted', { cause: error });
    throw new AnswerGenerationError('LLM_UNREACHABLE', 'Response body could not be read', { cause: error });
  }
  if (!response.ok) {
    logger?.warn('llm request failed', { status: response.status, durationMs: Date.now() - started });
    throw new AnswerGenerationError('LLM_HTTP_ERROR', `Language model answered HTTP ${response.status}`, {
      status: response.status,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    logger?.warn('llm response not json', { status: response.status });
    throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Response is not valid JSON', { cause: error });
  }
}

const SAFETY_REVIEW_PROMPT = [
  "You help staff in a Danish municipality's department for children and young people.",
  'Read the description of a concern about a child (Danish or English). Decide two things, as an experienced child-protection social worker would:',
  'notify: does it give reason to assume the child may need special support or has been abused (Danish law: skærpet underretningspligt, Barnets Lov § 133)? Signs count even without legal words: injuries in babies, marks without a fitting explanation, neglect shown by its effects, suicidal talk, self-harm, intoxicated or psychotic carers, no safe place to sleep, grooming, honour-related control.',
  'acute: is the child in danger now or today (suicide attempt or plan, overdose, fear of going home today, an intoxicated carer about to drive, a meeting with a groomer today, abuse within 72 hours, forced travel soon)?',
  'An injury explained in the same breath by sport or a diagnosis, grief handled openly, or everyday exaggeration is neither.',
  'Answer with JSON only: {"notify": true|false, "acute": true|false}. acute true implies notify true.',
].join('\n');

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
      const match = /\{[^{}]*\}/.exec(parsed.content);
      let verdict: { notify?: unknown; acute?: unknown };
      try {
        verdict = JSON.parse(match?.[0] ?? '') as typeof verdict;
      } catch (error) {
        throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Safety review is not JSON', { cause: error });
      }
      const acute = verdict.acute === true;
      return { acute, notify: acute || verdict.notify === true };
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

/** A search query, not an answer: nothing the model writes here reaches the user. */
export const REWRITE_PROMPT =
  'Du omskriver spørgsmål fra medarbejdere i en dansk kommunes børne- og ungeområde til søgeord. ' +
  'Svar kun med 3-10 danske søgeord eller en kort dansk sætning, som de står i kommunale politikker ' +
  '(fx "underretning", "forældresamarbejde", "Herningmodellen"). Oversæt engelske spørgsmål til dansk. ' +
  'Svar ikke på spørgsmålet, og tilføj ingen forklaring.';
const REWRITE_MAX_TOKENS = 60;

/** Flat settings as read from configuration (environment variables). */
export interface AnswerGeneratorSettings {
  readonly provider: 'none' | 'azure-openai' | 'openai';
  readonly apiKey?: string;
  /** Azure OpenAI: resource endpoint, deployment name and API version. */
  readonly endpoint?: string;
  readonly deployment?: string;
  readonly apiVersion?: string;
  /** OpenAI: base URL (default https://api.openai.com) and model. */
  readonly baseUrl?: string;
  readonly model?: string;
  readonly maxTokens?: number;
  readonly temperature?: number;
}

function required(value: string | undefined, name: string, provider: string): string {
  if (value === undefined || value.trim() === '') {
    throw new LlmConfigurationError(`LLM provider "${provider}" needs the setting "${name}"`);
  }
  return value.trim();
}

/** The chat-completions target of the configured provider, or undefined for 'none'. */
export function targetFromSettings(settings: AnswerGeneratorSettings): ChatCompletionsTarget | undefined {
  switch (settings.provider) {
    case 'none':
      return undefined;
    case 'azure-openai': {
      const endpoint = required(settings.endpoint, 'endpoint', settings.provider);
      if (!/^https?:\/\//i.test(endpoint)) {
        throw new LlmConfigurationError('LLM setting "endpoint" must be an http(s) URL');
      }
      return {
        provider: 'azure-openai',
        endpoint,
        deployment: required(settings.deployment, 'deployment', settings.provider),
        apiVersion: settings.apiVersion?.trim() || DEFAULT_AZURE_API_VERSION,
        apiKey: required(settings.apiKey, 'apiKey', settings.provider),
      };
    }
    case 'openai': {
      const baseUrl = settings.baseUrl?.trim() || DEFAULT_OPENAI_BASE_URL;
      if (!/^https?:\/\//i.test(baseUrl))
        throw new LlmConfigurationError('LLM setting "baseUrl" must be an http(s) URL');
      return {
        provider: 'openai',
        baseUrl,
        model: required(settings.model, 'model', settings.provider),
        apiKey: required(settings.apiKey, 'apiKey', settings.provider),
      };
    }
    default: {
      const unknownProvider: never = settings.provider;
      throw new LlmConfigurationError(`Unknown LLM provider "${String(unknownProvider)}"`);
    }
  }
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
