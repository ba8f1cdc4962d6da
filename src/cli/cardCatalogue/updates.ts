/** The knowledge-updates cards: compose, post in every mode, list, notices, exports and delivery reports. */
import {
  acknowledgementsCsv,
  audiencesFromChannels,
  createDraft,
  editPublished,
  publishOrSchedule,
  retract,
  validatePostContent,
  type Acknowledgement,
  type KnowledgePost,
  type PostContentInput,
} from '../../domain/updates';
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
import { CATALOGUE_NOW, CONFIG_DIR, type CatalogueCard } from './catalogueCard';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

type UpdatesCardContext = Parameters<typeof renderPostCard>[1];
type DeliveryReport = Parameters<typeof renderPostCard>[3]['delivery'] & object;

/** One fictitious update through its life, with the acknowledgements and delivery it collected. */
interface CataloguePosts {
  readonly draft: KnowledgePost;
  readonly scheduled: KnowledgePost;
  readonly published: KnowledgePost;
  readonly edited: KnowledgePost;
  readonly retracted: KnowledgePost;
  readonly acks: readonly Acknowledgement[];
  readonly delivery: DeliveryReport;
  /** The acknowledgements as the author exports them. */
  readonly csv: string;
}

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

function cataloguePosts(audiences: UpdatesCardContext['audiences'], audienceIds: string): CataloguePosts {
  const now = CATALOGUE_NOW;
  const input = (overrides: Partial<PostContentInput> = {}): PostContentInput => ({
    title: 'Ny praksis for overlevering mellem dagtilbud og skole',
    bodyMarkdown:
      'Fra januar bruger alle dagtilbud og skoler **samme overleveringsskema**.\n\n- Aftal mødet senest i marts\n- Forældrene deltager altid\n- PPR inviteres ved særlige behov',
    tags: 'leg-og-laering,faellesskaber',
    audienceIds,
    link: 'https://www.herning.dk/',
    addToKnowledgeBase: 'true',
    ...overrides,
  });
  const author = {
    id: '7c2d1e0f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
    teamsUserId: '29:leder',
    role: 'skoleleder' as const,
    roleLabel: 'Skoleleder',
    unit: 'Lind Skole',
  };
  const draft = createDraft('opd-1', author, validatePostContent(input(), { audiences, now }), now);
  const scheduledDraft = createDraft(
    'opd-2',
    author,
    validatePostContent(input({ sendAt: '2026-11-25T07:30:00+01:00' } as never), { audiences, now }),
    now,
  );
  const scheduled = publishOrSchedule(scheduledDraft, scheduledDraft.version, now);
  const published = publishOrSchedule(draft, draft.version, now);
  const edited = editPublished(
    published,
    published.version,
    validatePostContent(input({ title: 'Ny praksis for overlevering (opdateret)' }), {
      audiences,
      now,
      checkSendTime: false,
    }),
    new Date(now.getTime() + 3_600_000),
  );
  const retracted = retract(edited, edited.version, new Date(now.getTime() + 7_200_000));
  const acks = sampleAcknowledgements(published, 46);
  const delivery = {
    postId: published.id,
    total: 3,
    delivered: published.audienceIds.slice(0, 2),
    failed: [{ audienceId: published.audienceIds[2] ?? 'x', name: 'Skoler', reason: 'http-403' }],
    unconfirmed: [],
    pending: [],
    retries: 2,
    throttled: 1,
  };
  const csv = acknowledgementsCsv(
    acks,
    { name: 'Navn', upn: 'UPN', time: 'Tidspunkt', version: 'Version' },
    (iso) => iso,
  );
  return { draft, scheduled, published, edited, retracted, acks, delivery, csv };
}

function sampleAcknowledgements(post: KnowledgePost, count: number): Acknowledgement[] {
  return Array.from({ length: count }, (_, i) => ({
    postId: post.id,
    userId: `8d3e2f10-4b5c-4d6e-9f70-8192a3b4c${String(i).padStart(3, '0')}`,
    name: `Medarbejder ${i + 1}`,
    upn: `medarbejder${i + 1}@herning.example`,
    acknowledgedAt: new Date(CATALOGUE_NOW.getTime() + (i + 1) * 60_000).toISOString(),
    postVersion: post.version,
  }));
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

function acksCsvOf(count: number, post: KnowledgePost, sample: string): string {
  const [header] = sample.split('\r\n');
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `Medarbejder ${i + 1},m${i + 1}@herning.example,2026-11-24 10:${String(i % 60).padStart(2, '0')},${post.version}`,
  );
  return [header, ...rows].join('\r\n');
}
