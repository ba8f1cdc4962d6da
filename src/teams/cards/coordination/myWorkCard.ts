import type { CardTemplates } from '../shared/cardTemplates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { pageOf, type MyWork } from '../../../domain/threads/myWork';
import { formatDateIn, formatDateTimeIn } from '../../../domain/threads/time';
import type { CardContext } from './coordinationCards';
import myWorkTemplate from './myWorkCard.json';

/** Rows per page: keeps the card small and quick to read in the 1:1 chat. */
export const MY_WORK_PAGE_SIZE = 10;

export type MyWorkList = 'cases' | 'tasks';

export interface MyWorkCardOptions {
  readonly list: MyWorkList;
  readonly page: number;
  /** A link to the thread's message in Teams, or '' when it cannot be built. */
  readonly linkOf: (location: MyWork['threads'][number]['location']) => string;
}

/**
 * `mine sager` / `mine opgaver`: the person's own open threads (with their open and overdue tasks)
 * or their open tasks (overdue marked), one page at a time. Sent only in the 1:1 chat.
 */
export function renderMyWorkCard(
  cardTemplates: CardTemplates,
  work: MyWork,
  ctx: CardContext,
  options: MyWorkCardOptions,
): AdaptiveCardJson {
  const t = ctx.texts;
  const m = t.myWork;
  const cases = options.list === 'cases';
  const source = cases ? work.threads : work.tasks;
  const threadPage = pageOf(work.threads, options.page, MY_WORK_PAGE_SIZE);
  const taskPage = pageOf(work.tasks, options.page, MY_WORK_PAGE_SIZE);
  const { page, pages } = cases ? threadPage : taskPage;
  const threads = cases
    ? threadPage.items.map((thread) => ({
        heading: `${thread.caseRef} · ${t.pathways[thread.pathway]}`,
        meta: [
          `${t.card.status}: ${t.statuses[thread.status]}`,
          `${m.nextMeeting}: ${thread.nextMeeting ? formatDateTimeIn(ctx.language ?? 'da', thread.nextMeeting.at) : t.shared.noDate}`,
          thread.isLead ? m.youLead : m.youTakePart,
        ].join(' · '),
        tasksLine: m.tasksLine(thread.openTasks, thread.overdueTasks),
        tasksColor: thread.overdueTasks > 0 ? 'Attention' : 'Default',
        link: options.linkOf(thread.location),
      }))
    : [];
  const tasks = cases
    ? []
    : taskPage.items.map((task) => ({
        heading: templateSafe(task.title),
        meta: [
          task.caseRef,
          task.due ? `${t.card.taskDue}: ${formatDateIn(ctx.language ?? 'da', task.due)}` : m.noDue,
          task.overdue ? m.overdue : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
        color: task.overdue ? 'Attention' : 'Default',
        link: options.linkOf(task.location),
      }));
  return cardTemplates.expand(myWorkTemplate, {
    title: cases ? m.casesTitle(work.threads.length) : m.tasksTitle(work.tasks.length),
    empty: source.length === 0 ? (cases ? m.noCases : m.noTasks) : '',
    threads,
    tasks,
    list: options.list,
    otherList: cases ? 'tasks' : 'cases',
    pages,
    pageLabel: m.pageLabel(page + 1, pages),
    hasPrevious: page > 0,
    hasNext: page < pages - 1,
    previousPage: page - 1,
    nextPage: page + 1,
    labels: {
      openThread: m.openThread,
      previous: m.previous,
      next: m.nextPage,
      switchList: cases ? m.showTasks : m.showCases,
    },
  });
}
