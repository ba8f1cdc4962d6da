/**
 * Composition root: config -> infrastructure -> services -> Teams layer -> HTTP server.
 * Nothing here is a module-level singleton: tests call startBot() with their own config.
 * Each concern is wired in src/composition/ (editable config files, knowledge, services, schedulers,
 * the Teams app and server); this file orders them and owns start and stop.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { loadConfig, loadDotEnvFile, ConfigError, type AppConfig } from './config';
import { createPinoLogger } from './infrastructure/logging/pinoLogger';
import { createStorage } from './infrastructure/storage/createStorage';
import type { Logger } from './ports/logger';
import type { Storage } from './ports/storage';
import { createBotAdapter } from './teams/adapter';
import { createCardTemplates } from './teams/cards/shared/cardTemplates';
import { createBotConnectorMessenger } from './teams/outbound/botConnectorMessenger';
import { loadEditableConfig } from './composition/editableConfig';
import { wireKnowledge } from './composition/knowledge';
import { createSchedulers } from './composition/schedulers';
import { wireServices } from './composition/services';
import { wireServer, wireTeamsApp } from './composition/teamsApp';
import { startClassifierHost } from './composition/classifier';

export interface RunningBot {
  readonly port: number;
  readonly host: string;
  readonly storage: Storage;
  /** Writes the usage counts still waiting in memory (they are written on a timer and at stop). */
  flushUsageCounts(): Promise<void>;
  /** Graceful stop: refuse new requests, let running turns finish, stop schedulers, close storage. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
}

export async function startBot(config: AppConfig, options: StartOptions = {}): Promise<RunningBot> {
  const started = performance.now();
  const logger = options.logger ?? createPinoLogger({ level: config.logLevel });
  logAuthenticationMode(config, logger);

  const files = loadEditableConfig(config);
  // Started first: the workers build their classifiers while this thread reads the knowledge.
  const classifierStarting = startClassifierHost(config, files, logger);
  const storage: Storage = await createStorage(config.storage);
  const knowledge = await wireKnowledge(config, files, logger);
  const classifier = await classifierStarting;
  const bot = createBotAdapter(config.auth);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  // Every card the bot renders is expanded from these templates, each parsed once (on first use).
  const cardTemplates = createCardTemplates();
  const services = await wireServices({
    cardTemplates,
    classifier,
    config,
    files,
    storage,
    messenger,
    policyQa: knowledge.policyQa,
    logger,
  });
  const instanceId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const schedulers = createSchedulers({
    config,
    files,
    storage,
    messenger,
    services,
    logger,
    instanceId,
    cardTemplates,
  });
  const app = wireTeamsApp({ config, files, bot, messenger, knowledge, services, logger, cardTemplates });
  const server = wireServer({
    config,
    bot,
    app,
    storage,
    policyQa: knowledge.policyQa,
    overview: services.overview,
    logger,
  });

  const address = await server.listen(config.port, config.host);
  // Only now: started earlier, they would take CPU from the start-up, which waits for the classifier
  // workers. Until they are ready, questions are answered in this thread.
  knowledge.retrievalHost?.startWorkers();
  if (config.schedulersEnabled) for (const scheduler of schedulers) scheduler.start();
  if (config.knowledgeWatchDebounceMs > 0) knowledge.knowledgeReloader.start();
  logListening(logger, address, storage, config, started);

  let stopping: Promise<void> | undefined;
  return {
    port: address.port,
    host: address.host,
    storage,
    flushUsageCounts: () => services.usage.flush(),
    stop() {
      stopping ??= (async () => {
        knowledge.knowledgeReloader.stop();
        const { drained } = await server.close(config.shutdownTimeoutMs);
        for (const scheduler of schedulers) await scheduler.stop();
        await services.usage.flush();
        await services.knowledgeUpdates.stop();
        await classifier.close();
        await knowledge.retrievalHost?.close();
        await storage.close();
        logger.info('bot stopped', { drained });
      })();
      return stopping;
    },
  };
}

/** The line an operator waits for: where the bot listens and how long the start took. */
function logListening(
  logger: Logger,
  address: { readonly port: number; readonly host: string },
  storage: Storage,
  config: AppConfig,
  started: number,
): void {
  logger.info('bot listening', {
    port: address.port,
    host: address.host,
    storage: storage.kind,
    classifierThreads: config.classifierThreads,
    retrievalThreads: config.retrievalThreads,
    startupMs: Math.round(performance.now() - started),
    // From process start, including module loading: the figure an operator waits for.
    sinceProcessStartMs: Math.round(process.uptime() * 1000),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
  });
}

function logAuthenticationMode(config: AppConfig, logger: Logger): void {
  if (!config.auth) {
    logger.warn(
      'anonymous local mode: BOT_ID is not set, requests are not authenticated and the server listens on loopback only',
      { host: config.host },
    );
  } else {
    logger.info('Bot Framework authentication on', {
      appType: config.auth.appType,
      tenantAllowList: config.allowedTenantIds.length,
    });
  }
}

async function main(): Promise<void> {
  loadDotEnvFile();
  // Written by teamsapp.local.yml (bot id and secret of the local debug registration).
  loadDotEnvFile('.localConfigs');
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(78);
    }
    throw error;
  }
  const bot = await startBot(config);
  const shutdown = (signal: string) => {
    process.stderr.write(`${signal} received: finishing running turns\n`);
    bot.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`Start failed: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
