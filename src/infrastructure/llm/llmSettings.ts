/** The LLM settings as configuration gives them, turned into a chat-completions target. */
import type { ChatCompletionsTarget } from './chatCompletionsProtocol';

export const DEFAULT_AZURE_API_VERSION = '2024-10-21';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com';

export class LlmConfigurationError extends Error {
  readonly code = 'LLM_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'LlmConfigurationError';
  }
}

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
