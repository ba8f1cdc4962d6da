import type { CardTemplates } from '../shared/cardTemplates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import type { CoordinationThread } from '../../../domain/threads/model';
import type { Reminder } from '../../../domain/threads/reminders';
import { formatDateIn, formatDateTimeIn } from '../../../domain/threads/time';
import type { OutboundMessage } from '../../../ports/outboundMessenger';
import type { CardContext } from './cardContext';
import noticeTemplate from './noticeCard.json';

export function renderNoticeCard(
  cardTemplates: CardTemplates,
  title: string,
  text: string,
  detail = '',
): AdaptiveCardJson {
  return cardTemplates.expand(noticeTemplate, {
    title: templateSafe(title),
    text: templateSafe(text),
    detail: templateSafe(detail),
  });
}

/** The message a due reminder posts in the thread; the task owner is @mentioned when known. */
export function presentReminder(
  cardTemplates: CardTemplates,
  reminder: Reminder,
  thread: CoordinationThread,
  ctx: CardContext,
): OutboundMessage {
  const t = ctx.texts.reminders;
  if (reminder.kind === 'task') {
    const task = thread.tasks.find((x) => x.id === reminder.targetId);
    const owner = task?.ownerId ? thread.participants.find((p) => p.aadObjectId === task.ownerId) : undefined;
    // Posted in the shared conversation: the task's title and the owner's role stay in the thread.
    return {
      card: renderNoticeCard(
        cardTemplates,
        t.taskTitle,
        t.taskShared(formatDateIn(ctx.language ?? 'da', reminder.targetWhen)),
        t.caseRef(thread.caseRef),
      ),
      mentions:
        owner && (owner.aadObjectId === thread.ownerId || owner.state === 'accepted')
          ? [
              {
                id: owner.teamsUserId ?? owner.aadObjectId,
                name: owner.displayName ?? ctx.texts.shared.mentionFallback,
              },
            ]
          : undefined,
    };
  }
  if (reminder.kind === 'review') {
    const lead = thread.participants.find((p) => p.aadObjectId === thread.ownerId);
    return {
      card: renderNoticeCard(
        cardTemplates,
        t.reviewTitle,
        t.review(formatDateIn(ctx.language ?? 'da', reminder.targetWhen)),
        t.caseRef(thread.caseRef),
      ),
      mentions: lead
        ? [
            {
              id: lead.teamsUserId ?? lead.aadObjectId,
              name: lead.displayName ?? ctx.texts.shared.mentionFallback,
            },
          ]
        : undefined,
    };
  }
  return {
    card: renderNoticeCard(
      cardTemplates,
      t.meetingTitle,
      t.meeting(
        thread.nextMeeting
          ? formatDateTimeIn(ctx.language ?? 'da', thread.nextMeeting.at)
          : reminder.targetWhen,
      ),
      t.caseRef(thread.caseRef),
    ),
  };
}
