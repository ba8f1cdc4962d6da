/**
 * Reads the environment: the bot's configuration (loadConfig) and the command-line tools' shared
 * settings (loadToolSettings), with the same names, defaults and validation. Read once at start-up,
 * validated, and frozen; a wrong or missing value stops the start with a message naming the
 * variable and what it expects. (Test and bench helpers may read their own switches.)
 * Each concern's variables, cross-checks and settings live in src/configSections/; this file is
 * the one place that puts them together and reads process.env.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import {
  backgroundFields,
  checkBackground,
  messageLimitFields,
  notificationChannelFields,
  reminderSchedulerFrom,
  type ReminderSchedulerSettings,
} from './configSections/behaviour';
import {
  botAuthenticationFields,
  botAuthenticationFrom,
  checkBotAuthentication,
  tenantAllowListFields,
  type BotAuthentication,
} from './configSections/botAuthentication';
import type { AddProblem } from './configSections/fieldTypes';
import {
  checkRequestLimits,
  listenFields,
  listenHost,
  requestLimitFields,
  serverTimeoutsFrom,
  turnWorkFields,
  workerThreadsFrom,
  type ServerTimeoutSettings,
} from './configSections/httpServer';
import { checkLlm, llmFields, llmSettingsFrom, type LlmSettings } from './configSections/llm';
import {
  checkStorage,
  storageFields,
  storageSettingsFrom,
  type StorageSettings,
} from './configSections/storage';
import { tabFields, tabSettingsFrom, type TabSettings } from './configSections/tab';
import { toolFields, type LogLevel } from './configSections/tools';

export { SAFETY_MODEL_DEFAULT } from './configSections/tools';
export type { BotAuthentication, LlmSettings, TabSettings };

const environmentSchema = z
  .object({
    ...toolFields,
    ...listenFields,
    ...botAuthenticationFields,
    ...tabFields,
    ...tenantAllowListFields,
    ...storageFields,
    ...llmFields,
    ...notificationChannelFields,
    ...messageLimitFields,
    ...requestLimitFields,
    ...turnWorkFields,
    ...backgroundFields,
  })
  .superRefine((env, ctx) => {
    const addProblem: AddProblem = (variable, message) =>
      ctx.addIssue({ code: 'custom', path: [variable], message });
    checkBackground(env, addProblem);
    checkRequestLimits(env, addProblem);
    checkBotAuthentication(env, addProblem);
    checkStorage(env, addProblem);
    checkLlm(env, addProblem);
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  /** undefined: anonymous local mode (no Bot Framework authentication). */
  readonly auth: BotAuthentication | undefined;
  readonly allowedTenantIds: readonly string[];
  readonly storage: StorageSettings;
  readonly knowledgeDir: string;
  readonly configDir: string;
  /** SAFETY_MODEL: load config/safety-model.json beside the safety rules. */
  readonly safetyModel: boolean;
  readonly llm: LlmSettings;
  readonly notificationChannel: { readonly name: string; readonly url: string };
  readonly maxMessageLength: number;
  readonly maxBodyBytes: number;
  /** CLASSIFIER_THREADS resolved for this machine: worker threads for the pathway classifier, 0 = none. */
  readonly classifierThreads: number;
  /**
   * RETRIEVAL_THREADS resolved for this machine: worker threads that answer policy questions from
   * their copy of the retrieval index, 0 = none (the bot only; the command-line tools answer in
   * their own thread).
   */
  readonly retrievalThreads: number;
  readonly shutdownTimeoutMs: number;
  /** HTTP server deadlines for slow and idle clients. */
  readonly serverTimeouts: ServerTimeoutSettings;
  readonly threadRetentionDays: number;
  /** 0: the knowledge folder is read at start-up only. */
  readonly knowledgeWatchDebounceMs: number;
  readonly schedulersEnabled: boolean;
  /** How often the reminder leader looks for due reminders, and how long its lease lasts. */
  readonly reminderScheduler: ReminderSchedulerSettings;
  /** The Overblik tab: single sign-on when BOT_ID is set, else the development identity. */
  readonly tab: TabSettings;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type EnvSource = Readonly<Record<string, string | undefined>>;

export interface ToolSettings {
  readonly logLevel: LogLevel;
  readonly dataDir: string;
  /** DATA_DIR was set: `ask` then answers from the persisted index the bot uses. */
  readonly dataDirGiven: boolean;
  readonly knowledgeDir: string;
  readonly configDir: string;
  readonly safetyModel: boolean;
}

/**
 * What the command-line tools (ask, ingest, pathway, eval) read from the environment: the same
 * variables and defaults as the bot, validated the same way. A tool may set its own log level
 * default (they print JSON on stdout and keep stderr quiet).
 */
export function loadToolSettings(
  env: EnvSource = process.env,
  defaults: { readonly logLevel?: LogLevel } = {},
): ToolSettings {
  const parsed = z.object(toolFields).safeParse({ LOG_LEVEL: defaults.logLevel, ...env });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  return {
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    dataDirGiven: env.DATA_DIR !== undefined && env.DATA_DIR !== '',
    knowledgeDir: e.KNOWLEDGE_DIR,
    configDir: e.CONFIG_DIR,
    safetyModel: e.SAFETY_MODEL === 'on',
  };
}

export function loadConfig(env: EnvSource = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const auth = botAuthenticationFrom(e);
  return deepFreeze({
    port: e.PORT,
    host: listenHost(e.HOST, auth !== undefined),
    logLevel: e.LOG_LEVEL,
    auth,
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    storage: storageSettingsFrom(e),
    knowledgeDir: e.KNOWLEDGE_DIR,
    configDir: e.CONFIG_DIR,
    safetyModel: e.SAFETY_MODEL === 'on',
    llm: llmSettingsFrom(e),
    notificationChannel: { name: e.NOTIFICATION_CHANNEL_NAME, url: e.NOTIFICATION_CHANNEL_URL },
    maxMessageLength: e.MAX_MESSAGE_LENGTH,
    maxBodyBytes: e.MAX_BODY_BYTES,
    classifierThreads: workerThreadsFrom(e.CLASSIFIER_THREADS, availableParallelism()),
    retrievalThreads: workerThreadsFrom(e.RETRIEVAL_THREADS, availableParallelism()),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    serverTimeouts: serverTimeoutsFrom(e),
    threadRetentionDays: e.THREAD_RETENTION_DAYS,
    knowledgeWatchDebounceMs: e.KNOWLEDGE_WATCH_DEBOUNCE_MS,
    schedulersEnabled: e.SCHEDULERS_ENABLED,
    reminderScheduler: reminderSchedulerFrom(e),
    tab: tabSettingsFrom(e, auth, e.ALLOWED_TENANT_IDS),
  });
}

/** Loads an optional .env file into process.env (existing variables win), before loadConfig. */
export function loadDotEnvFile(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
