/**
 * Realistic data for the Overblik tab, written through the same services the bot uses (threads,
 * tasks) or in the stored shapes (posts, acknowledgements, feedback, weekly counts): used by the
 * tab's browser tests, its HTTP tests and `npm run bench`.
 */
import { danishDateOf } from '../domain/threads/time';
import { formatCaseReference } from '../domain/threads/caseReference';
import { DEFAULT_REMINDER_POLICY } from '../domain/threads/reminders';
import type { Acknowledgement, KnowledgePost } from '../domain/updates';
import { isoWeekOf } from '../domain/overview/counts';
import { loadRoleDirectory } from '../infrastructure/configFiles/roleDirectory';
import type { Clock } from '../ports/clock';
import type { Storage } from '../ports/storage';
import type { CoordinationService } from '../services/coordination/coordinationService';
import { FEEDBACK_COLLECTION, type FeedbackEntry } from '../services/feedback/feedbackService';
import { ACKS, POSTS } from '../services/knowledgeUpdates/records';
import { USAGE_COLLECTION } from '../services/overview/usageCounter';
import { createBenchCoordinationService } from './benchSeeding';

/** The example publisher, knowledge owner and manager of config/ (also the default development identity). */
export const TAB_USER = '00000000-0000-4000-8000-0000000000a1';
/** A colleague with cases of their own that TAB_USER must never see. */
export const OTHER_USER = '00000000-0000-4000-8000-0000000000b2';
/** Neither publisher, knowledge owner nor manager. */
export const PLAIN_USER = '00000000-0000-4000-8000-0000000000b3';

/** A title as long as a task title may be, one unbroken word in it, and right-to-left text. */
export const LONG_TITLE =
  `Indhent udtalelse fra PPR om sprogvurderingen ${'Sprogudviklingsvurderingsopfølgningsmøde'.repeat(3)} og aftal næste skridt med forældrene`.slice(
    0,
    200,
  );
export const RTL_TITLE = 'تحدث مع الأسرة عن خطة الدعم – مراجعة مع المدرسة';
export const OTHER_USERS_TASK = 'Opgave som kun kollegaen må se';

export interface TabFixtureOptions {
  readonly threads: number;
  readonly posts: number;
  readonly acknowledgementsPerPost: number;
  readonly configDir?: string;
  readonly clock?: Clock;
}

const PATHWAYS = ['skole', 'dagtilbud', 'social', 'skolestart'] as const;

export async function seedTabFixture(
  storage: Storage,
  options: TabFixtureOptions,
): Promise<{ ownThreads: number }> {
  const clock = options.clock ?? { now: () => new Date() };
  const now = clock.now();
  const coordination = createBenchCoordinationService(storage, {
    roles: loadRoleDirectory(options.configDir ?? 'config'),
    clock,
    reminderPolicy: DEFAULT_REMINDER_POLICY,
    closedThreadDays: 180,
  });
  const ownThreads = await seedThreads(coordination, options.threads, now);
  await seedPosts(storage, options, now);
  await seedFeedback(storage, now);
  await seedWeeklyUsage(storage, now);
  return { ownThreads };
}

/** Every tenth thread is TAB_USER's (as lead or participant); the rest belong to colleagues. */
async function seedThreads(coordination: CoordinationService, count: number, now: Date): Promise<number> {
  const today = danishDateOf(now);
  const dayOffset = (days: number) => danishDateOf(new Date(now.getTime() + days * 86_400_000));
  const year = Number(today.slice(0, 4));
  let ownThreads = 0;
  for (let i = 0; i < count; i++) {
    const mine = i % 10 === 0;
    const lead = mine && i % 20 === 0 ? TAB_USER : OTHER_USER;
    if (mine) ownThreads++;
    const participants = mine && lead !== TAB_USER ? [{ aadObjectId: TAB_USER, roleId: 'raadgiver' }] : [];
    const created = await coordination.createThread(
      {
        caseRef: formatCaseReference(year, i + 1),
        ageOrGrade: `${6 + (i % 9)} år`,
        pathway: PATHWAYS[i % PATHWAYS.length]!,
        summary: 'Bekymring for trivsel og fravær; aftale om fælles indsats.',
        legalBasis: 'anonymous',
        ownerRoleId: 'laerer',
        participants,
        ...(i % 3 === 0 ? { meetingDate: dayOffset(3 + (i % 7)), meetingTime: '10:00' } : {}),
        confirmNoNames: true,
      },
      { id: lead, displayName: lead === TAB_USER ? 'Lokal udvikler' : 'Kollega' },
    );
    if (created.kind !== 'created') throw new Error(`fixture thread not created: ${created.kind}`);
    let thread = created.thread;
    if (participants.length > 0) {
      const accepted = await coordination.act(
        thread.id,
        thread.version,
        { id: TAB_USER },
        { type: 'accept' },
      );
      if (accepted.kind === 'applied') thread = accepted.thread;
    }
    const taskOwner = mine ? TAB_USER : OTHER_USER;
    const titles = mine
      ? [
          i === 0 ? LONG_TITLE : 'Send skema til skolesundhedsplejen',
          i === 10 ? RTL_TITLE : 'Følg op på fravær',
        ]
      : [OTHER_USERS_TASK];
    for (const [n, title] of titles.entries()) {
      const added = await coordination.act(
        thread.id,
        thread.version,
        { id: lead },
        { type: 'addTask', title, ownerId: taskOwner, due: dayOffset(n === 0 ? -2 - (i % 5) : 5 + (i % 9)) },
      );
      if (added.kind === 'applied') thread = added.thread;
    }
    await coordination.setLocation(thread.id, {
      kind: 'chat',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversationId: `19:fixture${i}@thread.v2`,
      activityId: `17000000000${String(i).padStart(3, '0')}`,
    });
  }

  return ownThreads;
}

/** Published posts to one to three audiences, each with its acknowledgements. */
async function seedPosts(storage: Storage, options: TabFixtureOptions, now: Date): Promise<void> {
  const audienceIds = ['skoler', 'dagtilbud', 'boern-og-unge'];
  for (let p = 0; p < options.posts; p++) {
    const publishedAt = new Date(now.getTime() - (10 + p) * 86_400_000).toISOString();
    const post: KnowledgePost = {
      id: `ufixture${String(p).padStart(4, '0')}`,
      version: 1,
      status: 'published',
      title:
        p === 0
          ? `Ny procedure for underretninger ved bekymring for et barns trivsel – gælder fra næste måned for alle skoler, dagtilbud og sundhedsplejen i hele kommunen`
          : p === 1
            ? 'تحديث: إجراءات جديدة للإبلاغ'
            : `Opdatering ${p + 1}: ændringer i skolestartsforløbet`,
      bodyMarkdown: 'Læs den opdaterede vejledning.',
      tags: ['dannelse'] as KnowledgePost['tags'],
      audienceIds: audienceIds.slice(0, 1 + (p % 3)),
      addToKnowledgeBase: false,
      author: { id: TAB_USER, role: 'skoleleder', roleLabel: 'Skoleleder', unit: 'Eksempelskolen' },
      createdAt: publishedAt,
      updatedAt: new Date(Date.parse(publishedAt) + p).toISOString(),
      publishedAt,
    };
    await storage.documents.put(POSTS, post.id, post);
    for (let a = 0; a < options.acknowledgementsPerPost; a++) {
      const ack: Acknowledgement = {
        postId: post.id,
        userId: `00000000-0000-4000-9000-${String(a).padStart(12, '0')}`,
        name: a === 1 ? 'مريم حداد' : `Medarbejder ${a + 1}`,
        acknowledgedAt: new Date(Date.parse(publishedAt) + (a % 8) * 86_400_000 + a * 60_000).toISOString(),
        postVersion: 1,
      };
      await storage.documents.put(ACKS, `${post.id}.${a}`, ack);
    }
  }
}

async function seedFeedback(storage: Storage, now: Date): Promise<void> {
  const comments = ['Svaret nævnte ikke fristen for skolestart.', 'Fandt ikke noget om SSP-samarbejdet.', ''];
  for (let f = 0; f < 24; f++) {
    const entry: FeedbackEntry = {
      id: `ffixture${f}`,
      reaction: f % 4 === 0 ? 'like' : 'dislike',
      ...(comments[f % 3] ? { comment: comments[f % 3] } : {}),
      conversationType: 'personal',
      channel: 'feedbackLoop',
      timestamp: new Date(now.getTime() - f * 3 * 86_400_000).toISOString(),
    };
    await storage.documents.put(FEEDBACK_COLLECTION, entry.id, entry);
  }
}

/** Twelve weeks of the Brug view's counts. */
async function seedWeeklyUsage(storage: Storage, now: Date): Promise<void> {
  for (let w = 0; w < 12; w++) {
    const week = isoWeekOf(new Date(now.getTime() - w * 7 * 86_400_000));
    await storage.documents.put(USAGE_COLLECTION, week, {
      week,
      counts: {
        policyAnswered: 40 + w * 3,
        policyNotAnswered: w % 3 === 0 ? 3 : 9,
        threadOpened: 6 + (w % 4),
        threadClosed: w % 2 === 0 ? 2 : 5,
        'pathway:skole': 12,
        'pathway:social': 3,
        'pathway:dagtilbud': 7,
      },
    });
  }
}
