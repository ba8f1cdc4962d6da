/**
 * The Overblik tab's use cases: each view reads the same services the bot uses, with the same
 * permission checks. Who the user is comes only from the validated sign-in (or the development
 * identity), never from the request; outcomes the tab must explain are values, not exceptions.
 * The views are composed of parts per concern: cases, knowledge updates and the counted views.
 */
import type { OverviewAccess } from '../../domain/overview/access';
import type { ThreadLocation } from '../../domain/threads';
import type { AudienceRoster } from '../../ports/audienceRoster';
import type { Clock } from '../../ports/clock';
import type { KnowledgeGapSource } from '../../ports/knowledgeGaps';
import type { UsageReader } from '../../ports/usage';
import type { CoordinationService } from '../coordination';
import type { FeedbackService } from '../feedback/feedbackService';
import { createCaseViews, type CaseViews } from './caseViews';
import { createStatisticsViews, type StatisticsViews } from './statisticsViews';
import type { TabUser } from './tabUser';
import type { MeView } from './tabViews';
import { createUpdateViews, type UpdatesReader, type UpdateViews } from './updateViews';

export type { TabUser } from './tabUser';
export type { UpdatesReader } from './updateViews';

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

export interface OverviewService extends CaseViews, Omit<UpdateViews, 'isPublisher'>, StatisticsViews {
  /** Who the user is and which views they may open. */
  me(user: TabUser): MeView;
}

export function createOverviewService(deps: OverviewServiceDeps): OverviewService {
  const { isPublisher, ...updateViews } = createUpdateViews(deps);
  return {
    me(user) {
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
    ...createCaseViews(deps),
    ...updateViews,
    ...createStatisticsViews({ ...deps, weekCount: deps.weeks ?? 12 }),
  };
}
