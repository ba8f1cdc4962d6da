import type { CoordinationThread } from '../../../../src/domain/threads/model';
import { myWorkIn, pageOf } from '../../../../src/domain/threads/myWork';
import { applyThreadAction, type ThreadAction } from '../../../../src/domain/threads/rules';
import type { Actor } from '../../../../src/domain/shared/actor';
import { NOW, OUTSIDER, OWNER, PARTICIPANT, ROLE_IDS, newThread } from './fixtures';

function apply(thread: CoordinationThread, actor: Actor, action: ThreadAction) {
  return applyThreadAction(thread, actor, action, NOW, ROLE_IDS).thread;
}

function thread(serial: number): CoordinationThread {
  const ref = `BU-2026-${String(serial).padStart(4, '0')}`;
  return { ...newThread({ caseRef: ref }), id: ref };
}

describe('my work', () => {
  it('lists open threads I lead or take part in, my open tasks with overdue marked, none from others', () => {
    let joined = apply(thread(1), PARTICIPANT, { type: 'accept' });
    joined = apply(joined, OWNER, { type: 'addTask', title: 'Sen', ownerId: 'aad-p1', due: '2026-11-01' });
    joined = apply(joined, OWNER, { type: 'addTask', title: 'Senere', ownerId: 'aad-p1', due: '2026-12-24' });
    joined = apply(joined, OWNER, { type: 'addTask', title: 'Lederens', due: '2026-11-01' });
    joined = apply(joined, OWNER, { type: 'addTask', title: 'Uden frist', ownerId: 'aad-p1' });
    joined = apply(joined, PARTICIPANT, { type: 'completeTask', taskId: 't4' });
    const declined = apply(thread(2), PARTICIPANT, { type: 'decline' });
    const closed = apply(apply(thread(3), PARTICIPANT, { type: 'accept' }), OWNER, {
      type: 'close',
      outcome: 'ok',
    });
    const invited = thread(4);

    const mine = myWorkIn([joined, declined, closed, invited], PARTICIPANT, '2026-11-29');
    expect(mine.threads.map((t) => [t.caseRef, t.isLead, t.openTasks, t.overdueTasks])).toEqual([
      ['BU-2026-0001', false, 2, 1],
      ['BU-2026-0004', false, 0, 0],
    ]);
    expect(mine.tasks.map((t) => [t.title, t.due, t.overdue])).toEqual([
      ['Sen', '2026-11-01', true],
      ['Senere', '2026-12-24', false],
    ]);
    const lead = myWorkIn([joined, declined, closed, invited], OWNER, '2026-11-29');
    expect(lead.threads.every((t) => t.isLead)).toBe(true);
    expect(lead.tasks.map((t) => t.title)).toEqual(['Lederens']);
    expect(myWorkIn([joined, declined, closed, invited], OUTSIDER, '2026-11-29')).toEqual({
      threads: [],
      tasks: [],
    });
  });

  it('pages with a clamped page number', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 0, 10)).toEqual({ items: items.slice(0, 10), page: 0, pages: 3 });
    expect(pageOf(items, 2, 10).items).toEqual([20, 21, 22]);
    expect(pageOf(items, 99, 10).page).toBe(2);
    expect(pageOf([], 5, 10)).toEqual({ items: [], page: 0, pages: 1 });
  });
});
