/** The fictitious update the knowledge-updates cards of the catalogue show: its life, acknowledgements and delivery. */
import {
  acknowledgementsCsv,
  createDraft,
  editPublished,
  publishOrSchedule,
  retract,
  validatePostContent,
  type Acknowledgement,
  type KnowledgePost,
  type PostContentInput,
} from '../../domain/updates';
import type { renderPostCard } from '../../teams/cards/updates/updatesCards';
import { CATALOGUE_NOW } from './catalogueCard';

export type UpdatesCardContext = Parameters<typeof renderPostCard>[1];
export type DeliveryReport = Parameters<typeof renderPostCard>[3]['delivery'] & object;

/** One fictitious update through its life, with the acknowledgements and delivery it collected. */
export interface CataloguePosts {
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

export function cataloguePosts(
  audiences: UpdatesCardContext['audiences'],
  audienceIds: string,
): CataloguePosts {
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

/** An export of `count` acknowledgements, with the header of the sample export. */
export function acksCsvOf(count: number, post: KnowledgePost, sample: string): string {
  const [header] = sample.split('\r\n');
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `Medarbejder ${i + 1},m${i + 1}@herning.example,2026-11-24 10:${String(i % 60).padStart(2, '0')},${post.version}`,
  );
  return [header, ...rows].join('\r\n');
}
