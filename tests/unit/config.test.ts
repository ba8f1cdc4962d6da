import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig, loadToolSettings, SAFETY_MODEL_DEFAULT } from '../../src/config';
import { workerThreadsFrom } from '../../src/configSections/httpServer';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs with no variables at all: anonymous, loopback, embedded storage, no LLM', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      auth: undefined,
      storage: { kind: 'sqlite', dataDir: 'data' },
      knowledgeDir: 'knowledge',
      llm: { provider: 'none' },
    });
  });

  it('watches the knowledge folder with a 500 ms quiet time unless told otherwise', () => {
    expect(loadConfig({}).knowledgeWatchDebounceMs).toBe(500);
    expect(loadConfig({ KNOWLEDGE_WATCH_DEBOUNCE_MS: '0' }).knowledgeWatchDebounceMs).toBe(0);
    expect(problemsOf({ KNOWLEDGE_WATCH_DEBOUNCE_MS: 'soon' }).join('\n')).toMatch(
      /KNOWLEDGE_WATCH_DEBOUNCE_MS/,
    );
  });

  it('reads concern descriptions in worker threads: one per spare CPU, at most two, unless told', () => {
    expect(workerThreadsFrom('auto', 1)).toBe(0);
    expect(workerThreadsFrom('auto', 2)).toBe(1);
    expect(workerThreadsFrom('auto', 16)).toBe(2);
    expect(loadConfig({ CLASSIFIER_THREADS: '0' }).classifierThreads).toBe(0);
    expect(loadConfig({ CLASSIFIER_THREADS: '3' }).classifierThreads).toBe(3);
    expect(problemsOf({ CLASSIFIER_THREADS: 'many' })[0]).toMatch(
      /^CLASSIFIER_THREADS: expected a number of threads/,
    );
    expect(problemsOf({ CLASSIFIER_THREADS: '9' })[0]).toMatch(/^CLASSIFIER_THREADS:/);
  });

  it('answers policy questions in worker threads as the classifier reads, set apart from it', () => {
    const cpus = availableParallelism();
    expect(loadConfig({}).retrievalThreads).toBe(workerThreadsFrom('auto', cpus));
    expect(loadConfig({ RETRIEVAL_THREADS: '0', CLASSIFIER_THREADS: '2' })).toMatchObject({
      retrievalThreads: 0,
      classifierThreads: 2,
    });
    expect(loadConfig({ RETRIEVAL_THREADS: ' 2 ' }).retrievalThreads).toBe(2);
    expect(problemsOf({ RETRIEVAL_THREADS: 'all' })[0]).toMatch(
      /^RETRIEVAL_THREADS: expected a number of threads/,
    );
    expect(problemsOf({ RETRIEVAL_THREADS: '-1' })[0]).toMatch(/^RETRIEVAL_THREADS:/);
  });

  it('is frozen, deeply', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.storage)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow();
  });

  it('names the variable and what it expects', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual([expect.stringMatching(/^PORT: expected a port number/)]);
    expect(problemsOf({ BOT_ID: 'my-bot' })[0]).toMatch(/^BOT_ID: expected a GUID/);
    expect(problemsOf({ STORAGE: 'postgres' })[0]).toMatch(/^STORAGE: .*memory.*sqlite.*azure-blob/);
  });

  it('requires a secret when BOT_ID is set, and a tenant for single-tenant bots', () => {
    const problems = problemsOf({ BOT_ID: '5f0d3e8e-8d2a-4c1e-9d8e-2b6c1a7f4e10', BOT_TYPE: 'SingleTenant' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^BOT_PASSWORD: required/),
        expect.stringMatching(/^BOT_TENANT_ID: required/),
      ]),
    );
  });

  it('turns authentication on and listens on all interfaces when BOT_ID is set', () => {
    const config = loadConfig({ BOT_ID: '5f0d3e8e-8d2a-4c1e-9d8e-2b6c1a7f4e10', BOT_PASSWORD: 'x' });
    expect(config.auth).toMatchObject({
      appId: '5f0d3e8e-8d2a-4c1e-9d8e-2b6c1a7f4e10',
      appType: 'MultiTenant',
    });
    expect(config.host).toBe('0.0.0.0');
  });

  it('needs a connection string or account URL for Azure Blob storage', () => {
    expect(problemsOf({ STORAGE: 'azure-blob' })[0]).toMatch(
      /^AZURE_STORAGE_CONNECTION_STRING: STORAGE=azure-blob needs/,
    );
    expect(
      loadConfig({ STORAGE: 'azure-blob', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })
        .storage.kind,
    ).toBe('azure-blob');
  });

  it('needs every Azure OpenAI setting when that provider is chosen', () => {
    expect(
      problemsOf({ LLM_PROVIDER: 'azure-openai', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' }),
    ).toEqual([
      expect.stringMatching(/^AZURE_OPENAI_API_KEY/),
      expect.stringMatching(/^AZURE_OPENAI_DEPLOYMENT/),
    ]);
  });

  it('parses the tenant allow-list and rejects non-GUIDs', () => {
    expect(
      loadConfig({ ALLOWED_TENANT_IDS: ' 11111111-2222-4333-8444-555555555555 ,' }).allowedTenantIds,
    ).toEqual(['11111111-2222-4333-8444-555555555555']);
    expect(problemsOf({ ALLOWED_TENANT_IDS: 'herning' })[0]).toMatch(/^ALLOWED_TENANT_IDS/);
  });
});

describe('loadToolSettings (the command-line tools)', () => {
  it('uses the bot defaults and lets a tool choose a quieter log level', () => {
    expect(loadToolSettings({}, { logLevel: 'warn' })).toEqual({
      logLevel: 'warn',
      dataDir: 'data',
      dataDirGiven: false,
      knowledgeDir: 'knowledge',
      safetyModel: SAFETY_MODEL_DEFAULT === 'on',
      configDir: 'config',
    });
  });

  it('reads the same variables as the bot', () => {
    const settings = loadToolSettings({
      LOG_LEVEL: 'debug',
      DATA_DIR: '/tmp/d',
      KNOWLEDGE_DIR: 'k',
      CONFIG_DIR: 'c',
    });
    expect(settings).toMatchObject({
      logLevel: 'debug',
      dataDir: '/tmp/d',
      dataDirGiven: true,
      knowledgeDir: 'k',
      configDir: 'c',
    });
  });

  it('names the variable when a value is wrong', () => {
    expect(() => loadToolSettings({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('reminder scheduler settings', () => {
  it('defaults to a one-minute pass and a lease of three passes', () => {
    expect(loadConfig({}).reminderScheduler).toEqual({ intervalMs: 60_000, leaseMs: 180_000 });
  });

  it('reads both and refuses a lease that is not longer than the interval, naming the variable', () => {
    expect(
      loadConfig({ REMINDER_INTERVAL_MS: '5000', REMINDER_LEASE_MS: '20000' }).reminderScheduler,
    ).toEqual({
      intervalMs: 5000,
      leaseMs: 20_000,
    });
    expect(() => loadConfig({ REMINDER_INTERVAL_MS: '5000', REMINDER_LEASE_MS: '5000' })).toThrow(
      /REMINDER_LEASE_MS/,
    );
  });
});
