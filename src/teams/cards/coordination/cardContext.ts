import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { markdownInline } from '../shared/markdown';
import type { CoordinationThread, Participant, ThreadTask } from '../../../domain/threads/model';
import type { RoleDirectory } from '../../../domain/threads/roles';
import { formatDateIn } from '../../../domain/threads/time';
import type { Language, Texts } from '../../texts';

export type { AdaptiveCardJson };
export type CoordinationTexts = Texts['coordination'];

/** Value of the "nobody chosen" choices on the form (choice values must not be empty). */
export const NONE = 'none';

export interface CardContext {
  readonly texts: CoordinationTexts;
  readonly roles: RoleDirectory;
  /** The reader's language: dates and role names follow it (default Danish). */
  readonly language?: Language;
}

/** The roles one can choose, named in the reader's language. */
export function roleChoicesOf(ctx: CardContext): { title: string; value: string }[] {
  return ctx.roles.roles.map((r) => ({ title: ctx.roles.nameOf(r.id, ctx.language), value: r.id }));
}
export function participantLabel(
  participant: Participant,
  thread: CoordinationThread,
  ctx: CardContext,
): string {
  const role = ctx.roles.nameOf(participant.roleId, ctx.language);
  const owner = participant.aadObjectId === thread.ownerId ? ` (${ctx.texts.card.owner})` : '';
  const name =
    participant.displayName && (participant.state === 'accepted' || participant.state === 'requested')
      ? `: ${templateSafe(participant.displayName)}`
      : '';
  return `${role}${name}${owner}`;
}

export function whoLabel(userId: string, thread: CoordinationThread, ctx: CardContext): string {
  const participant = thread.participants.find((p) => p.aadObjectId === userId);
  return participant ? participantLabel(participant, thread, ctx) : ctx.texts.card.someone;
}

/** One task as the thread and summary cards list it. */
export function taskRow(
  task: ThreadTask,
  thread: CoordinationThread,
  ctx: CardContext,
  canComplete: boolean,
  today: string,
) {
  const c = ctx.texts.card;
  const meta = [
    `${c.taskOwner}: ${task.ownerId ? whoLabel(task.ownerId, thread, ctx) : c.someone}`,
    task.due ? `${c.taskDue}: ${formatDateIn(ctx.language ?? 'da', task.due)}` : undefined,
    task.done ? c.taskDone : c.taskOpen,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    id: task.id,
    heading: `${task.done ? '✔ ' : ''}${markdownInline(task.title)}`,
    meta,
    canComplete: canComplete && !task.done,
    overdue: isOverdue(task, today),
  };
}

/** An open task whose due date has passed (the Danish date `today` is not yet late). */
export function isOverdue(task: ThreadTask, today: string): boolean {
  return !task.done && task.due !== undefined && task.due < today;
}
