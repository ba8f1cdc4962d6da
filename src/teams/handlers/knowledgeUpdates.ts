import type { Application, TurnState } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { containsCpr, containsCprInValue, displayNameWithoutCpr } from '../../domain/privacy/cpr';
import {
  localToIso,
  formatDanishDateTime,
  MAX_BODY_BYTES,
  MAX_TITLE_CHARS,
  UpdateRuleError,
  utf8JsonBytes,
  type AudienceDirectory,
  type KnowledgePost,
  type PostContentInput,
  type UpdateErrorCode,
} from '../../domain/updates';
import type { Logger } from '../../ports/logger';
import { StorageUnavailableError } from '../../ports/storage';
import type { Actor, KnowledgeUpdatesService, PostView } from '../../services/knowledgeUpdates';
import type { Capability, IncomingText } from '../capability';
import {
  renderComposeCard,
  renderExportCard,
  renderListCard,
  renderNoticeCard,
  renderPostCard,
  renderWithdrawnCard,
  type AdaptiveCardJson,
  type ComposeValues,
  type UpdatesCardContext,
} from '../cards/updates/updatesCards';
import { UPDATES_VERBS, type UpdatesVerbName } from '../cards/updates/verbs';
import { da, type Texts } from '../texts/da';
import { answerForThisUser } from '../invokeAnswer';
import { conversationKind, turnLogger } from '../turnContext';

export interface KnowledgeUpdatesCapabilityDeps {
  readonly service: KnowledgeUpdatesService;
  readonly audiences: AudienceDirectory;
  readonly logger: Logger;
  readonly texts?: Texts;
  /**
   * The caller's UPN, looked up only when publishers.yaml lists UPNs and the object id did not
   * match (default: TeamsInfo.getMember).
   */
  readonly resolveUpn?: (context: TurnContext) => Promise<string | undefined>;
}

async function teamsUpn(context: TurnContext): Promise<string | undefined> {
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member?.userPrincipalName ?? undefined;
  } catch {
    return undefined;
  }
}

const POST_ID = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/);
const VERSION = z.coerce.number().int().min(0).max(1_000_000);
const refSchema = z.object({ postId: POST_ID });
const versionedRefSchema = z.object({ postId: POST_ID, version: VERSION });
const maybeNewRefSchema = z.object({
  postId: z.union([z.literal(''), POST_ID]).optional(),
  version: VERSION.optional(),
});
const exportSchema = z.object({
  postId: POST_ID,
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
const formSchema = z.object({
  title: z.string().max(2_000).optional(),
  bodyMarkdown: z.string().max(200_000).optional(),
  tags: z.string().max(2_000).optional(),
  audienceIds: z.string().max(50_000).optional(),
  link: z.string().max(5_000).optional(),
  addToKnowledgeBase: z.string().max(10).optional(),
  sendDate: z.string().max(20).optional(),
  sendTime: z.string().max(20).optional(),
});

/** Codes that concern what the author typed: the form comes back with the message and their input. */
const FORM_ERRORS = new Set<UpdateErrorCode>([
  'EMPTY_TITLE',
  'TITLE_TOO_LONG',
  'EMPTY_BODY',
  'BODY_TOO_LARGE',
  'CPR_IN_CONTENT',
  'UNKNOWN_TAG',
  'NO_AUDIENCE',
  'UNKNOWN_AUDIENCE',
  'INVALID_LINK',
  'INVALID_SEND_TIME',
  'SEND_TIME_IN_PAST',
  'SEND_TIME_TOO_FAR',
]);

class InvalidCardData extends Error {}

/** The most of an oversize body the returned form carries (the rest of the form is ~4 KB). */
const ECHO_BODY_BYTES = 20 * 1024;

function clipToBytes(text: string, maxBytes: number): string {
  if (utf8JsonBytes(text) <= maxBytes) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8JsonBytes(text.slice(0, mid)) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low);
}

/**
 * `videndeling`: managers compose, preview, schedule, publish, edit and retract knowledge updates;
 * everyone in the audience channels marks them "Læst og forstået".
 */
export function createKnowledgeUpdatesCapability(deps: KnowledgeUpdatesCapabilityDeps): Capability {
  const texts = deps.texts ?? da;
  const t = texts.updates;
  const common = texts.common.errors;
  const ctx: UpdatesCardContext = { texts: t, audiences: deps.audiences };
  const resolveUpn = deps.resolveUpn ?? teamsUpn;
  const service = deps.service;

  function errorText(error: UpdateRuleError): string {
    switch (error.code) {
      case 'TITLE_TOO_LONG':
        return t.errors.TITLE_TOO_LONG(MAX_TITLE_CHARS);
      case 'BODY_TOO_LARGE':
        return t.errors.BODY_TOO_LARGE(Math.floor(MAX_BODY_BYTES / 1024));
      default:
        return t.errors[error.code];
    }
  }

  /** The caller; `withUpn` looks the UPN up when the object id alone does not make a publisher. */
  async function actorOf(context: TurnContext, withUpn: boolean): Promise<Actor> {
    const from = context.activity.from;
    const aadObjectId = from?.aadObjectId;
    const id = aadObjectId ?? from?.id;
    if (!id) throw new InvalidCardData();
    const activity = context.activity;
    const tenantId =
      (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ??
      activity.conversation?.tenantId;
    // A CPR number in a display name is never stored with an acknowledgement.
    const name = displayNameWithoutCpr(from?.name);
    const actor: Actor = {
      id,
      ...(aadObjectId ? { aadObjectId } : {}),
      ...(from?.id ? { teamsUserId: from.id } : {}),
      ...(name ? { name } : {}),
      ...(conversationKind(context) === 'personal' && activity.serviceUrl && activity.conversation?.id
        ? {
            replyAddress: {
              serviceUrl: activity.serviceUrl,
              conversationId: activity.conversation.id,
              ...(tenantId ? { tenantId } : {}),
            },
          }
        : {}),
    };
    if (withUpn && !service.publisherFor(actor) && service.publishersIncludeUpns()) {
      const upn = await resolveUpn(context);
      if (upn) return { ...actor, upn };
    }
    return actor;
  }

  async function publisherActor(context: TurnContext): Promise<Actor> {
    const actor = await actorOf(context, true);
    if (!service.publisherFor(actor)) throw new UpdateRuleError('NOT_PUBLISHER');
    return actor;
  }

  function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown): T {
    const result = schema.safeParse(data);
    if (!result.success) throw new InvalidCardData();
    return result.data;
  }

  function hasForm(data: unknown): boolean {
    return typeof data === 'object' && data !== null && 'title' in data;
  }

  function formValues(data: unknown): ComposeValues {
    return parse(formSchema, data);
  }

  /**
   * Form values to echo back: minus any field that holds a CPR number (never echoed), and an
   * oversize body clipped so the returned form itself still fits in a Teams message.
   */
  function withoutCpr(values: ComposeValues): ComposeValues {
    const clean: ComposeValues = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [
        key,
        typeof value === 'string' && containsCpr(value) ? '' : value,
      ]),
    );
    return { ...clean, bodyMarkdown: clipToBytes(clean.bodyMarkdown ?? '', ECHO_BODY_BYTES) };
  }

  function contentOf(values: ComposeValues): PostContentInput {
    const date = values.sendDate?.trim() ?? '';
    const time = values.sendTime?.trim() ?? '';
    let sendAt: string | undefined;
    if (date !== '' || time !== '') {
      sendAt = date && time ? localToIso(date, time) : undefined;
      if (!sendAt) throw new UpdateRuleError('INVALID_SEND_TIME');
    }
    return {
      title: values.title,
      bodyMarkdown: values.bodyMarkdown,
      tags: values.tags,
      audienceIds: values.audienceIds,
      link: values.link,
      addToKnowledgeBase: values.addToKnowledgeBase,
      sendAt,
    };
  }

  /** Creates or saves the draft from the form in `data`; returns the stored post. */
  async function saveFromForm(actor: Actor, data: unknown): Promise<KnowledgePost> {
    const ref = parse(maybeNewRefSchema, data);
    const content = contentOf(formValues(data));
    if (!ref.postId) return service.createDraft(actor, content);
    if (ref.version === undefined) throw new InvalidCardData();
    return service.saveDraft(actor, ref.postId, ref.version, content);
  }

  async function authorOrReaderCard(actor: Actor, view: PostView, note?: string): Promise<AdaptiveCardJson> {
    const post = view.post;
    if (view.isAuthor) {
      if (post.status === 'draft' || post.status === 'scheduled') {
        return renderPostCard(ctx, post, { mode: 'preview', ackCount: 0, ...(note ? { note } : {}) });
      }
      return renderPostCard(ctx, post, {
        mode: 'author',
        ackCount: view.ackCount,
        acknowledgements: view.acknowledgements ?? [],
        ...(view.delivery ? { delivery: view.delivery } : {}),
        ...(note ? { note } : {}),
      });
    }
    if (post.status === 'retracted') return renderWithdrawnCard(ctx, post);
    if (post.status !== 'published') throw new UpdateRuleError('NOT_PUBLISHED');
    return renderPostCard(ctx, post, {
      mode: 'reader',
      ackCount: view.ackCount,
      ...(view.myAcknowledgement ? { myAcknowledgement: view.myAcknowledgement } : {}),
      ...(note ? { note } : {}),
    });
  }

  async function listCard(actor: Actor, notice?: string): Promise<AdaptiveCardJson> {
    return renderListCard(ctx, await service.listMine(actor), notice);
  }

  type Handler = (context: TurnContext, data: unknown) => Promise<AdaptiveCardJson | string>;

  const handlers: Record<UpdatesVerbName, Handler> = {
    compose: async (context) => {
      await publisherActor(context);
      return renderComposeCard(ctx, {});
    },
    save: async (context, data) => {
      const actor = await publisherActor(context);
      const post = await saveFromForm(actor, data);
      return renderComposeCard(ctx, { post, notice: t.notices.saved });
    },
    preview: async (context, data) => {
      const actor = await publisherActor(context);
      const post = hasForm(data)
        ? await saveFromForm(actor, data)
        : await service.getOwn(actor, parse(refSchema, data).postId);
      if (post.status === 'published' || post.status === 'retracted') {
        return authorOrReaderCard(actor, await service.view(actor, post.id));
      }
      return renderPostCard(ctx, post, { mode: 'preview', ackCount: 0 });
    },
    publish: async (context, data) => {
      const actor = await publisherActor(context);
      let ref: { postId: string; version: number };
      if (hasForm(data)) {
        const saved = await saveFromForm(actor, data);
        ref = { postId: saved.id, version: saved.version };
      } else {
        ref = parse(versionedRefSchema, data);
      }
      const { post } = await service.publish(actor, ref.postId, ref.version);
      const actions = [
        { title: t.post.refresh, verb: UPDATES_VERBS.refresh, postId: post.id },
        { title: t.compose.myUpdates, verb: UPDATES_VERBS.list },
      ];
      if (post.status === 'scheduled') {
        return renderNoticeCard(
          post.title,
          t.notices.scheduled(formatDanishDateTime(post.sendAt ?? post.updatedAt)),
          actions,
        );
      }
      return renderNoticeCard(post.title, t.notices.published(post.audienceIds.length), actions);
    },
    open: async (context, data) => {
      const actor = await publisherActor(context);
      const post = await service.getOwn(actor, parse(refSchema, data).postId);
      if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
      return renderComposeCard(ctx, { post });
    },
    delete: async (context, data) => {
      const actor = await publisherActor(context);
      const ref = parse(versionedRefSchema, data);
      await service.deleteDraft(actor, ref.postId, ref.version);
      return listCard(actor, t.notices.deleted);
    },
    list: async (context) => listCard(await publisherActor(context)),
    saveEdit: async (context, data) => {
      const actor = await publisherActor(context);
      const ref = parse(versionedRefSchema, data);
      const content = contentOf({ ...formValues(data), sendDate: '', sendTime: '' });
      const { post } = await service.editPublished(actor, ref.postId, ref.version, content);
      return authorOrReaderCard(actor, await service.view(actor, post.id), t.notices.edited);
    },
    retract: async (context, data) => {
      const actor = await publisherActor(context);
      const ref = parse(versionedRefSchema, data);
      const post = await service.getOwn(actor, ref.postId);
      if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
      if (post.version !== ref.version) throw new UpdateRuleError('STALE_VERSION');
      return renderNoticeCard(
        t.confirmRetract.title,
        t.confirmRetract.text(post.title, post.audienceIds.length),
        [
          {
            title: t.confirmRetract.confirm,
            verb: UPDATES_VERBS.retractConfirm,
            style: 'destructive',
            postId: post.id,
            version: post.version,
          },
          { title: t.confirmRetract.cancel, verb: UPDATES_VERBS.refresh, postId: post.id },
        ],
      );
    },
    retractConfirm: async (context, data) => {
      const actor = await publisherActor(context);
      const ref = parse(versionedRefSchema, data);
      const { post } = await service.retract(actor, ref.postId, ref.version);
      return authorOrReaderCard(actor, await service.view(actor, post.id), t.notices.retracted);
    },
    ack: async (context, data) => {
      const actor = await actorOf(context, false);
      const result = await service.acknowledge(actor, parse(refSchema, data).postId);
      return authorOrReaderCard(actor, result);
    },
    refresh: async (context, data) => {
      const actor = await actorOf(context, true);
      return authorOrReaderCard(actor, await service.view(actor, parse(refSchema, data).postId));
    },
    resend: async (context, data) => {
      const actor = await publisherActor(context);
      const postId = parse(refSchema, data).postId;
      const { channels } = await service.resendUnconfirmed(actor, postId);
      return authorOrReaderCard(actor, await service.view(actor, postId), t.notices.resent(channels));
    },
    export: async (context, data) => {
      const actor = await publisherActor(context);
      const ref = parse(exportSchema, data);
      const { post, csv, count } = await service.exportAcknowledgements(actor, ref.postId, t.export.headers);
      return renderExportCard(ctx, post, csv, count, ref.page ?? 1);
    },
  };

  /** Runs a verb; broken rules and bad data become Danish messages and change nothing. */
  async function run(
    verb: UpdatesVerbName,
    context: TurnContext,
    data: unknown,
  ): Promise<AdaptiveCardJson | string> {
    const logger = turnLogger(context, deps.logger);
    try {
      if (containsCprInValue(data) && hasForm(data)) {
        // Never stored, never echoed: the form returns without the field that held it.
        logger.info('updates action refused', { verb, reason: 'cpr' });
        return renderComposeCard(ctx, {
          values: withoutCpr(parse(formSchema, data)),
          error: t.errors.CPR_IN_CONTENT,
          ...(await draftOf(context, data)),
        });
      }
      const result = await handlers[verb](context, data);
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
          return renderComposeCard(ctx, {
            values: withoutCpr(parse(formSchema, data)),
            error: errorText(error),
            ...(await draftOf(context, data)),
          });
        }
        return errorText(error);
      }
      if (error instanceof StorageUnavailableError) {
        logger.warn('updates action failed', { verb, reason: 'storage' });
        return common.storageUnavailable;
      }
      throw error;
    }
  }

  /** The stored draft behind a form, so the returned form keeps its id and version. */
  async function draftOf(context: TurnContext, data: unknown): Promise<{ post?: KnowledgePost }> {
    const ref = maybeNewRefSchema.safeParse(data);
    if (!ref.success || !ref.data.postId) return {};
    try {
      return { post: await service.getOwn(await actorOf(context, true), ref.data.postId) };
    } catch {
      return {};
    }
  }

  async function onMessage(context: TurnContext, incoming: IncomingText): Promise<void> {
    const logger = incoming.logger;
    if (conversationKind(context) !== 'personal') {
      await context.sendActivity(t.refusals.personalOnly);
      return;
    }
    if (containsCpr(incoming.argument)) {
      await context.sendActivity(common.cprRefused);
      return;
    }
    try {
      const actor = await actorOf(context, true);
      if (!service.publisherFor(actor)) {
        logger.info('videndeling refused', { reason: 'notPublisher' });
        await context.sendActivity(t.refusals.notPublisher);
        return;
      }
      const wantsList = /^(mine|kladder|liste|list|my)\b/i.test(incoming.argument);
      const card = wantsList
        ? await listCard(actor)
        : renderComposeCard(ctx, { values: { title: incoming.argument.slice(0, MAX_TITLE_CHARS) } });
      await context.sendActivity({
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      });
      logger.info('videndeling card sent', { card: wantsList ? 'list' : 'compose' });
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        await context.sendActivity(common.storageUnavailable);
        return;
      }
      throw error;
    }
  }

  return {
    id: 'knowledgeUpdates',
    onMessage,
    registerRoutes(app: Application<TurnState>): void {
      for (const name of Object.keys(UPDATES_VERBS) as UpdatesVerbName[]) {
        app.adaptiveCards.actionExecute(
          UPDATES_VERBS[name],
          // Every answer is this user's own view; shared channel copies change only through the
          // service, which renders them with the reader-neutral channel card.
          (context, _state, data) => answerForThisUser(context, run(name, context, data)),
        );
      }
    },
  };
}

/** Verbs this capability registers (a test compares them with the templates). */
export const KNOWLEDGE_UPDATES_HANDLED_VERBS = Object.values(UPDATES_VERBS);
