import type { OverviewAccess } from '../../domain/overview/access';
import { isoWeekOf, recentWeeks, suppressedRate, suppressSmall } from '../../domain/overview/counts';
import { PATHWAY_IDS } from '../../domain/shared/pathwayId';
import type { Clock } from '../../ports/clock';
import type { KnowledgeGapSource } from '../../ports/knowledgeGaps';
import type { UsageReader } from '../../ports/usage';
import type { FeedbackService } from '../feedback/feedbackService';
import type { Refused } from './overviewService';
import type { TabUser } from './tabUser';
import type { GapsView, UsageView } from './tabViews';

export interface StatisticsViewsDeps {
  readonly feedback: Pick<FeedbackService, 'list'>;
  readonly usage: UsageReader;
  readonly gaps: KnowledgeGapSource;
  readonly access: OverviewAccess;
  readonly clock: Clock;
  /** Weeks shown in the trend views. */
  readonly weekCount: number;
}

/** The counted views, each for its own audience. */
export interface StatisticsViews {
  /** Videnshuller: what the documents could not answer, for knowledge owners. */
  gaps(user: TabUser): Promise<GapsView | Refused>;
  /** Brug: counts per week for managers; every figure under 5 is suppressed. */
  usage(user: TabUser): Promise<UsageView | Refused>;
}

const MAX_COMMENTS = 20;
const MAX_TOPICS = 10;
const DAY_MS = 86_400_000;

/** How many times each key occurs. */
function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function createStatisticsViews(deps: StatisticsViewsDeps): StatisticsViews {
  const { weekCount } = deps;
  return {
    async gaps(user) {
      if (!deps.access.isKnowledgeOwner(user)) return { kind: 'forbidden' };
      const now = deps.clock.now();
      const weeks = recentWeeks(now, weekCount);
      const since = new Date(now.getTime() - weekCount * 7 * DAY_MS);
      const [negative, unanswered, tickets] = await Promise.all([
        deps.feedback.list({ since, reaction: 'dislike' }),
        deps.gaps.unansweredPerWeek(weeks),
        deps.gaps.openTickets(),
      ]);
      const negativePerWeek = countBy(negative, (entry) => isoWeekOf(new Date(entry.timestamp)));
      const unansweredPerWeek = new Map(unanswered.map((u) => [u.week, u.count]));
      const topicCounts = countBy(tickets, (ticket) => ticket.topic);
      return {
        weeks: weeks.map((week) => ({
          week,
          negative: negativePerWeek.get(week) ?? 0,
          unanswered: unansweredPerWeek.get(week) ?? 0,
        })),
        topics: [...topicCounts]
          .map(([topic, count]) => ({ topic, count }))
          .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'da'))
          .slice(0, MAX_TOPICS),
        tickets,
        recentComments: negative
          .filter((entry) => entry.comment)
          .slice(0, MAX_COMMENTS)
          .map((entry) => ({ at: entry.timestamp, comment: entry.comment! })),
      };
    },

    async usage(user) {
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
