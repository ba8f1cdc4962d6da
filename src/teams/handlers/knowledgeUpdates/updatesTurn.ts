import type { CardTemplates } from '../../cards/shared/cardTemplates';
import { displayNameWithoutCpr } from '../../../domain/privacy/cpr';
import {
  MAX_BODY_BYTES,
  MAX_TITLE_CHARS,
  UpdateRuleError,
  type KnowledgePost,
} from '../../../domain/updates';
import type { UpdatesActor, KnowledgeUpdatesService, PostView } from '../../../services/knowledgeUpdates';
import {
  renderListCard,
  renderPostCard,
  renderWithdrawnCard,
  type AdaptiveCardJson,
  type UpdatesCardContext,
} from '../../cards/updates/updatesCards';
import type { Texts } from '../../texts/da';
import type { Turn } from '../../turn/turn';
import { contentOf, formValues, InvalidCardData, maybeNewRefSchema, parse } from './forms';

/** What every updates verb works with: the service, the card context and how to find a UPN. */
export interface UpdatesEnv {
  readonly service: KnowledgeUpdatesService;
  readonly ctx: UpdatesCardContext;
  readonly cardTemplates: CardTemplates;
  readonly t: Texts['updates'];
  readonly resolveUpn: (turn: Turn) => Promise<string | undefined>;
}

/** The caller; `withUpn` looks the UPN up when the object id alone does not make a publisher. */
export async function actorOf(env: UpdatesEnv, turn: Turn, withUpn: boolean): Promise<UpdatesActor> {
  const activity = turn.activity;
  const from = activity.from;
  const aadObjectId = from.aadObjectId;
  const id = aadObjectId ?? from.id;
  if (!id) throw new InvalidCardData();
  const tenantId = activity.conversation.tenantId;
  // A CPR number in a display name is never stored with an acknowledgement.
  const displayName = displayNameWithoutCpr(from.name);
  const actor: UpdatesActor = {
    id,
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(from.id ? { teamsUserId: from.id } : {}),
    ...(displayName ? { displayName } : {}),
    ...(activity.conversation.kind === 'personal' && activity.serviceUrl && activity.conversation.id
      ? {
          replyAddress: {
            serviceUrl: activity.serviceUrl,
            conversationId: activity.conversation.id,
            ...(tenantId ? { tenantId } : {}),
          },
        }
      : {}),
  };
  if (withUpn && !env.service.publisherFor(actor) && env.service.publishersIncludeUpns()) {
    const upn = await env.resolveUpn(turn);
    if (upn) return { ...actor, upn };
  }
  return actor;
}

/** The caller, refused unless publishers.yaml lists them. */
export async function publisherActor(env: UpdatesEnv, turn: Turn): Promise<UpdatesActor> {
  const actor = await actorOf(env, turn, true);
  if (!env.service.publisherFor(actor)) throw new UpdateRuleError('NOT_PUBLISHER');
  return actor;
}

/** A broken rule as the Danish message the user sees. */
export function errorText(t: Texts['updates'], error: UpdateRuleError): string {
  switch (error.code) {
    case 'TITLE_TOO_LONG':
      return t.errors.TITLE_TOO_LONG(MAX_TITLE_CHARS);
    case 'BODY_TOO_LARGE':
      return t.errors.BODY_TOO_LARGE(Math.floor(MAX_BODY_BYTES / 1024));
    default:
      return t.errors[error.code];
  }
}

/** Creates or saves the draft from the form in `data`; returns the stored post. */
export async function saveFromForm(
  env: UpdatesEnv,
  actor: UpdatesActor,
  data: unknown,
): Promise<KnowledgePost> {
  const ref = parse(maybeNewRefSchema, data);
  const content = contentOf(formValues(data));
  if (!ref.postId) return env.service.createDraft(actor, content);
  if (ref.version === undefined) throw new InvalidCardData();
  return env.service.saveDraft(actor, ref.postId, ref.version, content);
}

/** The card this user sees of a post: the author's (preview or with who read it), or a reader's. */
export function authorOrReaderCard(env: UpdatesEnv, view: PostView, note?: string): AdaptiveCardJson {
  const { ctx } = env;
  const post = view.post;
  if (view.isAuthor) {
    if (post.status === 'draft' || post.status === 'scheduled') {
      return renderPostCard(env.cardTemplates, ctx, post, {
        mode: 'preview',
        ackCount: 0,
        ...(note ? { note } : {}),
      });
    }
    return renderPostCard(env.cardTemplates, ctx, post, {
      mode: 'author',
      ackCount: view.ackCount,
      acknowledgements: view.acknowledgements ?? [],
      ...(view.delivery ? { delivery: view.delivery } : {}),
      ...(note ? { note } : {}),
    });
  }
  if (post.status === 'retracted') return renderWithdrawnCard(env.cardTemplates, ctx, post);
  if (post.status !== 'published') throw new UpdateRuleError('NOT_PUBLISHED');
  return renderPostCard(env.cardTemplates, ctx, post, {
    mode: 'reader',
    ackCount: view.ackCount,
    ...(view.myAcknowledgement ? { myAcknowledgement: view.myAcknowledgement } : {}),
    ...(note ? { note } : {}),
  });
}

export async function listCard(
  env: UpdatesEnv,
  actor: UpdatesActor,
  notice?: string,
): Promise<AdaptiveCardJson> {
  return renderListCard(env.cardTemplates, env.ctx, await env.service.listMine(actor), notice);
}
