/**
 * The Overblik tab's use cases: each view reads the same services the bot uses, with the same
 * permission checks. Who the user is comes only from the validated sign-in (or the development
 * identity), never from the request; outcomes the tab must explain are values, not exceptions.
 */
import {
  isoWeekOf,
  recentWeeks,
  suppressedRate,
  suppressSmall,
  type ShownCount,
} from '../../domain/overview/counts';
import type { OverviewAccess } from '../../domain/overview/access';
import { PATHWAY_IDS } from '../../domain/shared/pathwayId';
import { canSeeContent, type ThreadLocation, type ThreadStatus } from '../../domain/threads';
import type { Acknowledgement, KnowledgePost, PostStatus } from '../../domain/updates';
import type { AudienceRoster } from '../../ports/audienceRoster';
import type { Clock } from '../../ports/clock';
import type { KnowledgeGapSource, OpenQuestionTicket } from '../../ports/knowledgeGaps';
import type { UsageReader } from '../../ports/usage';
import type { CoordinationService } from '../coordination';
import type { FeedbackService } from '../feedback/feedbackService';
import type { KnowledgeUpdatesService } from '../knowledgeUpdates';

/** The signed-in person, from the SSO token's claims or the development identity. */
export interface TabUser {
  readonly aadObjectId: string;
  readonly upn?: string;
  readonly name?: string;
  /** True for the development identity of anonymous local mode. */
  readonly development: boolean;
}

/** Only the parts of the knowledge-updates service the tab reads (its public interface). */
export type UpdatesReader = Pick<
  KnowledgeUpdatesService,
  'publisherFor' | 'listMine' | 'view' | 'exportAcknowledgements' | 'audiences'
>;

export interface OverviewServiceDeps {
  readonly coordination: Pick<CoordinationService, 'myWork' | 'getThread'>;
  readonly updates: UpdatesReader;
  readonly feedback: Pick<FeedbackService, 'list'>;
  readonly usage: UsageReader;
  readonly gaps: KnowledgeGapSource;
  readonly access: OverviewAccess;
  readonly roster: AudienceRoster;
  readonly clock: Clock;
  /** The link that opens a thread's message in Teams ('' when unknown); built by the Teams layer. */
  readonly linkOf: (location: ThreadLocation | undefined) => string;
  /** Weeks shown in the trend views (default 12). */
  readonly weeks?: number;
}

export type Refused = { readonly kind: 'forbidden' } | { readonly kind: 'notFound' };

export interface MeView {
  readonly name?: string;
  readonly development: boolean;
  readonly views: {
    readonly cases: true;
    readonly updates: boolean;
    readonly gaps: boolean;
    readonly usage: boolean;
  };
}

export interface CaseRow {
  readonly threadId: string;
  readonly caseRef: string;
  readonly pathway: string;
  readonly status: ThreadStatus;
  readonly isLead: boolean;
  readonly nextMeeting?: string;
  readonly openTasks: number;
  readonly overdueTasks: number;
  readonly link: string;
}

export interface TaskRow {
  readonly threadId: string;
  readonly caseRef: string;
  readonly taskId: string;
  readonly title: string;
  readonly due?: string;
  readonly overdue: boolean;
  readonly link: string;
}

export interface CasesView {
  readonly threads: readonly CaseRow[];
  readonly tasks: readonly TaskRow[];
}

export interface ThreadSummary {
  readonly threadId: string;
  readonly caseRef: string;
  readonly status: ThreadStatus;
  readonly pathway: string;
  readonly openTasks: number;
  readonly link: string;
}

export interface AudienceAcknowledgements {
  readonly audienceId: string;
  readonly name: string;
  /** Null when the audience's members are not known. */
  readonly members: number | null;
  /** Null when the members are not known: an acknowledgement does not say which audience it came from. */
  readonly acknowledged: number | null;
  /** Who has not acknowledged yet; null when the members are not known. */
  readonly notYet: readonly string[] | null;
}

export interface PostRow {
  readonly id: string;
  readonly title: string;
  readonly status: PostStatus;
  readonly publishedAt?: string;
  readonly ackCount: number;
  readonly audiences: readonly AudienceAcknowledgements[];
  /** Cumulative acknowledgements per day since publishing; one series per known audience plus `all`. */
  readonly timeline: readonly { readonly date: string; readonly counts: Readonly<Record<string, number>> }[];
  readonly acknowledgements: readonly { readonly name: string; readonly at: string }[];
}

export interface UpdatesView {
  readonly posts: readonly PostRow[];
}

export interface GapsView {
  readonly weeks: readonly {
    readonly week: string;
    readonly negative: number;
    readonly unanswered: number;
  }[];
  readonly topics: readonly { readonly topic: string; readonly count: number }[];
  readonly tickets: readonly OpenQuestionTicket[];
  readonly recentComments: readonly { readonly at: string; readonly comment: string }[];
}

export interface UsageView {
  readonly weeks: readonly {
    readonly week: string;
    readonly answered: ShownCount;
    readonly questions: ShownCount;
    readonly answerRate: number | null;
    readonly threadsOpened: ShownCount;
    readonly threadsClosed: ShownCount;
  }[];
  readonly pathways: readonly { readonly pathway: string; readonly count: ShownCount }[];
}

const MAX_COMMENTS = 20;
const DAY_MS = 86_400_000;
/** The longest acknowledgement timeline drawn (days after publishing). */
const MAX_TIMELINE_DAYS = 90;

function updatesActor(user: TabUser) {
  return {
    id: user.aadObjectId,
    aadObjectId: user.aadObjectId,
    ...(user.upn ? { upn: user.upn } : {}),
    ...(user.name ? { name: user.name } : {}),
  };
}

function threadActor(user: TabUser) {
  return { aadObjectId: user.aadObjectId, ...(user.name ? { displayName: user.name } : {}) };
}

/** Same key as the acknowledgement store: Entra object id, compared without case. */
const sameUser = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function createOverviewService(deps: OverviewServiceDeps) {
  const weekCount = deps.weeks ?? 12;

  function isPublisher(user: TabUser): boolean {
    return deps.updates.publisherFor(updatesActor(user)) !== undefined;
  }

  async function postRow(user: TabUser, post: KnowledgePost): Promise<PostRow> {
    const view = await deps.updates.view(updatesActor(user), post.id);
    const acks: readonly Acknowledgement[] = view.acknowledgements ?? [];
    const audiences: AudienceAcknowledgements[] = [];
    const memberSets = new Map<string, Set<string>>();
    for (const audienceId of post.audienceIds) {
      const name = deps.updates.audiences().find((a) => a.id === audienceId)?.name ?? audienceId;
      const members = await deps.roster.membersOf(audienceId);
      if (!members) {
        audiences.push({ audienceId, name, members: null, acknowledged: null, notYet: null });
        continue;
      }
      const ids = new Set(members.map((m) => m.userId.toLowerCase()));
      memberSets.set(audienceId, ids);
      const acknowledged = acks.filter((a) => ids.has(a.userId.toLowerCase()));
      audiences.push({
        audienceId,
        name,
        members: members.length,
        acknowledged: acknowledged.length,
        notYet: members
          .filter((m) => !acks.some((a) => sameUser(a.userId, m.userId)))
          .map((m) => m.name ?? m.userId),
      });
    }
    return {
      id: post.id,
      title: post.title,
      status: post.status,
      ...(post.publishedAt ? { publishedAt: post.publishedAt } : {}),
      ackCount: view.ackCount,
      audiences,
      timeline: timelineOf(post, acks, memberSets, deps.clock.now()),
      acknowledgements: acks.map((a) => ({ name: a.name ?? a.upn ?? a.userId, at: a.acknowledgedAt })),
    };
  }

  return {
    me(user: TabUser): MeView {
      return {
        ...(user.name ? { name: user.name } : {}),
        development: user.development,
        views: {
          cases: true,
          updates: isPublisher(user),
          gaps: deps.access.isKnowledgeOwner(user),
          usage: deps.access.isManager(user),
        },
      };
    },

    /** Mine sager: the user's own open threads and tasks; overdue work first. */
    async cases(user: TabUser): Promise<CasesView> {
      const work = await deps.coordination.myWork(threadActor(user));
      const threads = work.threads
        .map((t) => ({
          threadId: t.threadId,
          caseRef: t.caseRef,
          pathway: t.pathway,
          status: t.status,
          isLead: t.isLead,
          ...(t.nextMeeting ? { nextMeeting: t.nextMeeting.at } : {}),
          openTasks: t.openTasks,
          overdueTasks: t.overdueTasks,
          link: deps.linkOf(t.location),
        }))
        // Array.prototype.sort is stable: within each group the service's order (soonest meeting) stays.
        .sort((a, b) => Number(b.overdueTasks > 0) - Number(a.overdueTasks > 0));
      const tasks = work.tasks
        .map((t) => ({
          threadId: t.threadId,
          caseRef: t.caseRef,
          taskId: t.taskId,
          title: t.title,
          ...(t.due ? { due: t.due } : {}),
          overdue: t.overdue,
          link: deps.linkOf(t.location),
        }))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue));
      return { threads, tasks };
    },

    /** One thread, for someone who may read it; anyone else learns nothing, not even that it exists. */
    async thread(user: TabUser, threadId: string): Promise<ThreadSummary | Refused> {
      const thread = await deps.coordination.getThread(threadId);
      if (!thread || thread.status === 'closed' || !canSeeContent(thread, threadActor(user))) {
        return { kind: 'notFound' };
      }
      return {
        threadId: thread.id,
        caseRef: thread.caseRef,
        status: thread.status,
        pathway: thread.pathway,
        openTasks: thread.tasks.filter((t) => !t.done).length,
        link: deps.linkOf(thread.location),
      };
    },

    /** Videndeling: the publisher's own posts with their acknowledgements. */
    async updates(user: TabUser): Promise<UpdatesView | Refused> {
      if (!isPublisher(user)) return { kind: 'forbidden' };
      const posts = await deps.updates.listMine(updatesActor(user));
      return { posts: await Promise.all(posts.map((post) => postRow(user, post))) };
    },

    async acknowledgementsCsv(
      user: TabUser,
      postId: string,
      headers: { name: string; upn: string; time: string; version: string },
    ): Promise<{ title: string; csv: string } | Refused> {
      if (!isPublisher(user)) return { kind: 'forbidden' };
      const own = await deps.updates.listMine(updatesActor(user));
      if (!own.some((post) => post.id === postId)) return { kind: 'notFound' };
      const exported = await deps.updates.exportAcknowledgements(updatesActor(user), postId, headers);
      return { title: exported.post.title, csv: exported.csv };
    },

    /** Videnshuller: what the documents could not answer, for knowledge owners. */
    async gaps(user: TabUser): Promise<GapsView | Refused> {
      if (!deps.access.isKnowledgeOwner(user)) return { kind: 'forbidden' };
      const now = deps.clock.now();
      const weeks = recentWeeks(now, weekCount);
      const since = new Date(now.getTime() - weekCount * 7 * DAY_MS);
      const [negative, unanswered, tickets] = await Promise.all([
        deps.feedback.list({ since, reaction: 'dislike' }),
        deps.gaps.unansweredPerWeek(weeks),
        deps.gaps.openTickets(),
      ]);
      const negativePerWeek = new Map<string, number>();
      for (const entry of negative) {
        const week = isoWeekOf(new Date(entry.timestamp));
        negativePerWeek.set(week, (negativePerWeek.get(week) ?? 0) + 1);
      }
      const unansweredPerWeek = new Map(unanswered.map((u) => [u.week, u.count]));
      const topicCounts = new Map<string, number>();
      for (const ticket of tickets) topicCounts.set(ticket.topic, (topicCounts.get(ticket.topic) ?? 0) + 1);
      return {
        weeks: weeks.map((week) => ({
          week,
          negative: negativePerWeek.get(week) ?? 0,
          unanswered: unansweredPerWeek.get(week) ?? 0,
        })),
        topics: [...topicCounts]
          .map(([topic, count]) => ({ topic, count }))
          .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'da'))
          .slice(0, 10),
        tickets,
        recentComments: negative
          .filter((entry) => entry.comment)
          .slice(0, MAX_COMMENTS)
          .map((entry) => ({ at: entry.timestamp, comment: entry.comment! })),
      };
    },

    /** Brug: counts per week for managers; every figure under 5 is suppressed. */
    async usage(user: TabUser): Promise<UsageView | Refused> {
      if (!deps.access.isManager(user)) return { kind: 'forbidden' };
      const weeks = await deps.usage.weekly(recentWeeks(deps.clock.now(), weekCount));
      const pathwayTotals = new Map<string, number>(PATHWAY_IDS.map((id) => [id, 0]));
      for (const { counts } of weeks) {
        for (const [event, count] of Object.entries(counts)) {
          if (event.startsWith('pathway:')) {
            const id = event.slice('pathway:'.length);
            pathwayTotals.set(id, (pathwayTotals.get(id) ?? 0) + count);
          }
        }
      }
      return {
        weeks: weeks.map(({ week, counts }) => {
          const answered = counts.policyAnswered ?? 0;
          const questions = answered + (counts.policyNotAnswered ?? 0);
          return {
            week,
            answered: suppressSmall(answered),
            questions: suppressSmall(questions),
            answerRate: suppressedRate(answered, questions),
            threadsOpened: suppressSmall(counts.threadOpened ?? 0),
            threadsClosed: suppressSmall(counts.threadClosed ?? 0),
          };
        }),
        pathways: [...pathwayTotals].map(([pathway, count]) => ({ pathway, count: suppressSmall(count) })),
      };
    },
  };
}

export type OverviewService = ReturnType<typeof createOverviewService>;

/**
 * Cumulative acknowledgements per Danish calendar day since publishing: `all`, and one series per
 * audience whose members are known.
 */
function timelineOf(
  post: KnowledgePost,
  acks: readonly Acknowledgement[],
  memberSets: ReadonlyMap<string, ReadonlySet<string>>,
  now: Date,
): PostRow['timeline'] {
  if (!post.publishedAt) return [];
  const start = Date.parse(post.publishedAt);
  const days = Math.min(MAX_TIMELINE_DAYS, Math.max(1, Math.ceil((now.getTime() - start) / DAY_MS) + 1));
  const sorted = [...acks].sort((a, b) => (a.acknowledgedAt < b.acknowledgedAt ? -1 : 1));
  const points: { date: string; counts: Record<string, number> }[] = [];
  const counts: Record<string, number> = { all: 0 };
  for (const audienceId of memberSets.keys()) counts[audienceId] = 0;
  let next = 0;
  for (let day = 0; day < days; day++) {
    const end = start + (day + 1) * DAY_MS;
    // Acknowledgements are sorted by time: each day adds the ones before its end to the totals.
    for (; next < sorted.length && Date.parse(sorted[next]!.acknowledgedAt) < end; next++) {
      const userId = sorted[next]!.userId.toLowerCase();
      counts.all!++;
      for (const [audienceId, ids] of memberSets) if (ids.has(userId)) counts[audienceId]!++;
    }
    points.push({ date: new Date(start + day * DAY_MS).toISOString().slice(0, 10), counts: { ...counts } });
  }
  return points;
}
