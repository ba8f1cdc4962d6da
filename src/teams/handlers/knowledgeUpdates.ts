import { containsCpr, containsCprInValue } from '../../domain/privacy/cpr';
import type { CardTemplates } from '../cards/shared/cardTemplates';
import {
  MAX_TITLE_CHARS,
  UpdateRuleError,
  type AudienceDirectory,
  type KnowledgePost,
} from '../../domain/updates';
import type { Logger } from '../../ports/logger';
import { StorageUnavailableError } from '../../ports/storage';
import type { KnowledgeUpdatesService } from '../../services/knowledgeUpdates';
import type { Capability, IncomingText } from '../capability';
import { renderComposeCard, type AdaptiveCardJson } from '../cards/updates/updatesCards';
import { UPDATES_VERBS, type UpdatesVerbName } from '../cards/updates/verbs';
import { da, type Texts } from '../texts/da';
import type { CardAction } from '../turn/routes';
import { cardMessage, type Turn } from '../turn/turn';
import { authoringVerbs } from './knowledgeUpdates/authoringVerbs';
import {
  FORM_ERRORS,
  formSchema,
  hasForm,
  InvalidCardData,
  maybeNewRefSchema,
  parse,
  withoutCpr,
} from './knowledgeUpdates/forms';
import { postVerbs } from './knowledgeUpdates/postVerbs';
import { actorOf, errorText, listCard, type UpdatesEnv } from './knowledgeUpdates/updatesTurn';
import type { VerbHandler } from './knowledgeUpdates/verbHandler';

export interface KnowledgeUpdatesCapabilityDeps {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly service: KnowledgeUpdatesService;
  readonly audiences: AudienceDirectory;
  readonly logger: Logger;
  readonly texts?: Texts;
  /**
   * The caller's UPN, looked up only when publishers.yaml lists UPNs and the object id did not
   * match (default: the Teams roster, undefined when it cannot be read).
   */
  readonly resolveUpn?: (turn: Turn) => Promise<string | undefined>;
}

/** The stored draft behind a form, so the returned form keeps its id and version. */
async function draftOf(env: UpdatesEnv, turn: Turn, data: unknown): Promise<{ post?: KnowledgePost }> {
  const ref = maybeNewRefSchema.safeParse(data);
  if (!ref.success || !ref.data.postId) return {};
  try {
    return { post: await env.service.getOwn(await actorOf(env, turn, true), ref.data.postId) };
  } catch {
    return {};
  }
}

/** The form again, with the message and the author's input minus anything that held a CPR number. */
async function formWithError(env: UpdatesEnv, turn: Turn, data: unknown, error: string) {
  return renderComposeCard(env.cardTemplates, env.ctx, {
    values: withoutCpr(parse(formSchema, data)),
    error,
    ...(await draftOf(env, turn, data)),
  });
}

/** `videndeling` in the 1:1 chat: a publisher gets the compose form (or their list), anyone else a refusal. */
async function onMessage(env: UpdatesEnv, texts: Texts, turn: Turn, incoming: IncomingText): Promise<void> {
  const { t, service } = env;
  const common = texts.common.errors;
  const logger = incoming.logger;
  if (turn.activity.conversation.kind !== 'personal') {
    await turn.send(t.refusals.personalOnly);
    return;
  }
  if (containsCpr(incoming.argument)) {
    await turn.send(common.cprRefused);
    return;
  }
  try {
    const actor = await actorOf(env, turn, true);
    if (!service.publisherFor(actor)) {
      logger.info('videndeling refused', { reason: 'notPublisher' });
      await turn.send(t.refusals.notPublisher);
      return;
    }
    const wantsList = /^(mine|kladder|liste|list|my)\b/i.test(incoming.argument);
    const card = wantsList
      ? await listCard(env, actor)
      : renderComposeCard(env.cardTemplates, env.ctx, {
          values: { title: incoming.argument.slice(0, MAX_TITLE_CHARS) },
        });
    await turn.send(cardMessage(card));
    logger.info('videndeling card sent', { card: wantsList ? 'list' : 'compose' });
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      await turn.send(common.storageUnavailable);
      return;
    }
    throw error;
  }
}

/**
 * `videndeling`: managers compose, preview, schedule, publish, edit and retract knowledge updates;
 * everyone in the audience channels marks them "Læst og forstået". The verbs live in
 * ./knowledgeUpdates (authoring and sent posts); this module routes them and maps every error once.
 */
export function createKnowledgeUpdatesCapability(deps: KnowledgeUpdatesCapabilityDeps): Capability {
  const texts = deps.texts ?? da;
  const t = texts.updates;
  const common = texts.common.errors;
  const service = deps.service;
  const env: UpdatesEnv = {
    service,
    ctx: { texts: t, audiences: deps.audiences },
    cardTemplates: deps.cardTemplates,
    t,
    resolveUpn: deps.resolveUpn ?? ((turn: Turn) => turn.callerUpn()),
  };
  const handlers: Record<UpdatesVerbName, VerbHandler> = { ...authoringVerbs(env), ...postVerbs(env) };

  /** Runs a verb; broken rules and bad data become Danish messages and change nothing. */
  async function run(verb: UpdatesVerbName, turn: Turn, data: unknown): Promise<AdaptiveCardJson | string> {
    const logger = turn.logger;
    try {
      if (containsCprInValue(data) && hasForm(data)) {
        // Never stored, never echoed: the form returns without the field that held it.
        logger.info('updates action refused', { verb, reason: 'cpr' });
        return await formWithError(env, turn, data, t.errors.CPR_IN_CONTENT);
      }
      const result = await handlers[verb](turn, data);
      logger.info('updates action', { verb, outcome: 'ok' });
      return result;
    } catch (error) {
      if (error instanceof InvalidCardData) {
        logger.info('updates action refused', { verb, reason: 'invalidData' });
        return common.invalidCardData;
      }
      if (error instanceof UpdateRuleError) {
        logger.info('updates action refused', { verb, reason: error.code });
        if (FORM_ERRORS.has(error.code) && hasForm(data)) {
          return formWithError(env, turn, data, errorText(t, error));
        }
        return errorText(t, error);
      }
      if (error instanceof StorageUnavailableError) {
        logger.warn('updates action failed', { verb, reason: 'storage' });
        return common.storageUnavailable;
      }
      throw error;
    }
  }

  // Every answer is this user's own view; shared channel copies change only through the service,
  // which renders them with the reader-neutral channel card.
  const cardActions: Record<string, CardAction> = {};
  for (const name of Object.keys(UPDATES_VERBS) as UpdatesVerbName[]) {
    cardActions[UPDATES_VERBS[name]] = (turn, data) => run(name, turn, data);
  }

  return {
    id: 'knowledgeUpdates',
    onMessage: (turn, incoming) => onMessage(env, texts, turn, incoming),
    routes: { cardActions },
  };
}

/** Verbs this capability registers (a test compares them with the templates). */
export const KNOWLEDGE_UPDATES_HANDLED_VERBS = Object.values(UPDATES_VERBS);
