/**
 * The update itself, as each audience sees it (the channel copy, a reader's own view, the
 * author's view with delivery and acknowledgements, the preview), and the card that replaces it
 * when the author retracts it.
 */
import type { CardTemplates } from '../shared/cardTemplates';
import { isHttpsUrl, sanitiseQuotedMarkdown } from '../../../domain/text/quotedMarkdown';
import {
  formatDanishDate,
  formatDanishDateTime,
  themeLabel,
  type Acknowledgement,
  type KnowledgePost,
} from '../../../domain/updates';
import type { DeliveryReport } from '../../../services/knowledgeUpdates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { withOverflowMenu } from '../shared/overflowMenu';
import { labelsOf, type UpdatesCardContext } from './cardLabels';
import postTemplate from './postCard.json';
import { UPDATES_VERBS } from './verbs';
import withdrawnTemplate from './withdrawnCard.json';

/** At most this many acknowledgers on the author's card (the export has them all). */
export const MAX_ACKNOWLEDGERS_ON_CARD = 40;

export type PostCardMode = 'channel' | 'reader' | 'author' | 'preview';

export interface PostCardView {
  readonly mode: PostCardMode;
  readonly ackCount: number;
  readonly myAcknowledgement?: Acknowledgement;
  readonly acknowledgements?: readonly Acknowledgement[];
  readonly delivery?: DeliveryReport;
  /** A short message above the author section (e.g. "Ændringerne er gemt"). */
  readonly note?: string;
}

/** How far delivery has come, and what went wrong, in the reader's language. */
export function deliveryTexts(
  ctx: UpdatesCardContext,
  post: KnowledgePost,
  delivery: DeliveryReport | undefined,
) {
  const t = ctx.texts.post;
  if (!delivery) return { deliveryText: t.delivery(0, post.audienceIds.length), deliveryProblemText: '' };
  const name = (id: string) => ctx.audiences.get(id)?.name ?? id;
  const problems = [
    delivery.failed.length > 0 ? t.deliveryFailed(delivery.failed.map((f) => f.name).join(', ')) : '',
    delivery.unconfirmed.length > 0 ? t.deliveryUnconfirmed(delivery.unconfirmed.map(name).join(', ')) : '',
    delivery.pending.length > 0 ? t.deliveryPending(delivery.pending.length) : '',
  ].filter((text) => text !== '');
  return {
    deliveryText: t.delivery(delivery.delivered.length, delivery.total),
    deliveryProblemText: templateSafe(problems.join(' ')),
  };
}

export function renderPostCard(
  cardTemplates: CardTemplates,
  ctx: UpdatesCardContext,
  post: KnowledgePost,
  view: PostCardView,
): AdaptiveCardJson {
  const t = ctx.texts.post;
  const published = post.status === 'published';
  const isAuthorView = view.mode === 'author';
  const acks = view.acknowledgements ?? [];
  const shown = acks.slice(0, MAX_ACKNOWLEDGERS_ON_CARD);
  const acknowledgersText =
    acks.length === 0
      ? t.nobodyYet
      : [
          ...shown.map(
            (ack) => `${ack.name ?? ack.upn ?? ack.userId} (${formatDanishDateTime(ack.acknowledgedAt)})`,
          ),
          ...(acks.length > shown.length ? [t.andMore(acks.length - shown.length)] : []),
        ].join('\n');
  const audienceNames = post.audienceIds.map((id) => ctx.audiences.get(id)?.name ?? id).join(', ');
  const card = cardTemplates.expand(postTemplate, {
    postId: post.id,
    version: post.version,
    banner: view.mode === 'preview' ? ctx.texts.post.previewBanner : '',
    title: templateSafe(sanitiseQuotedMarkdown(post.title)),
    byline: templateSafe(
      t.by(post.author.roleLabel, post.author.unit, formatDanishDate(post.publishedAt ?? post.updatedAt)),
    ),
    editedText: post.editedAt ? t.edited(formatDanishDateTime(post.editedAt)) : '',
    tagsText: post.tags.map((tag) => `#${themeLabel(tag)}`).join('  '),
    // Written by a manager and shown to every reader: HTML, scripts and non-https links removed.
    body: templateSafe(sanitiseQuotedMarkdown(post.bodyMarkdown)),
    knowledgeBaseText: post.addToKnowledgeBase ? t.inKnowledgeBase : '',
    scheduleText:
      view.mode === 'preview'
        ? post.sendAt
          ? t.scheduledFor(formatDanishDateTime(post.sendAt))
          : t.notScheduled
        : '',
    audienceText: view.mode === 'preview' || isAuthorView ? templateSafe(t.audience(audienceNames)) : '',
    countText: view.mode === 'preview' ? '' : t.count(view.ackCount),
    myAckText:
      view.mode === 'reader' && view.myAcknowledgement
        ? t.youAcknowledged(formatDanishDateTime(view.myAcknowledgement.acknowledgedAt))
        : '',
    noteText: templateSafe(view.note),
    showAck: published && (view.mode === 'channel' || (view.mode === 'reader' && !view.myAcknowledgement)),
    link:
      (view.mode === 'preview' || published) && post.link && isHttpsUrl(post.link)
        ? templateSafe(post.link)
        : '',
    showPreviewActions: view.mode === 'preview' && (post.status === 'draft' || post.status === 'scheduled'),
    showAuthorSection: isAuthorView,
    showAuthorActions: isAuthorView && published,
    showResend: isAuthorView && published && (view.delivery?.unconfirmed.length ?? 0) > 0,
    ...deliveryTexts(ctx, post, view.delivery),
    acknowledgersText: templateSafe(acknowledgersText),
    refreshUserIds: post.author.teamsUserId ? [post.author.teamsUserId] : [],
    labels: labelsOf(ctx.texts),
    verbs: UPDATES_VERBS,
  });
  // No author id (e.g. created outside Teams): refresh only on demand.
  const refresh = card.refresh as { userIds?: unknown[] } | undefined;
  if (refresh && Array.isArray(refresh.userIds) && refresh.userIds.length === 0) delete refresh.userIds;
  return withOverflowMenu(card);
}

export function renderWithdrawnCard(
  cardTemplates: CardTemplates,
  ctx: UpdatesCardContext,
  post: KnowledgePost,
): AdaptiveCardJson {
  const t = ctx.texts.withdrawn;
  return cardTemplates.expand(withdrawnTemplate, {
    heading: t.title,
    text: templateSafe(
      t.text(
        post.author.roleLabel,
        post.author.unit,
        formatDanishDateTime(post.retractedAt ?? post.updatedAt),
      ),
    ),
  });
}
