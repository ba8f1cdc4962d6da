/** The author's list of their updates, and the acknowledgement export a page at a time. */
import type { CardTemplates } from '../shared/cardTemplates';
import { sanitiseQuotedMarkdown } from '../../../domain/text/quotedMarkdown';
import { formatDanishDateTime, type KnowledgePost } from '../../../domain/updates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { labelsOf, type UpdatesCardContext } from './cardLabels';
import exportTemplate from './exportCard.json';
import listTemplate from './listCard.json';
import { UPDATES_VERBS } from './verbs';

/** Rows of CSV per export page: keeps the card far below Teams' ~28 KB. */
export const EXPORT_ROWS_PER_PAGE = 150;

export function renderListCard(
  cardTemplates: CardTemplates,
  ctx: UpdatesCardContext,
  posts: readonly KnowledgePost[],
  notice?: string,
): AdaptiveCardJson {
  const t = ctx.texts.list;
  return cardTemplates.expand(listTemplate, {
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

/** One page of the CSV (header line repeated on every page). */
export function renderExportCard(
  cardTemplates: CardTemplates,
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
  return cardTemplates.expand(exportTemplate, {
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
