/**
 * Composition root: config -> infrastructure -> services -> Teams layer -> HTTP server.
 * Nothing here is a module-level singleton: tests call startBot() with their own config.
 */
import { loadConfig, loadDotEnvFile, ConfigError, type AppConfig } from './config';
import { createPinoLogger } from './infrastructure/logging/pinoLogger';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { detectLanguage } from './domain/shared/language';
import { DEFAULT_REMINDER_POLICY } from './domain/threads/reminders';
import { audiencesFromChannels } from './domain/updates';
import { loadChannelDirectory } from './infrastructure/configFiles/channelDirectory';
import { loadKnowledgeOwnerDirectory } from './infrastructure/configFiles/knowledgeOwnerDirectory';
import { loadPublisherDirectory } from './infrastructure/configFiles/publisherDirectory';
import { loadRoleDirectory } from './infrastructure/configFiles/roleDirectory';
import { loadCoordinationPolicy } from './infrastructure/configFiles/coordinationConfig';
import { loadThreadTemplates } from './infrastructure/configFiles/threadTemplates';
import { loadPathwayConfig } from './infrastructure/configFiles/pathwayConfig';
import { loadLexicalResources } from './infrastructure/knowledge/lexicalResources';
import { createHttpFileDownloader } from './infrastructure/download/httpFileDownloader';
import { createKnowledgeFolder } from './infrastructure/knowledge/knowledgeFolder';
import { loadKnowledgeBase } from './infrastructure/knowledge/loadKnowledgeBase';
import {
  createAnswerGeneratorFromSettings,
  createSafetyReviewerFromSettings,
} from './infrastructure/llm/chatCompletionsGenerator';
import { createStorage } from './infrastructure/storage/createStorage';
import { createDocumentQuestionStore } from './infrastructure/storage/questions/documentQuestionStore';
import { systemClock } from './ports/clock';
import type { Logger } from './ports/logger';
import type { Storage } from './ports/storage';
import {
  createCoordinationMaintenance,
  createCoordinationService,
  createDailyDigest,
  createReminderScheduler,
} from './services/coordination';
import { createFeedbackService } from './services/feedback/feedbackService';
import { createKnowledgeReloader } from './services/knowledgeFolder/knowledgeReloader';
import { createKnowledgeUploadService } from './services/knowledgeFolder/knowledgeUploads';
import { createKnowledgeUpdatesService, createUpdateScheduler } from './services/knowledgeUpdates';
import { createPathwayGuidanceService } from './services/pathwayGuidance';
import { createPolicyQaService } from './services/policyQa/policyQaService';
import { createQuestionService } from './services/questions/questionService';
import { createBotAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';
import { createQuestionMessageRenderer } from './teams/cards/questions/questionCards';
import { createUpdateCardRenderer } from './teams/cards/updates/updatesCards';
import {
  createCoordinationCapability,
  createCoordinationDigestPresenter,
  createCoordinationReminderPresenter,
} from './teams/handlers/coordination';
import { createKnowledgeUpdatesCapability } from './teams/handlers/knowledgeUpdates';
import { createKnowledgeUploadHandler } from './teams/handlers/knowledgeUpload';
import { createPathwayCapability } from './teams/handlers/pathway';
import { createStepUpGuidance } from './teams/handlers/coordinationStepUp';
import { createPolicyQuestionCapability } from './teams/handlers/policyQuestion';
import { createQuestionsCapability } from './teams/handlers/questions';
import { createBotConnectorMessenger } from './teams/outbound/botConnectorMessenger';
import { createBotServer, type ReadinessCheck } from './teams/server';
import { loadOverviewAccess } from './infrastructure/configFiles/overviewAccess';
import { unknownAudienceRoster } from './ports/audienceRoster';
import { knowledgeGapsFromQuestions } from './services/questions/knowledgeGaps';
import { createOverviewService } from './services/overview/overviewService';
import { createUsageCounter } from './services/overview/usageCounter';
import {
  countingCoordination,
  countingPathwayGuidance,
  countingPolicyQa,
} from './services/overview/usageRecording';
import { registerTabRoutes } from './teams/tab/routes';
import { createSsoTokenValidator } from './teams/tab/ssoToken';
import { threadLinkOf } from './teams/cards/coordination/threadLink';
import { textsFor } from './teams/texts';
import { da } from './teams/texts/da';

export interface RunningBot {
  readonly port: number;
  readonly host: string;
  readonly storage: Storage;
  /** Graceful stop: refuse new requests, let running turns finish, stop schedulers, close storage. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
}

export async function startBot(config: AppConfig, options: StartOptions = {}): Promise<RunningBot> {
  const started = performance.now();
  const logger = options.logger ?? createPinoLogger({ level: config.logLevel });
  if (!config.auth) {
    logger.warn(
      'anonymous local mode: BOT_ID is not set, requests are not authenticated and the server listens on loopback only',
      {
        host: config.host,
      },
    );
  } else {
    logger.info('Bot Framework authentication on', {
      appType: config.auth.appType,
      tenantAllowList: config.allowedTenantIds.length,
    });
  }

  // Editable data files first: a broken one stops the start with its file, line and field.
  const pathwayConfig = loadPathwayConfig(config.configDir, { safetyModel: config.safetyModel });
  const lexicalResources = loadLexicalResources(config.configDir);
  const channels = loadChannelDirectory(config.configDir);
  const publishers = loadPublisherDirectory(config.configDir);
  const roles = loadRoleDirectory(config.configDir);
  const knowledgeOwners = loadKnowledgeOwnerDirectory(config.configDir);
  const coordinationPolicy = loadCoordinationPolicy(config.configDir);
  const threadTemplates = loadThreadTemplates(config.configDir, roles);
  const overviewAccess = loadOverviewAccess(config.configDir, knowledgeOwners);
  const audiences = audiencesFromChannels(channels);

  const storage: Storage = await createStorage(config.storage);

  const knowledge = await loadKnowledgeBase({
    paths: [config.knowledgeDir],
    dataDir: config.storage.dataDir,
    logger,
  });
  const policyQa = createPolicyQaService({
    documents: knowledge.documents,
    resources: lexicalResources,
    logger,
    generator: createAnswerGeneratorFromSettings(config.llm, { logger }),
    generatorTimeoutMs: config.llm.provider === 'none' ? undefined : config.llm.timeoutMs,
    maxQuestionLength: config.maxMessageLength,
  });
  logger.info('knowledge index ready', {
    documents: policyQa.stats.documents,
    sections: policyQa.stats.sections,
    skippedFiles: knowledge.skipped.length,
    origin: knowledge.origin,
    buildMs: Math.round(policyQa.stats.buildMs),
  });
  // Re-reads reuse the documents parsed (or loaded from the persisted index) at start-up.
  const knowledgeFolder = createKnowledgeFolder({
    dir: config.knowledgeDir,
    logger,
    debounceMs: config.knowledgeWatchDebounceMs,
    initial: knowledge.documents,
  });
  const knowledgeReloader = createKnowledgeReloader({
    source: knowledgeFolder,
    index: policyQa,
    logger,
  });
  const knowledgeUploads = createKnowledgeUploadService({
    source: knowledgeFolder,
    downloader: createHttpFileDownloader(),
    reloader: knowledgeReloader,
    owners: knowledgeOwners,
    logger,
  });
  const pathwayGuidance = createPathwayGuidanceService({
    config: pathwayConfig,
    passageFinder: policyQa,
    logger,
    safetyReviewer: createSafetyReviewerFromSettings(config.llm, { logger }),
    reviewTimeoutMs: config.llm.provider === 'none' ? undefined : config.llm.timeoutMs,
  });
  const feedback = createFeedbackService({ storage, clock: systemClock });

  const bot = createBotAdapter(config.auth);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  const instanceId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

  const knowledgeUpdates = createKnowledgeUpdatesService({
    storage,
    messenger,
    publishers,
    audiences,
    renderer: createUpdateCardRenderer({ texts: da.updates, audiences }),
    clock: systemClock,
    logger: logger.child({ capability: 'knowledgeUpdates' }),
    knowledgeSink: policyQa,
    tenantId: config.auth?.tenantId,
  });
  // The Q&A index lives in memory: published updates marked for the knowledge base are fed back in.
  await knowledgeUpdates.syncKnowledgeBase();
  const questionsChannel = channels.usedFor('questions')[0];
  const questionStore = createDocumentQuestionStore(storage);
  const questionService = createQuestionService({
    store: questionStore,
    messenger,
    owners: knowledgeOwners,
    askerRoles: roles,
    channel:
      questionsChannel?.serviceUrl !== undefined
        ? {
            serviceUrl: questionsChannel.serviceUrl,
            channelId: questionsChannel.channelId,
            ...(config.auth?.tenantId ? { tenantId: config.auth.tenantId } : {}),
          }
        : undefined,
    renderer: createQuestionMessageRenderer(textsFor),
    knowledgeSink: policyQa,
    feedback,
    clock: systemClock,
    logger: logger.child({ capability: 'questions' }),
  });
  // Owners' answers that became knowledge are fed back into the in-memory index, like updates.
  await questionService.syncKnowledgeBase();
  await questionService.prune();
  const questions = createQuestionsCapability({ service: questionService, roles, texts: textsFor, logger });
  const coordination = createCoordinationService({
    storage,
    clock: systemClock,
    logger: logger.child({ capability: 'coordination' }),
    roles,
    reminderPolicy: {
      ...DEFAULT_REMINDER_POLICY,
      reviewLeadDays: coordinationPolicy.review.reminderDaysBefore,
    },
    policy: coordinationPolicy,
    retention: { closedThreadDays: config.threadRetentionDays, auditDaysAfterDeletion: null },
    messenger,
  });
  // Weekly counts for the Overblik tab's Brug view: outcomes only, no person, text or case.
  const usage = createUsageCounter({ storage, logger });
  const overview = createOverviewService({
    coordination,
    updates: knowledgeUpdates,
    feedback,
    usage,
    gaps: knowledgeGapsFromQuestions(questionStore),
    access: overviewAccess,
    roster: unknownAudienceRoster,
    clock: systemClock,
    linkOf: (location) => threadLinkOf(location, channels),
  });
  const schedulers = [
    createUpdateScheduler({
      service: knowledgeUpdates,
      leases: storage.leases,
      logger,
      holderId: instanceId,
    }),
    createReminderScheduler({
      storage,
      clock: systemClock,
      logger,
      messenger,
      present: createCoordinationReminderPresenter(roles),
      holderId: instanceId,
      intervalMs: config.reminderScheduler.intervalMs,
      leaseTtlMs: config.reminderScheduler.leaseMs,
      onLeaderTick: createCoordinationMaintenance(coordination, systemClock, {
        dailyDigest: createDailyDigest({
          storage,
          clock: systemClock,
          logger,
          messenger,
          present: createCoordinationDigestPresenter(roles, channels),
          policy: coordinationPolicy,
          holderId: instanceId,
        }),
      }),
    }),
  ];
  const app = createTeamsApp({
    adapter: bot.adapter,
    botAppId: config.auth?.appId ?? '',
    logger,
    capabilities: {
      policyQuestion: createPolicyQuestionCapability({
        policyQa: countingPolicyQa(policyQa, usage, systemClock),
        feedback,
        texts: textsFor,
        logger,
        maxQuestionLength: config.maxMessageLength,
        fallbackFeedbackCard: 'auto',
        onUnanswered: questions.onUnanswered,
        onDisliked: questions.onDisliked,
      }),
      pathway: createPathwayCapability({
        service: countingPathwayGuidance(pathwayGuidance, usage, systemClock),
        texts: textsFor,
        notificationChannel: config.notificationChannel,
        logger,
        maxDescriptionLength: config.maxMessageLength,
        involveRoles: threadTemplates.rolesForInvolve,
      }),
      coordination: createCoordinationCapability({
        service: countingCoordination(coordination, usage, systemClock),
        messenger,
        roles,
        channels,
        logger,
        direct: messenger,
        templates: threadTemplates,
        stepUpGuidance: createStepUpGuidance({
          service: pathwayGuidance,
          texts: textsFor,
          notificationChannel: config.notificationChannel,
          involveRoles: threadTemplates.rolesForInvolve,
        }),
      }),
      knowledgeUpdates: createKnowledgeUpdatesCapability({ service: knowledgeUpdates, audiences, logger }),
      questions,
    },
    fileUploads: createKnowledgeUploadHandler({ service: knowledgeUploads, texts: textsFor, logger }),
    maxMessageLength: config.maxMessageLength,
    detectLanguage,
    texts: textsFor,
  });

  const readinessChecks: ReadinessCheck[] = [
    { name: 'storage', check: () => storage.ping() },
    {
      name: 'knowledge',
      check: async () => {
        if (policyQa.stats.sections === 0) throw new Error('knowledge index is empty');
      },
    },
  ];
  const server = createBotServer({
    app,
    adapter: bot.adapter,
    logger,
    authenticationEnabled: config.auth !== undefined,
    allowedTenantIds: config.allowedTenantIds,
    maxBodyBytes: config.maxBodyBytes,
    readinessChecks,
    timeouts: config.serverTimeouts,
    botId: bot.botId,
    extraRoutes: [
      (routes) =>
        registerTabRoutes(routes, {
          overview,
          signIn: config.tab.sso
            ? { kind: 'sso', validator: createSsoTokenValidator(config.tab.sso) }
            : { kind: 'development', identity: config.tab.developmentIdentity },
          assetsDir: config.tab.assetsDir,
          logger,
        }),
    ],
  });
  const address = await server.listen(config.port, config.host);
  if (config.schedulersEnabled) for (const scheduler of schedulers) scheduler.start();
  if (config.knowledgeWatchDebounceMs > 0) knowledgeReloader.start();
  logger.info('bot listening', {
    port: address.port,
    host: address.host,
    storage: storage.kind,
    startupMs: Math.round(performance.now() - started),
    // From process start, including module loading: the figure an operator waits for.
    sinceProcessStartMs: Math.round(process.uptime() * 1000),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
  });

  let stopping: Promise<void> | undefined;
  return {
    port: address.port,
    host: address.host,
    storage,
    stop() {
      stopping ??= (async () => {
        knowledgeReloader.stop();
        const { drained } = await server.close(config.shutdownTimeoutMs);
        for (const scheduler of schedulers) await scheduler.stop();
        await usage.flush();
        await knowledgeUpdates.stop();
        await storage.close();
        logger.info('bot stopped', { drained });
      })();
      return stopping;
    },
  };
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
