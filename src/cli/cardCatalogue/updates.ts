/** The knowledge-updates cards: compose, post in every mode, list, notices, exports and delivery reports. */
import { audiencesFromChannels, type KnowledgePost } from '../../domain/updates';
import { loadChannelDirectory } from '../../infrastructure/configFiles/channelDirectory';
import {
  renderComposeCard,
  renderExportCard,
  renderListCard,
  renderNoticeCard,
  renderPostCard,
  renderWithdrawnCard,
} from '../../teams/cards/updates/updatesCards';
import * as updatesCardModule from '../../teams/cards/updates/updatesCards';
import { UPDATES_VERBS } from '../../teams/cards/updates/verbs';
import { textsFor } from '../../teams/texts';
import { CONFIG_DIR, type CatalogueCard } from './catalogueCard';
import {
  acksCsvOf,
  cataloguePosts,
  type CataloguePosts,
  type DeliveryReport,
  type UpdatesCardContext,
} from './updatesSamples';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

export function updatesCards(): CatalogueCard[] {
  const channels = loadChannelDirectory(CONFIG_DIR);
  const audiences = audiencesFromChannels(channels);
  const ctx: UpdatesCardContext = { texts: textsFor('da').updates, audiences };
  const audienceIds = channels
    .usedFor('updates')
    .slice(0, 3)
    .map((c) => c.id)
    .join(',');
  const posts = cataloguePosts(audiences, audienceIds);
  return [
    ...composeCards(ctx, posts),
    ...postCards(ctx, posts),
    ...listAndNoticeCards(ctx, posts),
    ...exportCards(ctx, posts),
    ...deliveryReportCards(ctx, posts.published, posts.delivery),
  ];
}

function composeCards(ctx: UpdatesCardContext, { draft, published }: CataloguePosts): CatalogueCard[] {
  const compose = (name: string, options: Parameters<typeof renderComposeCard>[2]): CatalogueCard => ({
    name,
    template: 'updates/composeCard.json',
    renderer: 'renderComposeCard',
    card: renderComposeCard(cardTemplates, ctx, options),
  });
  return [
    compose('updates-compose-new', {}),
    compose('updates-compose-draft', { post: draft }),
    compose('updates-compose-error', {
      values: { title: '', bodyMarkdown: 'Tekst uden titel' },
      error: 'Skriv en titel.',
    }),
    compose('updates-compose-published-edit', {
      post: published,
      notice: 'Ændringerne sendes til alle kanaler.',
    }),
  ];
}

/** The post as its author, a reader and the channel see it, through draft, edit and retraction. */
function postCards(ctx: UpdatesCardContext, posts: CataloguePosts): CatalogueCard[] {
  const { draft, scheduled, published, edited, retracted, acks, delivery } = posts;
  const post = (
    name: string,
    p: KnowledgePost,
    view: Parameters<typeof renderPostCard>[3],
  ): CatalogueCard => ({
    name,
    template: 'updates/postCard.json',
    renderer: 'renderPostCard',
    card: renderPostCard(cardTemplates, ctx, p, view),
  });
  return [
    post('updates-post-preview-draft', draft, { mode: 'preview', ackCount: 0 }),
    post('updates-post-preview-scheduled', scheduled, { mode: 'preview', ackCount: 0 }),
    post('updates-post-channel', published, { mode: 'channel', ackCount: 12 }),
    post('updates-post-reader-not-acknowledged', published, { mode: 'reader', ackCount: 12 }),
    post('updates-post-reader-acknowledged', published, {
      mode: 'reader',
      ackCount: 13,
      myAcknowledgement: acks[0],
    }),
    post('updates-post-author-with-delivery', published, {
      mode: 'author',
      ackCount: acks.length,
      acknowledgements: acks,
      delivery,
      note: 'Opslaget er sendt.',
    }),
    post('updates-post-author-no-acks', published, { mode: 'author', ackCount: 0, acknowledgements: [] }),
    post('updates-post-edited-channel', edited, { mode: 'channel', ackCount: 3 }),
    post('updates-post-retracted-author', retracted, {
      mode: 'author',
      ackCount: 3,
      acknowledgements: acks.slice(0, 3),
    }),
    {
      name: 'updates-withdrawn',
      template: 'updates/withdrawnCard.json',
      renderer: 'renderWithdrawnCard',
      card: renderWithdrawnCard(cardTemplates, ctx, retracted),
    },
  ];
}

function listAndNoticeCards(ctx: UpdatesCardContext, posts: CataloguePosts): CatalogueCard[] {
  const { draft, scheduled, edited, retracted } = posts;
  const notice = (name: string, card: unknown): CatalogueCard => ({
    name,
    template: 'updates/noticeCard.json',
    renderer: 'renderNoticeCard',
    card: card as Record<string, unknown>,
  });
  return [
    {
      name: 'updates-list',
      template: 'updates/listCard.json',
      renderer: 'renderListCard',
      card: renderListCard(cardTemplates, ctx, [draft, scheduled, edited, retracted], 'Kladden er gemt.'),
    },
    {
      name: 'updates-list-empty',
      template: 'updates/listCard.json',
      renderer: 'renderListCard',
      card: renderListCard(cardTemplates, ctx, []),
    },
    notice(
      'updates-notice-plain',
      renderNoticeCard(
        cardTemplates,
        'Ikke tilladt',
        'Kun ledere i listen over afsendere kan sende videndeling.',
      ),
    ),
    notice(
      'updates-notice-with-actions',
      renderNoticeCard(cardTemplates, 'Slet kladden?', 'Kladden kan ikke gendannes.', [
        {
          title: 'Slet',
          verb: UPDATES_VERBS.delete,
          style: 'destructive',
          postId: draft.id,
          version: draft.version,
        },
        { title: 'Fortryd', verb: UPDATES_VERBS.list, postId: draft.id, version: draft.version },
      ]),
    ),
  ];
}

/** The acknowledgement export on one page, and paged when it is long. */
function exportCards(ctx: UpdatesCardContext, { published, acks, csv }: CataloguePosts): CatalogueCard[] {
  return [
    {
      name: 'updates-export-one-page',
      template: 'updates/exportCard.json',
      renderer: 'renderExportCard',
      card: renderExportCard(cardTemplates, ctx, published, csv, acks.length, 1),
    },
    {
      name: 'updates-export-paged',
      template: 'updates/exportCard.json',
      renderer: 'renderExportCard',
      card: renderExportCard(cardTemplates, ctx, published, acksCsvOf(400, published, csv), 400, 2),
    },
  ];
}

/**
 * The author's delivery report (a notice card). Looked up by name so this catalogue keeps compiling
 * while the updates capability evolves; the coverage test fails if an exported renderer is missing here.
 */
function deliveryReportCards(
  ctx: UpdatesCardContext,
  post: KnowledgePost,
  failed: DeliveryReport,
): CatalogueCard[] {
  const render = (updatesCardModule as Record<string, unknown>).renderDeliveryReportCard as
    | ((
        t: typeof cardTemplates,
        c: typeof ctx,
        p: KnowledgePost,
        r: typeof failed,
      ) => Record<string, unknown>)
    | undefined;
  if (!render) return [];
  const allDelivered = { ...failed, delivered: post.audienceIds, failed: [], retries: 0, throttled: 0 };
  return [
    {
      name: 'updates-delivery-report-failures',
      template: 'updates/noticeCard.json',
      renderer: 'renderDeliveryReportCard',
      card: render(cardTemplates, ctx, post, failed),
    },
    {
      name: 'updates-delivery-report-all-delivered',
      template: 'updates/noticeCard.json',
      renderer: 'renderDeliveryReportCard',
      card: render(cardTemplates, ctx, post, { ...allDelivered, total: post.audienceIds.length }),
    },
  ];
}
