/**
 * The JSON the Overblik tab's API (/api/tab/) answers with: what the overview service returns and
 * what the tab in web/ reads. Types only, so the browser bundle takes nothing of the server.
 */
import type { ShownCount } from '../../domain/overview/counts';
import type { ThreadStatus } from '../../domain/threads/model';
import type { PostStatus } from '../../domain/updates/post';
import type { OpenQuestionTicket } from '../../ports/knowledgeGaps';

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

/** The tab's views, as named in MeView['views'] and in the tab's configuration. */
export type ViewId = keyof MeView['views'];
