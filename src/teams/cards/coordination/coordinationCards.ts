import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../../../domain/shared/pathwayId';
import type { FirstTaskInput } from '../../../domain/threads/templates';
import { expandCard, templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { markdownInline, markdownList, markdownParagraphs } from '../shared/markdown';
import { withOverflowMenu } from '../shared/overflowMenu';
import { refreshUserIdsOf } from '../../../domain/threads/access';
import type { ChannelTarget } from '../../../domain/threads/channels';
import {
  LEGAL_BASIS_KINDS,
  type Actor,
  type CoordinationThread,
  type Participant,
  type ThreadTask,
} from '../../../domain/threads/model';
import type { Reminder } from '../../../domain/threads/reminders';
import type { RoleDirectory } from '../../../domain/threads/roles';
import { allowedNextStatuses, permissionsFor, viewFor } from '../../../domain/threads/rules';
import { addDays } from '../../../domain/threads/policy';
import { danishDateOf, formatDateIn, formatDateTimeIn } from '../../../domain/threads/time';
import type { OutboundMessage } from '../../../ports/outboundMessenger';
import type { Language, Texts } from '../../texts';
import formTemplate from './formCard.json';
import noticeTemplate from './noticeCard.json';
import summaryTemplate from './summaryCard.json';
import threadTemplate from './threadCard.json';

export type { AdaptiveCardJson };
type CoordinationTexts = Texts['coordination'];

/** Value of the "nobody chosen" choices on the form (choice values must not be empty). */
export const NONE = 'none';

/**
 * Teams refuses cards above about 28 KB, so the live card shows open tasks, the latest completed
 * ones and the latest decisions; the summary card and the audit keep the full record.
 */
export const CARD_LIMITS = { openTasks: 15, doneTasks: 5, decisions: 8 } as const;

/** The number of participant rows on the creation form (more when more roles are suggested). */
export const FORM_PARTICIPANT_ROWS = 4;
/** The most participant rows the form shows, suggested roles included. */
export const MAX_FORM_PARTICIPANT_ROWS = 8;

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

function whoLabel(userId: string, thread: CoordinationThread, ctx: CardContext): string {
  const participant = thread.participants.find((p) => p.aadObjectId === userId);
  return participant ? participantLabel(participant, thread, ctx) : ctx.texts.card.someone;
}

function taskRow(
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

export function renderThreadCard(
  thread: CoordinationThread,
  ctx: CardContext,
  options: ThreadCardOptions = {},
): AdaptiveCardJson {
  const t = ctx.texts;
  const viewer = options.viewer;
  const view = viewer ? viewFor(thread, viewer) : 'outsider';
  const can = viewer
    ? permissionsFor(thread, viewer)
    : permissionsFor(thread, { aadObjectId: '\u0000shared' });
  const closed = thread.status === 'closed';
  const legal = thread.legalBasis;
  const since = thread.legalBasisRecordedAt
    ? ` ${t.card.legalBasisSince(formatDateIn(ctx.language ?? 'da', danishDateOf(new Date(thread.legalBasisRecordedAt))))}`
    : '';
  const legalNote =
    legal.kind === 'anonymous'
      ? `${t.legalBasisNote.anonymous}${since}`
      : `${t.legalBasisNote.named}${legal.kind === 'consent' ? ` ${t.card.consent(markdownInline(legal.scope), markdownInline(legal.recipients))}` : ''}${since}`;
  const refreshUserIds = refreshUserIdsOf(thread);
  const choosable = thread.participants.filter((p) => p.state === 'invited' || p.state === 'accepted');
  const today = options.today ?? danishDateOf(new Date());
  const reviewDue = can.review && thread.reviewDate !== undefined && thread.reviewDate <= today;

  const card = expandCard(threadTemplate, {
    title: t.card.title(thread.caseRef),
    statusLabel: t.statuses[thread.status],
    statusColor: closed ? 'Default' : thread.status === 'waiting' ? 'Warning' : 'Good',
    note: options.note ?? '',
    facts: [
      { title: t.card.pathway, value: t.pathways[thread.pathway] },
      { title: t.card.ageOrGrade, value: markdownInline(thread.ageOrGrade) },
      { title: t.card.legalBasis, value: t.legalBases[legal.kind] },
    ],
    summaryLabel: t.card.summary,
    summary: markdownParagraphs(thread.summary),
    legalNote,
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
      meta: `${whoLabel(d.by, thread, ctx)}, ${formatDateTimeIn(ctx.language ?? 'da', d.at)}`,
    })),
    meetingLabel: t.card.nextMeeting,
    meeting: thread.nextMeeting
      ? formatDateTimeIn(ctx.language ?? 'da', thread.nextMeeting.at)
      : t.card.noMeeting,
    meetingLink: thread.nextMeeting?.link ?? '',
    consentWithdrawnNote:
      thread.consentWithdrawnAt && view === 'owner'
        ? t.card.consentWithdrawnLead(
            formatDateIn(ctx.language ?? 'da', danishDateOf(new Date(thread.consentWithdrawnAt))),
          )
        : '',
    canWithdrawConsent: legal.kind === 'consent' && !thread.consentWithdrawnAt,
    currentLegalBasis: legal.kind,
    currentConsentScope: legal.kind === 'consent' ? templateSafe(legal.scope) : '',
    currentConsentRecipients: legal.kind === 'consent' ? templateSafe(legal.recipients) : '',
    legalBasisChoices: LEGAL_BASIS_KINDS.map((k) => ({ title: t.legalBases[k], value: k })),
    canJournal: view === 'owner' || !!options.viewerIsAdmin,
    reviewLabel: t.card.nextReview,
    review: thread.reviewDate ? formatDateIn(ctx.language ?? 'da', thread.reviewDate) : t.card.noReview,
    reviewDueNote:
      reviewDue && thread.reviewDate
        ? t.card.reviewDue(formatDateIn(ctx.language ?? 'da', thread.reviewDate))
        : '',
    suggestedReview: addDays(today, 42),
    reviewMin: addDays(today, 1),
    viewNote: closed ? t.card.viewNotes.closed : t.card.viewNotes[view],
    lastChange: t.card.lastChange(
      whoLabel(thread.lastChange.by, thread, ctx),
      formatDateTimeIn(ctx.language ?? 'da', thread.lastChange.at),
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
    declineLabel: view === 'participant' ? t.card.actions.leave : t.card.actions.decline,
    currentUserId: viewer?.aadObjectId ?? '',
    ownerChoices: choosable.map((p) => ({ title: participantLabel(p, thread, ctx), value: p.aadObjectId })),
    statusChoices: allowedNextStatuses(thread.status).map((s) => ({ title: t.statuses[s], value: s })),
    roleChoices: roleChoicesOf(ctx),
    refreshUserIds,
    showRefreshButton: view !== 'owner',
  });
  return withOverflowMenu(card);
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
    leadOfferToYou: open && !!offer && !!viewer && offer.to === viewer.aadObjectId && !isLead,
    leadOfferedAt: offer?.at ?? '',
    leadOfferNote:
      isLead && offeredTo ? ctx.texts.card.leadOffered(participantLabel(offeredTo, thread, ctx)) : '',
    leadChoices: others
      .filter((p) => p.state === 'accepted')
      .map((p) => ({ title: participantLabel(p, thread, ctx), value: p.aadObjectId })),
    removeChoices: others.map((p) => ({ title: participantLabel(p, thread, ctx), value: p.aadObjectId })),
  };
}

export interface FormValues {
  readonly ageOrGrade?: string;
  readonly pathway?: string;
  readonly summary?: string;
  readonly legalBasis?: string;
  readonly consentScope?: string;
  readonly consentRecipients?: string;
  readonly ownerRole?: string;
  readonly placement?: string;
  readonly meetingDate?: string;
  readonly meetingTime?: string;
  /** 'false' when the creator unticked the template's first tasks. */
  readonly useFirstTasks?: string;
  /** `suggested`: the role was suggested (pathway card or template); without a person the row is skipped. */
  readonly participants?: readonly {
    roleId?: string;
    userId?: string;
    email?: string;
    suggested?: boolean;
  }[];
}

export interface FormCardOptions {
  readonly caseRef: string;
  readonly values?: FormValues;
  readonly error?: string;
  readonly askNameConfirmation?: boolean;
  /** Channels a thread can be started in (config/channels.yaml, usedFor coordination). */
  readonly channels: readonly ChannelTarget[];
  /** Known colleagues (team roster) offered as static choices next to the directory search. */
  readonly people?: readonly { title: string; value: string }[];
  /** The chosen pathway's first tasks from its template (config/threadTemplates.yaml). */
  readonly template?: { readonly pathway: ThreadPathwayId; readonly firstTasks: readonly FirstTaskInput[] };
}

export function renderFormCard(ctx: CardContext, options: FormCardOptions): AdaptiveCardJson {
  const t = ctx.texts;
  const values = options.values ?? {};
  const roleChoices = roleChoicesOf(ctx);
  const rowCount = Math.min(
    MAX_FORM_PARTICIPANT_ROWS,
    Math.max(FORM_PARTICIPANT_ROWS, values.participants?.length ?? 0),
  );
  const suggestedRows = (values.participants ?? [])
    .slice(0, rowCount)
    .flatMap((row, i) => (row.suggested ? [String(i + 1)] : []))
    .join(',');
  const template = options.template;
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const n = i + 1;
    const row = values.participants?.[i] ?? {};
    return {
      roleId: `p${n}Role`,
      userId: `p${n}User`,
      emailId: `p${n}Email`,
      roleLabel: t.form.participantRole(n),
      userLabel: t.form.participantUser(n),
      emailLabel: t.form.participantEmail(n),
      roleValue: templateSafe(row.roleId) || NONE,
      userValue: templateSafe(row.userId) || NONE,
      emailValue: templateSafe(row.email),
    };
  });
  const people =
    options.people && options.people.length > 0
      ? options.people
      : [{ title: t.form.pickPlaceholder, value: NONE }];
  return expandCard(formTemplate, {
    labels: t.form,
    errors: t.fieldErrors,
    error: options.error ?? '',
    caseRef: options.caseRef,
    language: ctx.language ?? 'da',
    suggestedRows,
    firstTasksIntro:
      template && template.firstTasks.length > 0 ? t.form.firstTasksIntro(t.pathways[template.pathway]) : '',
    firstTasksList: template
      ? templateSafe(
          markdownList(
            template.firstTasks.map((task) =>
              markdownInline(
                t.form.firstTaskLine(
                  task.title,
                  ctx.roles.nameOf(task.ownerRoleId, ctx.language),
                  task.dueDays,
                ),
              ),
            ),
          ),
        )
      : '',
    askNameConfirmation: options.askNameConfirmation ?? false,
    values: {
      ageOrGrade: templateSafe(values.ageOrGrade),
      pathway: templateSafe(values.pathway),
      summary: templateSafe(values.summary),
      legalBasis: templateSafe(values.legalBasis) || 'anonymous',
      consentScope: templateSafe(values.consentScope),
      consentRecipients: templateSafe(values.consentRecipients),
      ownerRole: templateSafe(values.ownerRole),
      placement: templateSafe(values.placement) || 'here',
      meetingDate: templateSafe(values.meetingDate),
      meetingTime: templateSafe(values.meetingTime),
      useFirstTasks: values.useFirstTasks === 'false' ? 'false' : 'true',
    },
    pathwayChoices: THREAD_PATHWAY_IDS.map((p) => ({ title: t.pathways[p], value: p })),
    legalBasisChoices: LEGAL_BASIS_KINDS.map((k) => ({ title: t.legalBases[k], value: k })),
    roleChoices,
    participantRoleChoices: [{ title: t.form.noRole, value: NONE }, ...roleChoices],
    participantRows: rows,
    peopleChoices: people.map((p) => ({ title: templateSafe(p.title), value: templateSafe(p.value) })),
    placementChoices: [
      { title: t.form.placementHere, value: 'here' },
      ...options.channels.map((c) => ({ title: c.name, value: c.id })),
    ],
  });
}

export interface SummaryCardOptions {
  /** A line under the title (the closed thread's view note). */
  readonly note?: string;
  /** Participants who keep getting this record as their own view of the shared card. */
  readonly refreshUserIds?: readonly string[];
}

/** The record of a closed thread: a participant's own view only, never posted to the shared chat. */
export function renderSummaryCard(
  thread: CoordinationThread,
  ctx: CardContext,
  options: SummaryCardOptions = {},
): AdaptiveCardJson {
  const t = ctx.texts;
  return expandCard(summaryTemplate, {
    threadId: thread.id,
    refreshUserIds: options.refreshUserIds ?? [],
    refreshLabel: t.shared.open,
    note: options.note ?? '',
    title: t.summary.title(thread.caseRef),
    facts: [
      { title: t.card.pathway, value: t.pathways[thread.pathway] },
      { title: t.card.ageOrGrade, value: markdownInline(thread.ageOrGrade) },
      { title: t.card.legalBasis, value: t.legalBases[thread.legalBasis.kind] },
    ],
    outcomeLabel: t.summary.outcome,
    outcome: markdownParagraphs(thread.outcome) || '-',
    decisionsLabel: t.summary.decisions,
    noDecisions: t.card.noDecisions,
    decisions: thread.decisions.map((d) => ({ text: markdownInline(d.text) })),
    openTasksLabel: t.summary.openTasks,
    noOpenTasks: t.summary.noOpenTasks,
    openTasks: thread.tasks
      .filter((task) => !task.done)
      .map((task) => taskRow(task, thread, ctx, false, danishDateOf(new Date()))),
    timelineLabel: t.summary.timeline,
    timeline: thread.timeline.map((e) => ({
      when: formatDateTimeIn(ctx.language ?? 'da', e.at),
      what: `${whoLabel(e.by, thread, ctx)} ${t.events[e.action]}`,
    })),
  });
}

export function renderNoticeCard(title: string, text: string, detail = ''): AdaptiveCardJson {
  return expandCard(noticeTemplate, {
    title: templateSafe(title),
    text: templateSafe(text),
    detail: templateSafe(detail),
  });
}

/** The message a due reminder posts in the thread; the task owner is @mentioned when known. */
export function presentReminder(
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
