import type { CardTemplates } from '../shared/cardTemplates';
import { type AdaptiveCardJson } from '../shared/expandTemplate';
import { participantCount, refreshUserIdsOf } from '../../../domain/threads/access';
import type { CoordinationThread } from '../../../domain/threads/model';
import { formatDateIn, formatDateTimeIn } from '../../../domain/threads/time';
import { roleChoicesOf, type CardContext } from './coordinationCards';
import sharedTemplate from './sharedThreadCard.json';

export interface SharedThreadCardOptions {
  /** A line under the title, e.g. that the thread was closed. */
  readonly headline?: string;
  /** Shown in a refused read: why the content is not shown. */
  readonly note?: string;
  /** Someone who declined may still say yes from here (their own view only). */
  readonly offerAccept?: boolean;
  /** An outsider may ask to join, choosing a role (their own view only, never the shared message). */
  readonly offerJoin?: boolean;
}

/**
 * The card every member of a chat or channel sees: case reference, pathway, status, the next
 * meeting, how many take part, and a button to open it. Nothing else about the case goes in here:
 * participants get their own full view by refresh (up to 60) or by "Vis sagen".
 */
export function renderSharedThreadCard(
  cardTemplates: CardTemplates,
  thread: CoordinationThread,
  ctx: CardContext,
  options: SharedThreadCardOptions = {},
): AdaptiveCardJson {
  const t = ctx.texts;
  const s = t.shared;
  const closed = thread.status === 'closed';
  return cardTemplates.expand(sharedTemplate, {
    title: t.card.title(thread.caseRef),
    statusLabel: t.statuses[thread.status],
    statusColor: closed ? 'Default' : thread.status === 'waiting' ? 'Warning' : 'Good',
    headline: options.headline ?? '',
    note: options.note ?? '',
    facts: [
      { title: t.card.pathway, value: t.pathways[thread.pathway] },
      { title: t.card.status, value: t.statuses[thread.status] },
      {
        title: s.nextDate,
        value: nextDateOf(thread, ctx) ?? s.noDate,
      },
      { title: s.participantCount, value: String(participantCount(thread)) },
    ],
    privacyNote: s.privacyNote,
    threadId: thread.id,
    version: thread.version,
    refreshUserIds: refreshUserIdsOf(thread),
    labels: {
      open: s.open,
      accept: t.card.actions.accept,
      requestJoin: s.requestJoin,
      joinRole: t.card.actions.joinRole,
    },
    offerAccept: !closed && (options.offerAccept ?? false),
    offerJoin: !closed && (options.offerJoin ?? false),
    roleChoices: !options.offerJoin ? [] : roleChoicesOf(ctx),
  });
}

/** The next meeting, or else the next review date (both neutral: every member may see them). */
function nextDateOf(thread: CoordinationThread, ctx: CardContext): string | undefined {
  if (thread.nextMeeting) return formatDateTimeIn(ctx.language ?? 'da', thread.nextMeeting.at);
  if (thread.reviewDate && thread.status !== 'closed')
    return formatDateIn(ctx.language ?? 'da', thread.reviewDate);
  return undefined;
}

/** What changes the shared card: only then is the shared message updated. */
export function sharedSignature(thread: CoordinationThread): string {
  return JSON.stringify([
    thread.status,
    thread.pathway,
    thread.nextMeeting?.at ?? null,
    thread.reviewDate ?? null,
    participantCount(thread),
    refreshUserIdsOf(thread),
  ]);
}
