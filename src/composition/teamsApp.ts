/** The Teams layer: capabilities registered on the app, and the HTTP server with the tab's routes. */
import type { AppConfig } from '../config';
import { detectLanguage } from '../domain/shared/language';
import { systemClock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { DirectMessenger, OutboundMessenger } from '../ports/outboundMessenger';
import type { Storage } from '../ports/storage';
import {
  countingCoordination,
  countingPathwayGuidance,
  countingPolicyQa,
} from '../services/overview/usageRecording';
import type { BotAdapter } from '../teams/adapter';
import { createTeamsApp } from '../teams/app';
import { createPathwayCards } from '../teams/cards/pathway/pathwayCards';
import type { CardTemplates } from '../teams/cards/shared/cardTemplates';
import { createCoordinationCapability } from '../teams/handlers/coordination';
import { createStepUpGuidance } from '../teams/handlers/coordinationStepUp';
import { createKnowledgeUpdatesCapability } from '../teams/handlers/knowledgeUpdates';
import { createKnowledgeUploadHandler } from '../teams/handlers/knowledgeUpload';
import { createPathwayCapability } from '../teams/handlers/pathway';
import { createPolicyQuestionCapability } from '../teams/handlers/policyQuestion';
import { createQuestionsCapability } from '../teams/handlers/questions';
import { createBotServer, type ReadinessCheck } from '../teams/server';
import { registerTabRoutes } from '../teams/tab/routes';
import { createSsoTokenValidator } from '../teams/tab/ssoToken';
import { textsFor } from '../teams/texts';
import type { EditableConfig } from './editableConfig';
import type { KnowledgeParts } from './knowledge';
import type { Services } from './services';

export interface TeamsContext {
  readonly config: AppConfig;
  readonly files: EditableConfig;
  readonly bot: BotAdapter;
  readonly messenger: OutboundMessenger & DirectMessenger;
  readonly knowledge: KnowledgeParts;
  readonly services: Services;
  readonly logger: Logger;
  /** The card templates of this bot, shared by every capability. */
  readonly cardTemplates: CardTemplates;
}

export function wireTeamsApp(context: TeamsContext) {
  const { config, bot, knowledge, logger, cardTemplates } = context;
  return createTeamsApp({
    adapter: bot.adapter,
    botAppId: config.auth?.appId ?? '',
    logger,
    capabilities: wireCapabilities(context),
    fileUploads: createKnowledgeUploadHandler({
      cardTemplates,
      service: knowledge.knowledgeUploads,
      texts: textsFor,
      logger,
    }),
    maxMessageLength: config.maxMessageLength,
    detectLanguage,
    texts: textsFor,
  });
}

function wireCapabilities(context: TeamsContext) {
  const { config, files, messenger, knowledge, services, logger, cardTemplates } = context;
  const { usage, pathwayGuidance } = services;
  const questions = createQuestionsCapability({
    cardTemplates,
    service: services.questionService,
    roles: files.roles,
    texts: textsFor,
    logger,
  });
  // Prepared once here, for the pathway answers and the step-up guidance alike.
  const answerCards = createPathwayCards({
    texts: textsFor,
    notificationChannel: config.notificationChannel,
  });
  return {
    policyQuestion: createPolicyQuestionCapability({
      cardTemplates,
      policyQa: countingPolicyQa(knowledge.policyQa, usage, systemClock),
      feedback: services.feedback,
      texts: textsFor,
      logger,
      maxQuestionLength: config.maxMessageLength,
      fallbackFeedbackCard: 'auto' as const,
      onUnanswered: questions.onUnanswered,
      onDisliked: questions.onDisliked,
    }),
    pathway: createPathwayCapability({
      cardTemplates,
      service: countingPathwayGuidance(pathwayGuidance, usage, systemClock),
      texts: textsFor,
      notificationChannel: config.notificationChannel,
      logger,
      maxDescriptionLength: config.maxMessageLength,
      involveRoles: files.threadTemplates.rolesForInvolve,
      answerCards,
    }),
    coordination: createCoordinationCapability({
      cardTemplates,
      service: countingCoordination(services.coordination, usage, systemClock),
      messenger,
      roles: files.roles,
      channels: files.channels,
      logger,
      direct: messenger,
      templates: files.threadTemplates,
      stepUpGuidance: createStepUpGuidance({
        service: pathwayGuidance,
        texts: textsFor,
        notificationChannel: config.notificationChannel,
        involveRoles: files.threadTemplates.rolesForInvolve,
        answerCards,
      }),
    }),
    knowledgeUpdates: createKnowledgeUpdatesCapability({
      cardTemplates,
      service: services.knowledgeUpdates,
      audiences: files.audiences,
      logger,
    }),
    questions,
  };
}

export interface ServerContext {
  readonly config: AppConfig;
  readonly bot: BotAdapter;
  readonly app: ReturnType<typeof wireTeamsApp>;
  readonly storage: Storage;
  readonly policyQa: KnowledgeParts['policyQa'];
  readonly overview: Services['overview'];
  readonly logger: Logger;
}

export function wireServer({ config, bot, app, storage, policyQa, overview, logger }: ServerContext) {
  const readinessChecks: ReadinessCheck[] = [
    { name: 'storage', check: () => storage.ping() },
    {
      name: 'knowledge',
      check: async () => {
        if (policyQa.stats.sections === 0) throw new Error('knowledge index is empty');
      },
    },
  ];
  return createBotServer({
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
}
