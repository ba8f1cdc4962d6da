/**
 * The chat-completions wire protocol of Azure OpenAI and OpenAI: where a request goes, one request
 * with its failures as typed errors, and the response shape. Prompts and answers are never logged:
 * only the HTTP status and the duration.
 */
import type { Logger } from '../../ports/logger';

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

export function endpointFor(target: ChatCompletionsTarget): { url: string; headers: Record<string, string> } {
  if (target.provider === 'azure-openai') {
    const base = target.endpoint.replace(/\/+$/, '');
    const url = `${base}/openai/deployments/${encodeURIComponent(target.deployment)}/chat/completions?api-version=${encodeURIComponent(target.apiVersion)}`;
    return { url, headers: { 'api-key': target.apiKey } };
  }
  const base = target.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
  return { url: `${base}/v1/chat/completions`, headers: { authorization: `Bearer ${target.apiKey}` } };
}

export interface ParsedCompletion {
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

export interface CompletionEndpoint {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly doFetch: typeof fetch;
  readonly logger?: Logger;
}

/** One chat-completions request: the parsed JSON body, or an AnswerGenerationError. */
export async function requestCompletion(
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
