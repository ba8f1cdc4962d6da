/** The use-case services, built on storage, the outbound messenger and the knowledge index. */
import type { AppConfig } from '../config';
import { DEFAULT_REMINDER_POLICY } from '../domain/threads/reminders';
import { createSafetyReviewerFromSettings } from '../infrastructure/llm/chatCompletionsGenerator';
import { createDocumentQuestionStore } from '../infrastructure/storage/questions/documentQuestionStore';
import { unknownAudienceRoster } from '../ports/audienceRoster';
import type { ClassifierHost } from '../ports/classifierHost';
import { systemClock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { DirectMessenger, OutboundMessenger } from '../ports/outboundMessenger';
import type { Storage } from '../ports/storage';
import { createCoordinationService } from '../services/coordination';
import { createFeedbackService } from '../services/feedback/feedbackService';
import { createKnowledgeUpdatesService } from '../services/knowledgeUpdates';
import { createOverviewService } from '../services/overview/overviewService';
import { createUsageCounter } from '../services/overview/usageCounter';
import { createPathwayGuidanceService } from '../services/pathwayGuidance';
import { knowledgeGapsFromQuestions } from '../services/questions/knowledgeGaps';
import { createQuestionService } from '../services/questions/questionService';
import { createQuestionMessageRenderer } from '../teams/cards/questions/questionCards';
import { threadLinkOf } from '../teams/cards/coordination/threadLink';
import type { CardTemplates } from '../teams/cards/shared/cardTemplates';
import { createUpdateCardRenderer } from '../teams/cards/updates/updatesCards';
import { textsFor } from '../teams/texts';
import { da } from '../teams/texts/da';
import type { EditableConfig } from './editableConfig';
import { llmTimeoutMs, type KnowledgeParts } from './knowledge';

export interface ServiceContext {
  readonly config: AppConfig;
  readonly files: EditableConfig;
  readonly storage: Storage;
  readonly messenger: OutboundMessenger & DirectMessenger;
  readonly policyQa: KnowledgeParts['policyQa'];
  readonly logger: Logger;
  /** The card templates of this bot (the service's own cards: channel copies, tickets). */
  readonly cardTemplates: CardTemplates;
  /** Where concern descriptions are read (see composition/classifier.ts). */
  readonly classifier: ClassifierHost;
}

export type Services = Awaited<ReturnType<typeof wireServices>>;

export async function wireServices(context: ServiceContext) {
  const { config, files, storage, policyQa, logger } = context;
  const pathwayGuidance = createPathwayGuidanceService({
    config: files.pathwayConfig,
    classifier: context.classifier,
    passageFinder: policyQa,
    logger,
    safetyReviewer: createSafetyReviewerFromSettings(config.llm, { logger }),
    reviewTimeoutMs: llmTimeoutMs(config),
  });
  const feedback = createFeedbackService({ storage, clock: systemClock });
  const knowledgeUpdates = await wireKnowledgeUpdates(context);
  const questionStore = createDocumentQuestionStore(storage);
  const questionService = await wireQuestionService(context, questionStore, feedback);
  const coordination = wireCoordination(context);
  // Weekly counts for the Overblik tab's Brug view: outcomes only, no person, text or case.
  const usage = createUsageCounter({ storage, logger });
  const overview = createOverviewService({
    coordination,
    updates: knowledgeUpdates,
    feedback,
    usage,
    gaps: knowledgeGapsFromQuestions(questionStore),
    access: files.overviewAccess,
    roster: unknownAudienceRoster,
    clock: systemClock,
    linkOf: (location) => threadLinkOf(location, files.channels),
  });
  return { pathwayGuidance, feedback, knowledgeUpdates, questionService, coordination, usage, overview };
}

async function wireKnowledgeUpdates(context: ServiceContext) {
  const { config, files, storage, messenger, policyQa, logger, cardTemplates } = context;
  const knowledgeUpdates = createKnowledgeUpdatesService({
    storage,
    messenger,
    publishers: files.publishers,
    audiences: files.audiences,
    renderer: createUpdateCardRenderer(cardTemplates, { texts: da.updates, audiences: files.audiences }),
    clock: systemClock,
    logger: logger.child({ capability: 'knowledgeUpdates' }),
    knowledgeSink: policyQa,
    tenantId: config.auth?.tenantId,
  });
  // The Q&A index lives in memory: published updates marked for the knowledge base are fed back in.
  await knowledgeUpdates.syncKnowledgeBase();
  return knowledgeUpdates;
}

async function wireQuestionService(
  { config, files, messenger, policyQa, logger, cardTemplates }: ServiceContext,
  store: ReturnType<typeof createDocumentQuestionStore>,
  feedback: ReturnType<typeof createFeedbackService>,
) {
  const questionsChannel = files.channels.usedFor('questions')[0];
  const questionService = createQuestionService({
    store,
    messenger,
    owners: files.knowledgeOwners,
    askerRoles: files.roles,
    channel:
      questionsChannel?.serviceUrl !== undefined
        ? {
            serviceUrl: questionsChannel.serviceUrl,
            channelId: questionsChannel.channelId,
            ...(config.auth?.tenantId ? { tenantId: config.auth.tenantId } : {}),
          }
        : undefined,
    renderer: createQuestionMessageRenderer(cardTemplates, textsFor),
    knowledgeSink: policyQa,
    feedback,
    clock: systemClock,
    logger: logger.child({ capability: 'questions' }),
  });
  // Owners' answers that became knowledge are fed back into the in-memory index, like updates.
  await questionService.syncKnowledgeBase();
  await questionService.prune();
  return questionService;
}

function wireCoordination({ config, files, storage, messenger, logger }: ServiceContext) {
  return createCoordinationService({
    storage,
    clock: systemClock,
    logger: logger.child({ capability: 'coordination' }),
    roles: files.roles,
    reminderPolicy: {
      ...DEFAULT_REMINDER_POLICY,
      reviewLeadDays: files.coordinationPolicy.review.reminderDaysBefore,
    },
    policy: files.coordinationPolicy,
    retention: { closedThreadDays: config.threadRetentionDays, auditDaysAfterDeletion: null },
    messenger,
  });
}
