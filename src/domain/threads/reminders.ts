import type { CoordinationThread } from './model';
import { addDays } from './policy';
import { danishLocalToUtc } from './time';

/**
 * A reminder is a stored document. Its id encodes what it is about (task and due date, or meeting
 * time), so a changed due date creates a new reminder and the old one is found stale when due.
 */
export interface Reminder {
  readonly id: string;
  readonly threadId: string;
  readonly kind: 'task' | 'meeting' | 'review';
  /** Task id, or the meeting's local time. */
  readonly targetId: string;
  /** The task's due date (task reminders) or the meeting's local time (meeting reminders). */
  readonly targetWhen: string;
  readonly dueAt: string;
  readonly state: 'pending' | 'claimed' | 'fired' | 'cancelled';
  readonly claimedBy?: string;
  readonly claimedAt?: string;
  readonly firedAt?: string;
  readonly attempts: number;
}

export interface ReminderPolicy {
  /** Local Danish time of day at which a task reminder fires on its due date, "08:00". */
  readonly taskReminderTime: string;
  /** How long before a meeting its reminder fires. */
  readonly meetingLeadHours: number;
  /** How many days before the review date the lead is reminded (at taskReminderTime). */
  readonly reviewLeadDays?: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  taskReminderTime: '08:00',
  meetingLeadHours: 24,
  reviewLeadDays: 3,
};

/** The reminders a thread should have now. Existing ones with the same id are left alone. */
export function desiredReminders(thread: CoordinationThread, policy: ReminderPolicy): Reminder[] {
  if (thread.status === 'closed') return [];
  const result: Reminder[] = [];
  for (const task of thread.tasks) {
    if (task.done || !task.due) continue;
    const dueAt = danishLocalToUtc(task.due, policy.taskReminderTime);
    if (!dueAt) continue;
    result.push({
      id: `${thread.id}.task-${task.id}-${task.due.replace(/-/g, '')}`,
      threadId: thread.id,
      kind: 'task',
      targetId: task.id,
      targetWhen: task.due,
      dueAt: dueAt.toISOString(),
      state: 'pending',
      attempts: 0,
    });
  }
  if (thread.nextMeeting) {
    const dueAt = new Date(new Date(thread.nextMeeting.at).getTime() - policy.meetingLeadHours * 3_600_000);
    result.push({
      id: `${thread.id}.meeting-${thread.nextMeeting.local.replace(/[^0-9]/g, '')}`,
      threadId: thread.id,
      kind: 'meeting',
      targetId: 'meeting',
      targetWhen: thread.nextMeeting.local,
      dueAt: dueAt.toISOString(),
      state: 'pending',
      attempts: 0,
    });
  }
  if (thread.reviewDate) {
    const dueAt = danishLocalToUtc(
      addDays(thread.reviewDate, -(policy.reviewLeadDays ?? 0)),
      policy.taskReminderTime,
    );
    if (dueAt) {
      result.push({
        id: `${thread.id}.review-${thread.reviewDate.replace(/-/g, '')}`,
        threadId: thread.id,
        kind: 'review',
        targetId: 'review',
        targetWhen: thread.reviewDate,
        dueAt: dueAt.toISOString(),
        state: 'pending',
        attempts: 0,
      });
    }
  }
  return result;
}

/** A due reminder still matters only if its task is open with the same due date, or the meeting is unchanged and ahead. */
export function reminderStillValid(
  reminder: Reminder,
  thread: CoordinationThread | undefined,
  now: Date,
): boolean {
  if (!thread || thread.status === 'closed') return false;
  if (reminder.kind === 'task') {
    const task = thread.tasks.find((t) => t.id === reminder.targetId);
    return task !== undefined && !task.done && task.due === reminder.targetWhen;
  }
  if (reminder.kind === 'review') return thread.reviewDate === reminder.targetWhen;
  return (
    thread.nextMeeting !== undefined &&
    thread.nextMeeting.local === reminder.targetWhen &&
    new Date(thread.nextMeeting.at).getTime() > now.getTime()
  );
}
