import { canSeeContent, type ThreadLocation } from '../../domain/threads';
import type { CoordinationService } from '../coordination';
import { actorOf, type TabUser } from './tabUser';
import type { CasesView, ThreadSummary } from './tabViews';
import type { Refused } from './overviewService';

export interface CaseViewsDeps {
  readonly coordination: Pick<CoordinationService, 'myWork' | 'getThread'>;
  /** The link that opens a thread's message in Teams ('' when unknown); built by the Teams layer. */
  readonly linkOf: (location: ThreadLocation | undefined) => string;
}

/** Mine sager: the user's own threads and tasks. */
export interface CaseViews {
  /** The user's own open threads and tasks; overdue work first. */
  cases(user: TabUser): Promise<CasesView>;
  /** One thread, for someone who may read it; anyone else learns nothing, not even that it exists. */
  thread(user: TabUser, threadId: string): Promise<ThreadSummary | Refused>;
}

export function createCaseViews(deps: CaseViewsDeps): CaseViews {
  return {
    async cases(user) {
      const work = await deps.coordination.myWork(actorOf(user));
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

    async thread(user, threadId) {
      const thread = await deps.coordination.getThread(threadId);
      if (!thread || thread.status === 'closed' || !canSeeContent(thread, actorOf(user))) {
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
  };
}
