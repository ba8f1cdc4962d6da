import type { CardTemplates } from '../shared/cardTemplates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { markdownInline, markdownParagraphs } from '../shared/markdown';
import { withOverflowMenu } from '../shared/overflowMenu';
import { refreshUserIdsOf } from '../../../domain/threads/access';
import type { Actor } from '../../../domain/shared/actor';
import { LEGAL_BASIS_KINDS, type CoordinationThread, type ThreadTask } from '../../../domain/threads/model';
import {
  allowedNextStatuses,
  permissionsFor,
  viewFor,
  type Permissions,
  type ThreadView,
} from '../../../domain/threads/rules';
import { addDays } from '../../../domain/threads/policy';
import { danishDateOf, formatDateIn, formatDateTimeIn } from '../../../domain/threads/time';
import {
  participantLabel,
  roleChoicesOf,
  taskRow,
  whoLabel,
  type CardContext,
  type CoordinationTexts,
} from './cardContext';
import type { Language } from '../../texts';
import threadTemplate from './threadCard.json';

/**
 * Teams refuses cards above about 28 KB, so the live card shows open tasks, the latest completed
 * ones and the latest decisions; the summary card and the audit keep the full record.
 */
export const CARD_LIMITS = { openTasks: 15, doneTasks: 5, decisions: 8 } as const;

function visibleTasks(thread: CoordinationThread): ThreadTask[] {
  const open = thread.tasks.filter((task) => !task.done).slice(0, CARD_LIMITS.openTasks);
  const done = thread.tasks.filter((task) => task.done).slice(-CARD_LIMITS.doneTasks);
  return [...open, ...done];
}

function hiddenNote(thread: CoordinationThread, t: CoordinationTexts): string {
  const shownTasks = visibleTasks(thread).length;
  const shownDecisions = Math.min(thread.decisions.length, CARD_LIMITS.decisions);
  const hidden = thread.tasks.length - shownTasks + thread.decisions.length - shownDecisions;
  return hidden > 0 ? t.card.hiddenItems(hidden) : '';
}

export interface ThreadCardOptions {
  /** Who the card is rendered for; undefined renders the shared copy everyone sees. */
  readonly viewer?: Actor;
  readonly viewerIsAdmin?: boolean;
  /** A note shown at the top (stale card, refused action ...). */
  readonly note?: string;
  /** The local Danish date that decides what is overdue (default: the date now). */
  readonly today?: string;
}

/** What every part of the thread card is rendered from: the thread, as this viewer may see it. */
interface Reading {
  readonly thread: CoordinationThread;
  readonly ctx: CardContext;
  readonly t: CoordinationTexts;
  readonly language: Language;
  readonly viewer: Actor | undefined;
  readonly view: ThreadView;
  readonly can: Permissions;
  readonly today: string;
}

export function renderThreadCard(
  cardTemplates: CardTemplates,
  thread: CoordinationThread,
  ctx: CardContext,
  options: ThreadCardOptions = {},
): AdaptiveCardJson {
  const t = ctx.texts;
  const viewer = options.viewer;
  const view = viewer ? viewFor(thread, viewer) : 'outsider';
  const can = viewer ? permissionsFor(thread, viewer) : permissionsFor(thread, { id: '\u0000shared' });
  const today = options.today ?? danishDateOf(new Date());
  const reading: Reading = { thread, ctx, t, language: ctx.language ?? 'da', viewer, view, can, today };
  const closed = thread.status === 'closed';

  const card = cardTemplates.expand(threadTemplate, {
    title: t.card.title(thread.caseRef),
    statusLabel: t.statuses[thread.status],
    statusColor: closed ? 'Default' : thread.status === 'waiting' ? 'Warning' : 'Good',
    note: options.note ?? '',
    facts: [
      { title: t.card.pathway, value: t.pathways[thread.pathway] },
      { title: t.card.ageOrGrade, value: markdownInline(thread.ageOrGrade) },
      { title: t.card.legalBasis, value: t.legalBases[thread.legalBasis.kind] },
    ],
    summaryLabel: t.card.summary,
    summary: markdownParagraphs(thread.summary),
    ...participantsData(reading),
    ...tasksAndDecisionsData(reading),
    ...meetingAndReviewData(reading),
    ...legalBasisData(reading),
    canJournal: view === 'owner' || !!options.viewerIsAdmin,
    viewNote: closed ? t.card.viewNotes.closed : t.card.viewNotes[view],
    lastChange: t.card.lastChange(
      whoLabel(thread.lastChange.by, thread, ctx),
      formatDateTimeIn(reading.language, thread.lastChange.at),
      t.events[thread.lastChange.action],
    ),
    threadId: thread.id,
    version: thread.version,
    can: { ...can, purge: !!options.viewerIsAdmin },
    labels: {
      ...t.card.actions,
      leadSection: t.card.leadSection,
      leadOfferToYou: t.card.leadOfferToYou,
      overdue: t.card.overdue,
    },
    ...leadHandoverData(thread, ctx, viewer, can.proposeLead),
    statusChoices: allowedNextStatuses(thread.status).map((s) => ({ title: t.statuses[s], value: s })),
    refreshUserIds: refreshUserIdsOf(thread),
    showRefreshButton: view !== 'owner',
  });
  return withOverflowMenu(card);
}

/** Who takes part, who asks to join, and the choices that name participants. */
function participantsData({ thread, ctx, t, viewer, view, can }: Reading) {
  const choosable = thread.participants.filter((p) => p.state === 'invited' || p.state === 'accepted');
  return {
    participantsLabel: t.card.participants,
    participants: thread.participants.map((p) => ({
      label: `${participantLabel(p, thread, ctx)} · ${t.participantStates[p.state]}`,
    })),
    joinRequests: can.decideJoin
      ? thread.participants
          .filter((p) => p.state === 'requested')
          .map((p) => ({
            aadObjectId: p.aadObjectId,
            label: t.card.joinRequest(ctx.roles.nameOf(p.roleId, ctx.language)),
          }))
      : [],
    declineLabel: view === 'participant' ? t.card.actions.leave : t.card.actions.decline,
    currentUserId: viewer?.id ?? '',
    ownerChoices: choosable.map((p) => ({ title: participantLabel(p, thread, ctx), value: p.aadObjectId })),
    roleChoices: roleChoicesOf(ctx),
  };
}

/** The tasks and decisions the card has room for, and a note on how many it leaves out. */
function tasksAndDecisionsData({ thread, ctx, t, language, can, today }: Reading) {
  return {
    tasksLabel: t.card.tasks,
    noTasks: t.card.noTasks,
    tasks: visibleTasks(thread).map((task) => taskRow(task, thread, ctx, can.completeTask, today)),
    openTaskChoices: visibleTasks(thread)
      .filter((task) => !task.done)
      .map((task) => ({ title: templateSafe(task.title), value: task.id })),
    hiddenNote: hiddenNote(thread, t),
    decisionsLabel: t.card.decisions,
    noDecisions: t.card.noDecisions,
    decisions: thread.decisions.slice(-CARD_LIMITS.decisions).map((d) => ({
      text: markdownParagraphs(d.text),
      meta: `${whoLabel(d.by, thread, ctx)}, ${formatDateTimeIn(language, d.at)}`,
    })),
  };
}

/** The next meeting, and the review date with its prompt when it has come. */
function meetingAndReviewData({ thread, t, language, can, today }: Reading) {
  const reviewDue = can.review && thread.reviewDate !== undefined && thread.reviewDate <= today;
  return {
    meetingLabel: t.card.nextMeeting,
    meeting: thread.nextMeeting ? formatDateTimeIn(language, thread.nextMeeting.at) : t.card.noMeeting,
    meetingLink: thread.nextMeeting?.link ?? '',
    reviewLabel: t.card.nextReview,
    review: thread.reviewDate ? formatDateIn(language, thread.reviewDate) : t.card.noReview,
    reviewDueNote:
      reviewDue && thread.reviewDate ? t.card.reviewDue(formatDateIn(language, thread.reviewDate)) : '',
    suggestedReview: addDays(today, 42),
    reviewMin: addDays(today, 1),
  };
}

/** The legal basis: the note under the summary, consent and its withdrawal, and the lead's controls. */
function legalBasisData({ thread, t, language, view }: Reading) {
  const legal = thread.legalBasis;
  const since = thread.legalBasisRecordedAt
    ? ` ${t.card.legalBasisSince(formatDateIn(language, danishDateOf(new Date(thread.legalBasisRecordedAt))))}`
    : '';
  const consent =
    legal.kind === 'consent'
      ? ` ${t.card.consent(markdownInline(legal.scope), markdownInline(legal.recipients))}`
      : '';
  return {
    legalNote:
      legal.kind === 'anonymous'
        ? `${t.legalBasisNote.anonymous}${since}`
        : `${t.legalBasisNote.named}${consent}${since}`,
    consentWithdrawnNote:
      thread.consentWithdrawnAt && view === 'owner'
        ? t.card.consentWithdrawnLead(
            formatDateIn(language, danishDateOf(new Date(thread.consentWithdrawnAt))),
          )
        : '',
    canWithdrawConsent: legal.kind === 'consent' && !thread.consentWithdrawnAt,
    currentLegalBasis: legal.kind,
    currentConsentScope: legal.kind === 'consent' ? templateSafe(legal.scope) : '',
    currentConsentRecipients: legal.kind === 'consent' ? templateSafe(legal.recipients) : '',
    legalBasisChoices: LEGAL_BASIS_KINDS.map((k) => ({ title: t.legalBases[k], value: k })),
  };
}

/** The lead's hand-over and removal controls, and the offer shown to the one it was made to. */
function leadHandoverData(
  thread: CoordinationThread,
  ctx: CardContext,
  viewer: Actor | undefined,
  isLead: boolean,
) {
  const offer = thread.pendingHandover;
  const offeredTo = offer ? thread.participants.find((p) => p.aadObjectId === offer.to) : undefined;
  const others = thread.participants.filter((p) => p.aadObjectId !== thread.ownerId);
  const open = thread.status !== 'closed';
  return {
    leadOfferToYou: open && !!offer && !!viewer && offer.to === viewer.id && !isLead,
    leadOfferedAt: offer?.at ?? '',
    leadOfferNote:
      isLead && offeredTo ? ctx.texts.card.leadOffered(participantLabel(offeredTo, thread, ctx)) : '',
    leadChoices: others
      .filter((p) => p.state === 'accepted')
      .map((p) => ({ title: participantLabel(p, thread, ctx), value: p.aadObjectId })),
    removeChoices: others.map((p) => ({ title: participantLabel(p, thread, ctx), value: p.aadObjectId })),
  };
}
