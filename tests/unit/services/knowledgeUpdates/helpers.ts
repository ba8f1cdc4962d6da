import type { KnowledgePost } from '@src/domain/updates';
import type { DeliveryReport, UpdateCardRenderer } from '@src/services/knowledgeUpdates';

export { ManualClock as TestClock, silentLogger } from '@tests/helpers/fakes';

/** A plain renderer: the service only needs some card per post and count. */
export const plainRenderer: UpdateCardRenderer = {
  channelCard: (post: KnowledgePost, ackCount: number) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `${post.title} v${post.version} (${ackCount})` }],
  }),
  withdrawnCard: (post: KnowledgePost) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `trukket tilbage ${post.id}` }],
  }),
  deliveryReportCard: (post: KnowledgePost, report: DeliveryReport) => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        text: `rapport ${post.id}: ${report.delivered.length}/${report.total}; fejl: ${report.failed.map((f) => f.audienceId).join(',')}`,
      },
    ],
  }),
};
