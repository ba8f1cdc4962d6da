/** The rules for the thread's work: tasks, decisions, status, meetings, reviews and the legal basis. */
import type { ActionRules, ReviewChoice } from './actions';
import { ThreadRuleError } from './errors';
import { checkDate, checkReviewDate, cleanMultilineText, cleanText, parseLegalBasis } from './inputChecks';
import { LIMITS, type CoordinationThread, type ThreadEventType } from './model';
import { addDays } from './policy';
import { canTransition } from './statusTransitions';
import { danishDateOf } from './time';

const REVIEW_EVENTS: Readonly<Record<ReviewChoice, ThreadEventType>> = {
  continue: 'reviewContinued',
  stepUp: 'reviewSteppedUp',
  stepDown: 'reviewSteppedDown',
};

type WorkVerb =
  | 'addTask'
  | 'assignTask'
  | 'completeTask'
  | 'addDecision'
  | 'setStatus'
  | 'setMeeting'
  | 'close'
  | 'review'
  | 'setLegalBasis'
  | 'withdrawConsent';

export const WORK_RULES: ActionRules<WorkVerb> = {
  addTask({ thread, actor, now, at, policy }, action) {
    if (thread.tasks.length >= LIMITS.tasks) throw new ThreadRuleError('LIMIT_REACHED', 'Too many tasks');
    const by = actor.id;
    const title = cleanText(action.title, LIMITS.taskTitle, 'title');
    const ownerId = action.ownerId ?? by;
    assertCanOwnTasks(thread, ownerId);
    // Every task has a due date: one left empty falls due after the configured number of days.
    const due =
      action.due === undefined
        ? addDays(danishDateOf(now), policy.tasks.defaultDueDays)
        : checkDate(action.due, 'due');
    const id = `t${thread.tasks.length + 1}`;
    return {
      next: {
        ...thread,
        tasks: [...thread.tasks, { id, title, ownerId, due, done: false, createdBy: by, createdAt: at }],
      },
      event: { action: 'taskAdded', taskId: id },
    };
  },

  assignTask({ thread }, action) {
    const task = findTask(thread, action.taskId);
    if (task.done) throw new ThreadRuleError('TASK_ALREADY_DONE', 'Task is done');
    assertCanOwnTasks(thread, action.ownerId);
    return {
      next: replaceTask(thread, { ...task, ownerId: action.ownerId }),
      event: { action: 'taskAssigned', taskId: task.id },
    };
  },

  completeTask({ thread, actor, at }, action) {
    const task = findTask(thread, action.taskId);
    if (task.done) throw new ThreadRuleError('TASK_ALREADY_DONE', 'Task is done');
    return {
      next: replaceTask(thread, { ...task, done: true, completedBy: actor.id, completedAt: at }),
      event: { action: 'taskCompleted', taskId: task.id },
    };
  },

  addDecision({ thread, actor, at }, action) {
    if (thread.decisions.length >= LIMITS.decisions) {
      throw new ThreadRuleError('LIMIT_REACHED', 'Too many decisions');
    }
    const text = cleanMultilineText(action.text, LIMITS.decision, 'text');
    const decision = { id: `d${thread.decisions.length + 1}`, text, by: actor.id, at };
    return {
      next: { ...thread, decisions: [...thread.decisions, decision] },
      event: { action: 'decisionAdded' },
    };
  },

  setStatus({ thread }, action) {
    if (action.status === 'closed' || !canTransition(thread.status, action.status)) {
      throw new ThreadRuleError('INVALID_TRANSITION', `${thread.status} -> ${action.status}`);
    }
    return {
      next: { ...thread, status: action.status },
      event: { action: 'statusChanged', status: action.status },
    };
  },

  setMeeting({ thread }, action) {
    return { next: { ...thread, nextMeeting: action.meeting }, event: { action: 'meetingSet' } };
  },

  close({ thread, at }, action) {
    const outcome = cleanMultilineText(action.outcome, LIMITS.outcome, 'outcome');
    return {
      next: { ...thread, status: 'closed', outcome, closedAt: at },
      event: { action: 'closed', status: 'closed' },
    };
  },

  review({ thread, now }, action) {
    const nextReview = checkReviewDate(action.nextReview, danishDateOf(now));
    return { next: { ...thread, reviewDate: nextReview }, event: { action: REVIEW_EVENTS[action.choice] } };
  },

  setLegalBasis({ thread, at }, action) {
    const legalBasis = parseLegalBasis(action);
    return {
      next: { ...thread, legalBasis, legalBasisRecordedAt: at, consentWithdrawnAt: undefined },
      event: { action: 'legalBasisRecorded', subject: legalBasis.kind },
    };
  },

  withdrawConsent({ thread, at }) {
    if (thread.legalBasis.kind !== 'consent' || thread.consentWithdrawnAt !== undefined) {
      throw new ThreadRuleError('NO_CONSENT', 'No consent in force to withdraw');
    }
    return { next: { ...thread, consentWithdrawnAt: at }, event: { action: 'consentWithdrawn' } };
  },
};

function assertCanOwnTasks(thread: CoordinationThread, userId: string): void {
  if (userId === thread.ownerId) return;
  const participant = thread.participants.find((p) => p.aadObjectId === userId);
  if (!participant || participant.state === 'declined' || participant.state === 'requested') {
    throw new ThreadRuleError('PARTICIPANT_NOT_FOUND', 'Task owner is not a participant', 'ownerId');
  }
}

function findTask(thread: CoordinationThread, taskId: string) {
  const task = thread.tasks.find((t) => t.id === taskId);
  if (!task) throw new ThreadRuleError('TASK_NOT_FOUND', 'No such task', 'taskId');
  return task;
}

function replaceTask(
  thread: CoordinationThread,
  task: CoordinationThread['tasks'][number],
): CoordinationThread {
  return { ...thread, tasks: thread.tasks.map((t) => (t.id === task.id ? task : t)) };
}
