/**
 * The knowledge updates' Adaptive Cards, each rendered by its own module from its JSON template;
 * this module is their one entry for the Teams layer, and gives the service its renderer.
 */
import type { CardTemplates } from '../shared/cardTemplates';
import type { UpdateCardRenderer } from '../../../services/knowledgeUpdates';
import type { UpdatesCardContext } from './cardLabels';
import { renderDeliveryReportCard } from './noticeCards';
import { renderPostCard, renderWithdrawnCard } from './postCards';

export type { AdaptiveCardJson } from '../shared/expandTemplate';
export type { UpdatesCardContext } from './cardLabels';
export {
  composeValuesOf,
  MAX_EXPANDED_AUDIENCES,
  renderComposeCard,
  type ComposeValues,
} from './composeForm';
export { EXPORT_ROWS_PER_PAGE, renderExportCard, renderListCard } from './listCards';
export { renderDeliveryReportCard, renderNoticeCard, type NoticeAction } from './noticeCards';
export {
  MAX_ACKNOWLEDGERS_ON_CARD,
  renderPostCard,
  renderWithdrawnCard,
  type PostCardMode,
  type PostCardView,
} from './postCards';

/** The renderer the service uses for channel copies and the author's delivery report. */
export function createUpdateCardRenderer(
  cardTemplates: CardTemplates,
  ctx: UpdatesCardContext,
): UpdateCardRenderer {
  return {
    channelCard: (post, ackCount) => renderPostCard(cardTemplates, ctx, post, { mode: 'channel', ackCount }),
    withdrawnCard: (post) => renderWithdrawnCard(cardTemplates, ctx, post),
    deliveryReportCard: (post, report) => renderDeliveryReportCard(cardTemplates, ctx, post, report),
  };
}
