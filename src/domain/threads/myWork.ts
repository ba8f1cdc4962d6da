import { canSeeContent } from './access';
import type { ThreadPathwayId } from '../shared/pathwayId';
import type { Actor } from '../shared/actor';
import type { CoordinationThread, Meeting, ThreadLocation, ThreadStatus } from './model';

/** One open thread in someone's own list (`mine sager`). */
export interface MyThread {
  readonly threadId: string;
  readonly caseRef: string;
  readonly pathway: ThreadPathwayId;
  readonly status: ThreadStatus;
  readonly isLead: boolean;
  readonly nextMeeting?: Meeting;
  readonly openTasks: number;
  readonly overdueTasks: number;
  readonly location?: ThreadLocation;
}

/** One open task someone owns (`mine opgaver`). */
export interface MyTask {
  readonly threadId: string;
  readonly caseRef: string;
  readonly taskId: string;
  readonly title: string;
  readonly due?: string;
  readonly overdue: boolean;
  readonly location?: ThreadLocation;
}

export interface MyWork {
  readonly threads: readonly MyThread[];
  readonly tasks: readonly MyTask[];
}

/**
 * A person's open threads (as lead or participant who may read them) and their open tasks. Only
 * threads they may read count: someone who declined, was removed or only asked to join sees none
 * of it. `today` is the local Danish date (YYYY-MM-DD); a task due before today is overdue.
 */
export function myWorkIn(threads: Iterable<CoordinationThread>, actor: Actor, today: string): MyWork {
  const mine: MyThread[] = [];
  const tasks: MyTask[] = [];
  for (const thread of threads) {
    if (thread.status === 'closed' || !canSeeContent(thread, actor)) continue;
    const own = thread.tasks.filter((task) => !task.done && task.ownerId === actor.id);
    let overdue = 0;
    for (const task of own) {
      const late = task.due !== undefined && task.due < today;
      if (late) overdue++;
      tasks.push({
        threadId: thread.id,
        caseRef: thread.caseRef,
        taskId: task.id,
        title: task.title,
        due: task.due,
        overdue: late,
        location: thread.location,
      });
    }
    mine.push({
      threadId: thread.id,
      caseRef: thread.caseRef,
      pathway: thread.pathway,
      status: thread.status,
      isLead: thread.ownerId === actor.id,
      nextMeeting: thread.nextMeeting,
      openTasks: own.length,
      overdueTasks: overdue,
      location: thread.location,
    });
  }
  // Soonest meeting first (none last), then by reference; tasks by due date (none last).
  mine.sort(
    (a, b) =>
      (a.nextMeeting?.at ?? '\uffff').localeCompare(b.nextMeeting?.at ?? '\uffff') ||
      a.caseRef.localeCompare(b.caseRef),
  );
  tasks.sort(
    (a, b) =>
      (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') ||
      a.caseRef.localeCompare(b.caseRef) ||
      a.taskId.localeCompare(b.taskId, undefined, { numeric: true }),
  );
  return { threads: mine, tasks };
}

/** One page of a list: `page` counts from 0 and is clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { items: items.slice(current * size, current * size + size), page: current, pages };
}
