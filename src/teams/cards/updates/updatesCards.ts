import { isHttpsUrl, sanitiseQuotedMarkdown } from '../../../domain/text/quotedMarkdown';
import { expandCard, templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { withOverflowMenu } from '../shared/overflowMenu';
import {
  formatDanishDate,
  formatDanishDateTime,
  isoToLocal,
  MAX_BODY_BYTES,
  MAX_TITLE_CHARS,
  THEME_TAGS,
  themeLabel,
  type Acknowledgement,
  type AudienceDirectory,
  type KnowledgePost,
} from '../../../domain/updates';
import type { DeliveryReport, UpdateCardRenderer } from '../../../services/knowledgeUpdates';
import type { Texts } from '../../texts';
import composeTemplate from './composeCard.json';
import exportTemplate from './exportCard.json';
import listTemplate from './listCard.json';
import noticeTemplate from './noticeCard.json';
import postTemplate from './postCard.json';
import { UPDATES_VERBS } from './verbs';
import withdrawnTemplate from './withdrawnCard.json';

export type { AdaptiveCardJson };
type UpdatesTexts = Texts['updates'];

export interface UpdatesCardContext {
  readonly texts: UpdatesTexts;
  readonly audiences: AudienceDirectory;
}

/** Up to this many channels the form shows check boxes, above it a compact multi-select list. */
export const MAX_EXPANDED_AUDIENCES = 12;
/** At most this many acknowledgers on the author's card (the export has them all). */
export const MAX_ACKNOWLEDGERS_ON_CARD = 40;
/** Rows of CSV per export page: keeps the card far below Teams' ~28 KB. */
export const EXPORT_ROWS_PER_PAGE = 150;
function labelsOf(t: UpdatesTexts) {
  return {
    title: t.compose.titleLabel,
    titlePlaceholder: t.compose.titlePlaceholder,
    titleRequired: t.compose.titleRequired,
    body: t.compose.bodyLabel,
    bodyPlaceholder: t.compose.bodyPlaceholder,
    bodyRequired: t.compose.bodyRequired,
    tags: t.compose.tagsLabel,
    audience: t.compose.audienceLabel,
    audienceRequired: t.compose.audienceRequired,
    link: t.compose.linkLabel,
    linkPlaceholder: t.compose.linkPlaceholder,
    knowledgeBaseHeading: t.compose.knowledgeBaseHeading,
    knowledgeBase: t.compose.knowledgeBaseLabel,
    sendTime: t.compose.sendTimeLabel,
    sendDateField: t.compose.sendDateField,
    sendClockField: t.compose.sendClockField,
    save: t.compose.save,
    preview: t.compose.preview,
    publish: t.compose.publish,
    saveEdit: t.compose.saveEdit,
    myUpdates: t.compose.myUpdates,
    acknowledge: t.post.acknowledge,
    readMore: t.post.readMore,
    authorOnly: t.post.authorOnly,
    whoAcknowledged: t.post.whoAcknowledged,
    export: t.post.export,
    edit: t.post.edit,
    retract: t.post.retract,
    refresh: t.post.refresh,
    resend: t.post.resend,
    more: t.post.more,
    delete: t.post.delete,
    open: t.list.open,
    newUpdate: t.list.newUpdate,
    next: t.export.next,
    back: t.export.back,
  };
}

/** What the compose form shows; raw strings as the user typed them. */
export interface ComposeValues {
  readonly title?: string;
  readonly bodyMarkdown?: string;
  readonly tags?: string;
  readonly audienceIds?: string;
  readonly link?: string;
  readonly addToKnowledgeBase?: string;
  readonly sendDate?: string;
  readonly sendTime?: string;
}

export function composeValuesOf(post: KnowledgePost): ComposeValues {
  const local = post.sendAt ? isoToLocal(post.sendAt) : undefined;
  return {
    title: post.title,
    bodyMarkdown: post.bodyMarkdown,
    tags: post.tags.join(','),
    audienceIds: post.audienceIds.join(','),
    link: post.link ?? '',
    addToKnowledgeBase: post.addToKnowledgeBase ? 'true' : 'false',
    sendDate: local?.date ?? '',
    sendTime: local?.time ?? '',
  };
}

export function renderComposeCard(
  ctx: UpdatesCardContext,
  options: { post?: KnowledgePost; values?: ComposeValues; error?: string; notice?: string },
): AdaptiveCardJson {
  const t = ctx.texts;
  const post = options.post;
  const mode = post && (post.status === 'published' || post.status === 'retracted') ? 'published' : 'draft';
  const values = options.values ?? (post ? composeValuesOf(post) : {});
  const audienceNames = (post?.audienceIds ?? []).map((id) => ctx.audiences.get(id)?.name ?? id).join(', ');
  const card = expandCard(composeTemplate, {
    heading:
      mode === 'published' ? t.compose.titlePublishedEdit : post ? t.compose.titleEdit : t.compose.titleNew,
    intro: mode === 'published' ? t.compose.publishedEditNote : t.compose.intro,
    error: templateSafe(options.error),
    notice: templateSafe(options.notice),
    mode,
    postId: post?.id ?? '',
    version: post?.version ?? 0,
    values: {
      title: templateSafe(values.title),
      bodyMarkdown: templateSafe(values.bodyMarkdown),
      tags: templateSafe(values.tags),
      audienceIds: templateSafe(values.audienceIds),
      link: templateSafe(values.link),
      addToKnowledgeBase: values.addToKnowledgeBase === 'true' ? 'true' : 'false',
      sendDate: templateSafe(values.sendDate),
      sendTime: templateSafe(values.sendTime),
    },
    limits: { title: MAX_TITLE_CHARS, body: MAX_BODY_BYTES },
    tagChoices: THEME_TAGS.map((tag) => ({ title: tag.label, value: tag.id })),
    audienceChoices: ctx.audiences
      .list()
      .map((audience) => ({ title: templateSafe(audience.name), value: audience.id })),
    // Check boxes for a handful of channels; a compact multi-select list for many.
    audienceStyle: ctx.audiences.list().length <= MAX_EXPANDED_AUDIENCES ? 'expanded' : 'compact',
    audienceFixedText: templateSafe(t.compose.audienceFixed(audienceNames)),
    labels: labelsOf(t),
    verbs: UPDATES_VERBS,
  });
  return withOverflowMenu(card);
}

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

function deliveryTexts(ctx: UpdatesCardContext, post: KnowledgePost, delivery: DeliveryReport | undefined) {
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
  const card = expandCard(postTemplate, {
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

export function renderWithdrawnCard(ctx: UpdatesCardContext, post: KnowledgePost): AdaptiveCardJson {
  const t = ctx.texts.withdrawn;
  return expandCard(withdrawnTemplate, {
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

export function renderListCard(
  ctx: UpdatesCardContext,
  posts: readonly KnowledgePost[],
  notice?: string,
): AdaptiveCardJson {
  const t = ctx.texts.list;
  return expandCard(listTemplate, {
    heading: t.title,
    notice: templateSafe(notice),
    emptyText: t.empty,
    items: posts.map((post) => ({
      postId: post.id,
      title: templateSafe(sanitiseQuotedMarkdown(post.title)),
      line: t.line(
        t.status[post.status],
        formatDanishDateTime(
          post.status === 'scheduled' && post.sendAt
            ? post.sendAt
            : (post.retractedAt ?? post.publishedAt ?? post.updatedAt),
        ),
      ),
      verb:
        post.status === 'draft' || post.status === 'scheduled'
          ? UPDATES_VERBS.preview
          : UPDATES_VERBS.refresh,
    })),
    labels: labelsOf(ctx.texts),
    verbs: UPDATES_VERBS,
  });
}

export interface NoticeAction {
  readonly title: string;
  readonly verb: string;
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly postId?: string;
  readonly version?: number;
}

export function renderNoticeCard(
  heading: string,
  text: string,
  actions: readonly NoticeAction[] = [],
): AdaptiveCardJson {
  const card = expandCard(noticeTemplate, {
    // Headings and texts here quote update titles.
    heading: templateSafe(sanitiseQuotedMarkdown(heading)),
    text: templateSafe(sanitiseQuotedMarkdown(text)),
    actions: actions.map((action) => ({
      title: action.title,
      verb: action.verb,
      style: action.style ?? 'default',
      postId: action.postId ?? '',
      version: action.version ?? 0,
    })),
  });
  if (Array.isArray(card.actions) && card.actions.length === 0) delete card.actions;
  return card;
}

/** One page of the CSV (header line repeated on every page). */
export function renderExportCard(
  ctx: UpdatesCardContext,
  post: KnowledgePost,
  csv: string,
  count: number,
  requestedPage: number,
): AdaptiveCardJson {
  const t = ctx.texts.export;
  const [header, ...rows] = csv.split('\r\n');
  const pages = Math.max(1, Math.ceil(rows.length / EXPORT_ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pages);
  const slice = rows.slice((page - 1) * EXPORT_ROWS_PER_PAGE, page * EXPORT_ROWS_PER_PAGE);
  return expandCard(exportTemplate, {
    postId: post.id,
    heading: templateSafe(t.title(sanitiseQuotedMarkdown(post.title))),
    summary: t.summary(count),
    howTo: t.howTo,
    pageText: pages > 1 ? t.page(page, pages) : '',
    csv: templateSafe([header, ...slice].join('\n')),
    hasNext: page < pages,
    nextPage: page + 1,
    labels: labelsOf(ctx.texts),
    verbs: UPDATES_VERBS,
  });
}

/** Sent to the author's 1:1 chat when a delivery run has ended. */
export function renderDeliveryReportCard(
  ctx: UpdatesCardContext,
  post: KnowledgePost,
  report: DeliveryReport,
): AdaptiveCardJson {
  const t = ctx.texts;
  const { deliveryText, deliveryProblemText } = deliveryTexts(ctx, post, report);
  const allDelivered = report.delivered.length === report.total;
  return renderNoticeCard(
    t.report.title(post.title),
    allDelivered ? t.report.allDelivered(report.total) : [deliveryText, deliveryProblemText].join(' ').trim(),
    [{ title: t.report.show, verb: UPDATES_VERBS.refresh, postId: post.id }],
  );
}

/** The renderer the service uses for channel copies and the author's delivery report. */
export function createUpdateCardRenderer(ctx: UpdatesCardContext): UpdateCardRenderer {
  return {
    channelCard: (post, ackCount) => renderPostCard(ctx, post, { mode: 'channel', ackCount }),
    withdrawnCard: (post) => renderWithdrawnCard(ctx, post),
    deliveryReportCard: (post, report) => renderDeliveryReportCard(ctx, post, report),
  };
}
