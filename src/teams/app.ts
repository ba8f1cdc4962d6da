import type { TeamsAdapter, TurnState } from '@microsoft/teams-ai';
// The class from its own module, not the package index: the index also loads the AI planners,
// OpenAI client and tokenizer, which this bot never uses (about 0.2 s and 15 MB at every start).
import { Application } from '@microsoft/teams-ai/lib/Application';
import { ActivityTypes, type MessagingExtensionResult, type TurnContext } from 'botbuilder';
import { detectLanguage as detectTextLanguage } from '../domain/shared/language';
import type { Logger } from '../ports/logger';
import { StorageUnavailableError } from '../ports/storage';
import type { Capability, CapabilityId } from './capability';
import { matchCommand } from './commands';
import { createHelpCapability } from './handlers/help';
import type { KnowledgeUploadHandler } from './handlers/knowledgeUpload';
import { createNotAvailableCapability } from './handlers/notAvailable';
import { textsFor, type Language, type Texts } from './texts';
import { plainText } from './turn/plainText';
import type { CapabilityRoutes } from './turn/routes';
import { answerForThisUser, sdkTurn, turnLogger } from './turn/sdkTurn';

export interface TeamsAppDeps {
  readonly adapter: TeamsAdapter;
  readonly botAppId: string;
  readonly logger: Logger;
  /** Capabilities that are switched on; the rest answer honestly that they are not available yet. */
  readonly capabilities: Partial<Record<Exclude<CapabilityId, 'help'>, Capability>>;
  readonly maxMessageLength: number;
  readonly detectLanguage?: (text: string) => Language;
  readonly texts?: (language: Language) => Texts;
  /** Files sent to the bot (knowledge owners adding documents); without it a file gets the empty-message reply. */
  readonly fileUploads?: KnowledgeUploadHandler;
}

const FEATURE_NAMES: Record<Exclude<CapabilityId, 'help'>, string> = {
  policyQuestion: 'Spørgsmål om politikker',
  pathway: 'Forløb (Herningmodellen)',
  coordination: 'Koordineringstråde',
  knowledgeUpdates: 'Videndeling',
  questions: 'Spørg en fagperson',
};

/**
 * The Teams application: welcome, command routing and error handling. Each capability lives in its
 * own handler module; this router only decides which one gets a message.
 */
export function createTeamsApp(deps: TeamsAppDeps): Application<TurnState> {
  const texts = deps.texts ?? textsFor;
  const detectLanguage = deps.detectLanguage ?? detectTextLanguage;
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.botAppId,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const help = createHelpCapability({ texts });
  const capabilities = new Map<CapabilityId, Capability>([['help', help]]);
  for (const id of Object.keys(FEATURE_NAMES) as Exclude<CapabilityId, 'help'>[]) {
    capabilities.set(id, deps.capabilities[id] ?? createNotAvailableCapability(id, FEATURE_NAMES[id], texts));
  }

  deps.adapter.onTurnError = reportTurnError(deps, texts, detectLanguage);
  app.conversationUpdate('membersAdded', welcomeWhenAdded(deps, texts));
  for (const capability of capabilities.values()) {
    if (capability.routes) registerRoutes(app, capability.routes, deps.logger);
  }
  if (deps.fileUploads) registerRoutes(app, deps.fileUploads.routes, deps.logger);

  // Any Action.Execute verb no capability claimed: old cards, tampered data.
  app.adaptiveCards.actionExecute(/.*/, async (context) => {
    turnLogger(context, deps.logger).warn('unknown card verb');
    return texts('da').common.errors.unknownAction;
  });

  app.activity(ActivityTypes.Message, routeMessage(deps, capabilities, texts, detectLanguage));
  return app;
}

type TextsFor = (language: Language) => Texts;

/** A turn that threw: logged without personal data, answered with a plain apology in the writer's language. */
function reportTurnError(deps: TeamsAppDeps, texts: TextsFor, detectLanguage: (text: string) => Language) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const logger = turnLogger(context, deps.logger);
    logger.error('turn failed', {
      errorName: error.name,
      errorCode: (error as { code?: unknown }).code,
      stack: error.stack?.split('\n').slice(0, 6).join('\n'),
    });
    const language = detectLanguage(plainText(context.activity.text));
    const message =
      error instanceof StorageUnavailableError
        ? texts(language).common.errors.storageUnavailable
        : texts(language).common.errors.generic;
    try {
      if (context.activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: {
            status: 200,
            body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
          },
        });
      } else {
        await context.sendActivity(message);
      }
    } catch (sendError) {
      logger.error('could not send the error message', { errorName: (sendError as Error).name });
    }
  };
}

/** The bot itself added to a chat or team: one welcome fitted to where it was added. */
function welcomeWhenAdded(deps: TeamsAppDeps, texts: TextsFor) {
  return async (context: TurnContext): Promise<void> => {
    const botId = context.activity.recipient?.id;
    const botWasAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    if (!botWasAdded) return;
    const welcome = texts('da').common.welcome;
    const kind = sdkTurn(context, deps.logger).activity.conversation.kind;
    await context.sendActivity({
      type: 'message',
      textFormat: 'markdown',
      text: kind === 'channel' ? welcome.team : kind === 'groupChat' ? welcome.groupChat : welcome.personal,
    });
  };
}

/** A message goes to a file upload, a command, a free-text claimant, or else the policy Q&A. */
function routeMessage(
  deps: TeamsAppDeps,
  capabilities: ReadonlyMap<CapabilityId, Capability>,
  texts: TextsFor,
  detectLanguage: (text: string) => Language,
) {
  // Free-text claims are checked in this order before a message falls through to the policy Q&A.
  const claimants = [...capabilities.values()].filter((c) => c.claimsFreeText);
  return async (context: TurnContext): Promise<void> => {
    const turn = sdkTurn(context, deps.logger);
    const logger = turn.logger;
    const text = plainText(turn.activity.text);
    const language = detectLanguage(text);
    const t = texts(language);
    if (deps.fileUploads?.claims(turn)) {
      logger.info('message routed', { capability: 'knowledgeUpload', command: null, language });
      await deps.fileUploads.onFile(turn);
      return;
    }
    if (!text) {
      // A card's Action.Submit arrives as a message with a value and no text.
      await turn.send(turn.activity.value ? t.common.errors.unknownAction : t.common.errors.emptyMessage);
      return;
    }
    if (text.length > deps.maxMessageLength) {
      logger.info('message refused', { reason: 'tooLong', length: text.length });
      await turn.send(t.common.errors.messageTooLong(deps.maxMessageLength));
      return;
    }
    const command = matchCommand(text);
    const claimed = command ? undefined : await firstClaimant(claimants, text);
    const target =
      (command && capabilities.get(command.command.capability)) ??
      claimed?.claimant ??
      capabilities.get('policyQuestion')!;
    logger.info('message routed', {
      capability: target.id,
      command: command?.command.title ?? null,
      language,
    });
    const argument = command ? command.argument : text;
    await target.onMessage(turn, { text, argument, language, logger, claim: claimed?.claim });
  };
}

/** The first capability, in order, that claims a free-text message as its own, and its claim. */
async function firstClaimant(
  claimants: readonly Capability[],
  text: string,
): Promise<{ claimant: Capability; claim: unknown } | undefined> {
  for (const claimant of claimants) {
    const claim = await claimant.claimsFreeText?.(text);
    if (claim !== undefined) return { claimant, claim };
  }
  return undefined;
}

/**
 * The one place where a capability's routes meet teams-ai. A card verb is answered with the
 * clicking user's own card or message and nothing else (see answerForThisUser); anything a handler
 * throws goes to the adapter's onTurnError above, the one mapping of unexpected errors to a reply.
 */
export function registerRoutes(app: Application<TurnState>, routes: CapabilityRoutes, logger: Logger): void {
  for (const [verb, handler] of Object.entries(routes.cardActions ?? {})) {
    app.adaptiveCards.actionExecute(verb, (context, _state, data) =>
      answerForThisUser(context, handler(sdkTurn(context, logger), data)),
    );
  }
  for (const [commandId, search] of Object.entries(routes.searchCommands ?? {})) {
    app.messageExtensions.query(commandId, async (context, _state, query) => {
      const result = await search(sdkTurn(context, logger), {
        parameters: (query.parameters ?? {}) as Record<string, unknown>,
        skip: query.skip,
        count: query.count,
      });
      return result as MessagingExtensionResult;
    });
  }
  const feedback = routes.feedback;
  if (feedback) app.feedbackLoop((context, _state, data) => feedback(sdkTurn(context, logger), data));
  const fileConsent = routes.fileConsent;
  if (fileConsent) {
    app.fileConsentAccept((context, _state, response) =>
      fileConsent.accept(sdkTurn(context, logger), response),
    );
    app.fileConsentDecline((context, _state, response) =>
      fileConsent.decline(sdkTurn(context, logger), response),
    );
  }
}
