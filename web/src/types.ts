/** The JSON the server's /api/tab/ answers with (see src/services/overview/overviewService.ts). */
export interface Me {
  readonly name?: string;
  readonly development: boolean;
  readonly views: {
    readonly cases: true;
    readonly updates: boolean;
    readonly gaps: boolean;
    readonly usage: boolean;
  };
}

export type ViewId = keyof Me['views'];

export interface CaseRow {
  readonly threadId: string;
  readonly caseRef: string;
  readonly pathway: string;
  readonly status: string;
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

export interface Cases {
  readonly threads: readonly CaseRow[];
  readonly tasks: readonly TaskRow[];
}

export interface PostRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly publishedAt?: string;
  readonly ackCount: number;
  readonly audiences: readonly {
    readonly audienceId: string;
    readonly name: string;
    readonly members: number | null;
    readonly acknowledged: number | null;
    readonly notYet: readonly string[] | null;
  }[];
  readonly timeline: readonly { readonly date: string; readonly counts: Readonly<Record<string, number>> }[];
  readonly acknowledgements: readonly { readonly name: string; readonly at: string }[];
}

export interface Updates {
  readonly posts: readonly PostRow[];
}

export interface Gaps {
  readonly weeks: readonly {
    readonly week: string;
    readonly negative: number;
    readonly unanswered: number;
  }[];
  readonly topics: readonly { readonly topic: string; readonly count: number }[];
  readonly tickets: readonly { readonly id: string; readonly topic: string; readonly openedAt: string }[];
  readonly recentComments: readonly { readonly at: string; readonly comment: string }[];
}

export interface Usage {
  readonly weeks: readonly {
    readonly week: string;
    readonly answered: number | null;
    readonly questions: number | null;
    readonly answerRate: number | null;
    readonly threadsOpened: number | null;
    readonly threadsClosed: number | null;
  }[];
  readonly pathways: readonly { readonly pathway: string; readonly count: number | null }[];
}
