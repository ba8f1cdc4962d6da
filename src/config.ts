/**
 * Reads the environment: the bot's configuration (loadConfig) and the command-line tools' shared
 * settings (loadToolSettings), with the same names, defaults and validation. Read once at start-up,
 * validated, and frozen; a wrong or missing value stops the start with a message naming the
 * variable and what it expects. (Test and bench helpers may read their own switches.)
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const csvList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * On: cross-validated on the blind dev halves (`npm run train:safety`), the model with risk cues
 * lifts duty-to-notify recall from 0.72 to 0.93 and acute recall from 0.72 to 0.92, while adding
 * at most a few false alarms on benign cases. Off leaves the rules alone.
 */
export const SAFETY_MODEL_DEFAULT = 'on';

/** The settings the command-line tools share with the bot (same names, same defaults). */
const toolFields = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('data'),
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  CONFIG_DIR: z.string().min(1).default('config'),
  /** The statistical safety model beside the rules (config/safety-model.json). */
  SAFETY_MODEL: z.enum(['on', 'off'], { message: 'expected on or off' }).default(SAFETY_MODEL_DEFAULT),
};

const environmentSchema = z
  .object({
    ...toolFields,
    PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3978),
    HOST: optionalString,
    BOT_ID: optionalString.refine(
      (v) => v === undefined || guid.test(v),
      'expected a GUID (the Microsoft App ID)',
    ),
    BOT_PASSWORD: optionalString,
    BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    BOT_TENANT_ID: optionalString.refine(
      (v) => v === undefined || guid.test(v),
      'expected a GUID (the Entra tenant id)',
    ),
    BOT_CERTIFICATE_THUMBPRINT: optionalString,
    BOT_CERTIFICATE_KEY_FILE: optionalString,
    BOT_OPENID_METADATA_URL: optionalString.refine(
      (v) => v === undefined || /^https?:\/\//.test(v),
      'expected the URL of the Bot Framework OpenID metadata document',
    ),
    TAB_SSO_CLIENT_ID: optionalString.refine(
      (v) => v === undefined || guid.test(v),
      'expected a GUID (the Entra application id the tab signs in to)',
    ),
    TAB_SSO_APP_ID_URI: optionalString.refine(
      (v) => v === undefined || /^api:\/\/\S+$/.test(v),
      'expected the application id URI, api://<domain>/<client id>',
    ),
    TAB_SSO_OPENID_METADATA_URL: optionalString.refine(
      (v) => v === undefined || /^https?:\/\//.test(v),
      'expected the URL of the Entra OpenID configuration',
    ),
    TAB_DEV_USER_ID: z
      .string()
      .regex(guid, 'expected a GUID (the Entra object id the local development identity stands for)')
      .default('00000000-0000-4000-8000-0000000000a1'),
    TAB_DEV_USER_NAME: z.string().trim().min(1).max(80).default('Lokal udvikler'),
    TAB_ASSETS_DIR: z.string().min(1).default('dist/tab'),
    ALLOWED_TENANT_IDS: csvList.refine(
      (ids) => ids.every((id) => guid.test(id)),
      'expected a comma-separated list of tenant GUIDs',
    ),

    STORAGE: z.enum(['memory', 'sqlite', 'azure-blob']).default('sqlite'),
    AZURE_STORAGE_CONNECTION_STRING: optionalString,
    AZURE_STORAGE_ACCOUNT_URL: optionalString.refine(
      (v) => v === undefined || /^https?:\/\//.test(v),
      'expected an https:// URL of the storage account',
    ),
    AZURE_STORAGE_CONTAINER: z
      .string()
      .regex(
        /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/,
        'expected a valid blob container name (3-63 lower-case letters, digits, dashes)',
      )
      .default('botstate'),

    LLM_PROVIDER: z.enum(['none', 'azure-openai', 'openai']).default('none'),
    AZURE_OPENAI_ENDPOINT: optionalString,
    AZURE_OPENAI_API_KEY: optionalString,
    AZURE_OPENAI_DEPLOYMENT: optionalString,
    AZURE_OPENAI_API_VERSION: z.string().default('2024-10-21'),
    OPENAI_API_KEY: optionalString,
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    OPENAI_BASE_URL: z.string().url({ message: 'expected a URL' }).default('https://api.openai.com'),
    LLM_TIMEOUT_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(100)
      .max(60000)
      .default(8000),

    NOTIFICATION_CHANNEL_NAME: z.string().min(1).default('Herning Kommunes digitale underretning'),
    NOTIFICATION_CHANNEL_URL: z
      .string()
      .url({ message: 'expected the https:// link to the official notification channel' })
      .default('https://www.herning.dk/'),

    MAX_MESSAGE_LENGTH: z.coerce
      .number({ message: 'expected a number of characters' })
      .int()
      .min(100)
      .max(20000)
      .default(2000),
    MAX_BODY_BYTES: z.coerce
      .number({ message: 'expected a number of bytes' })
      .int()
      .min(10000)
      .max(5000000)
      .default(262144),
    SHUTDOWN_TIMEOUT_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(0)
      .max(120000)
      .default(10000),
    HEADERS_TIMEOUT_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(100)
      .max(120000)
      .default(10000),
    REQUEST_TIMEOUT_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(100)
      .max(600000)
      .default(30000),
    KEEP_ALIVE_TIMEOUT_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(100)
      .max(600000)
      .default(5000),
    THREAD_RETENTION_DAYS: z.coerce
      .number({ message: 'expected a number of days' })
      .int()
      .min(1)
      .max(3650)
      .default(180),
    /** Quiet time after a change in the knowledge folder before it is re-indexed; 0 turns watching off. */
    KNOWLEDGE_WATCH_DEBOUNCE_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(0)
      .max(600000)
      .default(500),
    SCHEDULERS_ENABLED: booleanFlag.default('true'),
    REMINDER_INTERVAL_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(1000)
      .max(3_600_000)
      .default(60_000),
    REMINDER_LEASE_MS: z.coerce
      .number({ message: 'expected milliseconds' })
      .int()
      .min(2000)
      .max(86_400_000)
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.REMINDER_LEASE_MS !== undefined && env.REMINDER_LEASE_MS <= env.REMINDER_INTERVAL_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['REMINDER_LEASE_MS'],
        message: 'must be longer than REMINDER_INTERVAL_MS (the leader renews the lease on every pass)',
      });
    }
    if (env.HEADERS_TIMEOUT_MS > env.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HEADERS_TIMEOUT_MS'],
        message: 'must not be longer than REQUEST_TIMEOUT_MS (the headers are part of the request)',
      });
    }
    if (
      env.BOT_ID &&
      env.BOT_TYPE !== 'UserAssignedMSI' &&
      !env.BOT_PASSWORD &&
      !env.BOT_CERTIFICATE_THUMBPRINT
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_PASSWORD'],
        message:
          'required when BOT_ID is set (or set BOT_CERTIFICATE_THUMBPRINT and BOT_CERTIFICATE_KEY_FILE, or BOT_TYPE=UserAssignedMSI)',
      });
    }
    if (env.BOT_CERTIFICATE_THUMBPRINT && !env.BOT_CERTIFICATE_KEY_FILE) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_CERTIFICATE_KEY_FILE'],
        message: 'required with BOT_CERTIFICATE_THUMBPRINT (path to the PEM private key)',
      });
    }
    if (env.BOT_ID && env.BOT_TYPE !== 'MultiTenant' && !env.BOT_TENANT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_TENANT_ID'],
        message: `required when BOT_TYPE is ${env.BOT_TYPE}`,
      });
    }
    if (
      env.STORAGE === 'azure-blob' &&
      !env.AZURE_STORAGE_CONNECTION_STRING &&
      !env.AZURE_STORAGE_ACCOUNT_URL
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_STORAGE_CONNECTION_STRING'],
        message: 'STORAGE=azure-blob needs AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL',
      });
    }
    if (env.LLM_PROVIDER === 'azure-openai') {
      for (const name of [
        'AZURE_OPENAI_ENDPOINT',
        'AZURE_OPENAI_API_KEY',
        'AZURE_OPENAI_DEPLOYMENT',
      ] as const) {
        if (!env[name])
          ctx.addIssue({ code: 'custom', path: [name], message: 'required when LLM_PROVIDER=azure-openai' });
      }
    }
    if (env.LLM_PROVIDER === 'openai' && !env.OPENAI_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_API_KEY'],
        message: 'required when LLM_PROVIDER=openai',
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface BotAuthentication {
  readonly appId: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId?: string;
  readonly password?: string;
  readonly certificate?: { readonly thumbprint: string; readonly privateKeyFile: string };
  /** Override for sovereign clouds (and local tests); default is the public Bot Framework cloud. */
  readonly openIdMetadataUrl?: string;
}

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

export interface TabSettings {
  readonly sso?: {
    readonly clientId: string;
    readonly appIdUri?: string;
    readonly openIdMetadataUrl: string;
    readonly allowedTenantIds: readonly string[];
  };
  readonly developmentIdentity: { readonly aadObjectId: string; readonly name: string };
  readonly assetsDir: string;
}

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: Environment['LOG_LEVEL'];
  /** undefined: anonymous local mode (no Bot Framework authentication). */
  readonly auth: BotAuthentication | undefined;
  readonly allowedTenantIds: readonly string[];
  readonly storage: {
    readonly kind: 'memory' | 'sqlite' | 'azure-blob';
    readonly dataDir: string;
    readonly connectionString?: string;
    readonly accountUrl?: string;
    readonly container: string;
  };
  readonly knowledgeDir: string;
  readonly configDir: string;
  /** SAFETY_MODEL: load config/safety-model.json beside the safety rules. */
  readonly safetyModel: boolean;
  readonly llm: LlmSettings;
  readonly notificationChannel: { readonly name: string; readonly url: string };
  readonly maxMessageLength: number;
  readonly maxBodyBytes: number;
  readonly shutdownTimeoutMs: number;
  /** HTTP server deadlines for slow and idle clients. */
  readonly serverTimeouts: {
    readonly headersMs: number;
    readonly requestMs: number;
    readonly keepAliveMs: number;
  };
  readonly threadRetentionDays: number;
  /** 0: the knowledge folder is read at start-up only. */
  readonly knowledgeWatchDebounceMs: number;
  readonly schedulersEnabled: boolean;
  /** How often the reminder leader looks for due reminders, and how long its lease lasts. */
  readonly reminderScheduler: { readonly intervalMs: number; readonly leaseMs: number };
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
  readonly logLevel: Environment['LOG_LEVEL'];
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
  defaults: { readonly logLevel?: Environment['LOG_LEVEL'] } = {},
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
  const auth: BotAuthentication | undefined = e.BOT_ID
    ? {
        appId: e.BOT_ID,
        appType: e.BOT_TYPE,
        tenantId: e.BOT_TENANT_ID,
        password: e.BOT_PASSWORD,
        certificate:
          e.BOT_CERTIFICATE_THUMBPRINT && e.BOT_CERTIFICATE_KEY_FILE
            ? { thumbprint: e.BOT_CERTIFICATE_THUMBPRINT, privateKeyFile: e.BOT_CERTIFICATE_KEY_FILE }
            : undefined,
        openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
      }
    : undefined;

  const llm: LlmSettings =
    e.LLM_PROVIDER === 'azure-openai'
      ? {
          provider: 'azure-openai',
          endpoint: e.AZURE_OPENAI_ENDPOINT!,
          apiKey: e.AZURE_OPENAI_API_KEY!,
          deployment: e.AZURE_OPENAI_DEPLOYMENT!,
          apiVersion: e.AZURE_OPENAI_API_VERSION,
          timeoutMs: e.LLM_TIMEOUT_MS,
        }
      : e.LLM_PROVIDER === 'openai'
        ? {
            provider: 'openai',
            apiKey: e.OPENAI_API_KEY!,
            model: e.OPENAI_MODEL,
            baseUrl: e.OPENAI_BASE_URL,
            timeoutMs: e.LLM_TIMEOUT_MS,
          }
        : { provider: 'none' };

  return deepFreeze({
    port: e.PORT,
    // Anonymous mode listens on loopback only: without authentication the endpoint must not be reachable from the network.
    host: e.HOST ?? (auth ? '0.0.0.0' : '127.0.0.1'),
    logLevel: e.LOG_LEVEL,
    auth,
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    storage: {
      kind: e.STORAGE,
      dataDir: e.DATA_DIR,
      connectionString: e.AZURE_STORAGE_CONNECTION_STRING,
      accountUrl: e.AZURE_STORAGE_ACCOUNT_URL,
      container: e.AZURE_STORAGE_CONTAINER,
    },
    knowledgeDir: e.KNOWLEDGE_DIR,
    configDir: e.CONFIG_DIR,
    safetyModel: e.SAFETY_MODEL === 'on',
    llm,
    notificationChannel: { name: e.NOTIFICATION_CHANNEL_NAME, url: e.NOTIFICATION_CHANNEL_URL },
    maxMessageLength: e.MAX_MESSAGE_LENGTH,
    maxBodyBytes: e.MAX_BODY_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    serverTimeouts: {
      headersMs: e.HEADERS_TIMEOUT_MS,
      requestMs: e.REQUEST_TIMEOUT_MS,
      keepAliveMs: e.KEEP_ALIVE_TIMEOUT_MS,
    },
    threadRetentionDays: e.THREAD_RETENTION_DAYS,
    knowledgeWatchDebounceMs: e.KNOWLEDGE_WATCH_DEBOUNCE_MS,
    schedulersEnabled: e.SCHEDULERS_ENABLED,
    reminderScheduler: {
      intervalMs: e.REMINDER_INTERVAL_MS,
      leaseMs: e.REMINDER_LEASE_MS ?? e.REMINDER_INTERVAL_MS * 3,
    },
    tab: {
      sso: auth
        ? {
            clientId: e.TAB_SSO_CLIENT_ID ?? auth.appId,
            appIdUri: e.TAB_SSO_APP_ID_URI,
            openIdMetadataUrl:
              e.TAB_SSO_OPENID_METADATA_URL ??
              `https://login.microsoftonline.com/${auth.tenantId ?? 'organizations'}/v2.0/.well-known/openid-configuration`,
            // The bot's tenant allow-list, else its own tenant when it is single-tenant.
            allowedTenantIds:
              e.ALLOWED_TENANT_IDS.length > 0 ? e.ALLOWED_TENANT_IDS : auth.tenantId ? [auth.tenantId] : [],
          }
        : undefined,
      developmentIdentity: { aadObjectId: e.TAB_DEV_USER_ID, name: e.TAB_DEV_USER_NAME },
      assetsDir: e.TAB_ASSETS_DIR,
    },
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
