/** Short notices with optional buttons, and the delivery report sent to the author when a run ends. */
import type { CardTemplates } from '../shared/cardTemplates';
import { sanitiseQuotedMarkdown } from '../../../domain/text/quotedMarkdown';
import type { KnowledgePost } from '../../../domain/updates';
import type { DeliveryReport } from '../../../services/knowledgeUpdates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import type { UpdatesCardContext } from './cardLabels';
import noticeTemplate from './noticeCard.json';
import { deliveryTexts } from './postCards';
import { UPDATES_VERBS } from './verbs';

export interface NoticeAction {
  readonly title: string;
  readonly verb: string;
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly postId?: string;
  readonly version?: number;
}

export function renderNoticeCard(
  cardTemplates: CardTemplates,
  heading: string,
  text: string,
  actions: readonly NoticeAction[] = [],
): AdaptiveCardJson {
  const card = cardTemplates.expand(noticeTemplate, {
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

/** Sent to the author's 1:1 chat when a delivery run has ended. */
export function renderDeliveryReportCard(
  cardTemplates: CardTemplates,
  ctx: UpdatesCardContext,
  post: KnowledgePost,
  report: DeliveryReport,
): AdaptiveCardJson {
  const t = ctx.texts;
  const { deliveryText, deliveryProblemText } = deliveryTexts(ctx, post, report);
  const allDelivered = report.delivered.length === report.total;
  return renderNoticeCard(
    cardTemplates,
    t.report.title(post.title),
    allDelivered ? t.report.allDelivered(report.total) : [deliveryText, deliveryProblemText].join(' ').trim(),
    [{ title: t.report.show, verb: UPDATES_VERBS.refresh, postId: post.id }],
  );
}
