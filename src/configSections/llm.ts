/** The optional language model behind answers and the safety review: none, Azure OpenAI or OpenAI. */
import { z } from 'zod';
import { boundedInteger, optionalString, type AddProblem } from './fieldTypes';

export const llmFields = {
  LLM_PROVIDER: z.enum(['none', 'azure-openai', 'openai']).default('none'),
  AZURE_OPENAI_ENDPOINT: optionalString,
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_DEPLOYMENT: optionalString,
  AZURE_OPENAI_API_VERSION: z.string().default('2024-10-21'),
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_BASE_URL: z.string().url({ message: 'expected a URL' }).default('https://api.openai.com'),
  LLM_TIMEOUT_MS: boundedInteger('milliseconds', 100, 60000).default(8000),
};

type LlmEnv = z.infer<z.ZodObject<typeof llmFields>>;

export type LlmSettings =
  | { readonly provider: 'none' }
  | {
      readonly provider: 'azure-openai';
      readonly endpoint: string;
      readonly apiKey: string;
      readonly deployment: string;
      readonly apiVersion: string;
      readonly timeoutMs: number;
    }
  | {
      readonly provider: 'openai';
      readonly apiKey: string;
      readonly model: string;
      readonly baseUrl: string;
      readonly timeoutMs: number;
    };

const AZURE_OPENAI_REQUIRED = [
  'AZURE_OPENAI_ENDPOINT',
  'AZURE_OPENAI_API_KEY',
  'AZURE_OPENAI_DEPLOYMENT',
] as const;

export function checkLlm(env: LlmEnv, addProblem: AddProblem): void {
  if (env.LLM_PROVIDER === 'azure-openai') {
    for (const name of AZURE_OPENAI_REQUIRED) {
      if (!env[name]) addProblem(name, 'required when LLM_PROVIDER=azure-openai');
    }
  }
  if (env.LLM_PROVIDER === 'openai' && !env.OPENAI_API_KEY) {
    addProblem('OPENAI_API_KEY', 'required when LLM_PROVIDER=openai');
  }
}

/** Called after checkLlm passed, so the provider's required values are present. */
export function llmSettingsFrom(env: LlmEnv): LlmSettings {
  if (env.LLM_PROVIDER === 'azure-openai') {
    return {
      provider: 'azure-openai',
      endpoint: env.AZURE_OPENAI_ENDPOINT!,
      apiKey: env.AZURE_OPENAI_API_KEY!,
      deployment: env.AZURE_OPENAI_DEPLOYMENT!,
      apiVersion: env.AZURE_OPENAI_API_VERSION,
      timeoutMs: env.LLM_TIMEOUT_MS,
    };
  }
  if (env.LLM_PROVIDER === 'openai') {
    return {
      provider: 'openai',
      apiKey: env.OPENAI_API_KEY!,
      model: env.OPENAI_MODEL,
      baseUrl: env.OPENAI_BASE_URL,
      timeoutMs: env.LLM_TIMEOUT_MS,
    };
  }
  return { provider: 'none' };
}
