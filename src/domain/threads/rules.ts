import { containsCpr } from '../privacy/cpr';
import { ThreadRuleError } from './errors';
import { addDays, DEFAULT_COORDINATION_POLICY, type CoordinationPolicy } from './policy';
import { danishDateOf } from './time';
import {
  LEGAL_BASIS_KINDS,
  LIMITS,
  type LegalBasis,
  type LegalBasisKind,
  type Actor,
  type CoordinationThread,
  type Meeting,
  type Participant,
  type ThreadEventType,
  type ThreadStatus,
  type TimelineEntry,
} from './model';

/** Allowed status moves. Closing needs an outcome, so it only happens through the `close` action. */
const TRANSITIONS: Readonly<Record<ThreadStatus, readonly ThreadStatus[]>> = {
  open: ['inProgress', 'waiting', 'closed'],
  inProgress: ['waiting', 'closed'],
  waiting: ['inProgress', 'closed'],
  closed: [],
};

export function canTransition(from: ThreadStatus, to: ThreadStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedNextStatuses(from: ThreadStatus): readonly ThreadStatus[] {
  return TRANSITIONS[from].filter((status) => status !== 'closed');
}

/** What a person sees and may do on a thread's card. */
export type ThreadView = 'owner' | 'participant' | 'invited' | 'declined' | 'requested' | 'outsider';

export function viewFor(thread: CoordinationThread, actor: Actor): ThreadView {
  if (sameUser(thread.ownerId, actor)) return 'owner';
  const participant = findParticipant(thread, actor);
  if (!participant) return 'outsider';
  switch (participant.state) {
    case 'accepted':
      return 'participant';
    case 'invited':
      return 'invited';
    case 'declined':
      return 'declined';
    case 'requested':
      return 'requested';
  }
}

/** The verbs a view may use while the thread is not closed. A closed thread is read-only for all. */
export interface Permissions {
  readonly accept: boolean;
  readonly decline: boolean;
  readonly addTask: boolean;
  readonly assignTask: boolean;
  readonly completeTask: boolean;
  readonly addDecision: boolean;
  readonly setStatus: boolean;
  readonly setMeeting: boolean;
  readonly close: boolean;
  readonly requestJoin: boolean;
  readonly decideJoin: boolean;
  /** The lead offers the lead role to a participant, or removes one. */
  readonly proposeLead: boolean;
  readonly removeParticipant: boolean;
  /** A participant answers an offer of the lead role (the rules check it was offered to them). */
  readonly answerLead: boolean;
  /** The lead decides at a review: continue, step up or step down (closing is `close`). */
  readonly review: boolean;
  /** The lead records a new legal basis (or new consent scope) or registers a withdrawal. */
  readonly legalBasis: boolean;
}

const NONE: Permissions = {
  accept: false,
  decline: false,
  addTask: false,
  assignTask: false,
  completeTask: false,
  addDecision: false,
  setStatus: false,
  setMeeting: false,
  close: false,
  requestJoin: false,
  decideJoin: false,
  proposeLead: false,
  removeParticipant: false,
  answerLead: false,
  review: false,
  legalBasis: false,
};

export function permissionsFor(thread: CoordinationThread, actor: Actor): Permissions {
  if (thread.status === 'closed') return NONE;
  const view = viewFor(thread, actor);
  const update = { addTask: true, assignTask: true, completeTask: true, addDecision: true };
  switch (view) {
    case 'owner':
      return {
        ...NONE,
        ...update,
        setStatus: true,
        setMeeting: true,
        close: true,
        decideJoin: true,
        proposeLead: true,
        removeParticipant: true,
        review: true,
        legalBasis: true,
      };
    case 'participant':
      return { ...NONE, ...update, decline: true, answerLead: true };
    case 'invited':
      return { ...NONE, accept: true, decline: true };
    case 'declined':
      return { ...NONE, accept: true };
    case 'requested':
      return NONE;
    case 'outsider':
      return { ...NONE, requestJoin: true };
  }
}

export type ThreadAction =
  | { readonly type: 'accept' }
  | { readonly type: 'decline' }
  | { readonly type: 'addTask'; readonly title: string; readonly ownerId?: string; readonly due?: string }
  | { readonly type: 'assignTask'; readonly taskId: string; readonly ownerId: string }
  | { readonly type: 'completeTask'; readonly taskId: string }
  | { readonly type: 'addDecision'; readonly text: string }
  | { readonly type: 'setStatus'; readonly status: ThreadStatus }
  | { readonly type: 'setMeeting'; readonly meeting: Meeting | undefined }
  | { readonly type: 'close'; readonly outcome: string }
  | { readonly type: 'requestJoin'; readonly roleId: string }
  | { readonly type: 'approveJoin'; readonly aadObjectId: string }
  | { readonly type: 'rejectJoin'; readonly aadObjectId: string }
  | { readonly type: 'proposeLead'; readonly aadObjectId: string }
  /** `offeredAt` is the offer the clicked card showed: a replaced or withdrawn offer is stale. */
  | { readonly type: 'acceptLead'; readonly offeredAt: string }
  | { readonly type: 'declineLead'; readonly offeredAt: string }
  | { readonly type: 'removeParticipant'; readonly aadObjectId: string }
  /** At a review the lead continues, steps up or steps down, and sets the next review date. */
  | { readonly type: 'review'; readonly choice: ReviewChoice; readonly nextReview: string }
  /** A new legal basis, or the same consent with a new scope or recipients; dated. */
  | {
      readonly type: 'setLegalBasis';
      readonly legalBasis: string;
      readonly consentScope?: string;
      readonly consentRecipients?: string;
    }
  | { readonly type: 'withdrawConsent' };

export const REVIEW_CHOICES = ['continue', 'stepUp', 'stepDown'] as const;
export type ReviewChoice = (typeof REVIEW_CHOICES)[number];

const REVIEW_EVENTS: Readonly<Record<ReviewChoice, ThreadEventType>> = {
  continue: 'reviewContinued',
  stepUp: 'reviewSteppedUp',
  stepDown: 'reviewSteppedDown',
};

export type ThreadActionType = ThreadAction['type'];

const PERMISSION_OF: Readonly<Record<ThreadActionType, keyof Permissions>> = {
  accept: 'accept',
  decline: 'decline',
  addTask: 'addTask',
  assignTask: 'assignTask',
  completeTask: 'completeTask',
  addDecision: 'addDecision',
  setStatus: 'setStatus',
  setMeeting: 'setMeeting',
  close: 'close',
  requestJoin: 'requestJoin',
  approveJoin: 'decideJoin',
  rejectJoin: 'decideJoin',
  proposeLead: 'proposeLead',
  acceptLead: 'answerLead',
  declineLead: 'answerLead',
  removeParticipant: 'removeParticipant',
  review: 'review',
  setLegalBasis: 'legalBasis',
  withdrawConsent: 'legalBasis',
};

export interface AppliedAction {
  readonly thread: CoordinationThread;
  readonly event: TimelineEntry;
}

/**
 * Applies one action by one person: checks permission and rules, returns the next thread with
 * version + 1 and the audit event. Throws ThreadRuleError; never mutates its input.
 */
export function applyThreadAction(
  thread: CoordinationThread,
  actor: Actor,
  action: ThreadAction,
  now: Date,
  roleIds: ReadonlySet<string>,
  policy: CoordinationPolicy = DEFAULT_COORDINATION_POLICY,
): AppliedAction {
  if (thread.status === 'closed') throw new ThreadRuleError('THREAD_CLOSED', 'The thread is closed');
  const view = viewFor(thread, actor);
  if (thread.consentWithdrawnAt !== undefined && view !== 'owner') {
    throw new ThreadRuleError('CONSENT_WITHDRAWN', 'Consent withdrawn: only the lead may act');
  }
  if (!permissionsFor(thread, actor)[PERMISSION_OF[action.type]]) {
    if (action.type === 'acceptLead' || action.type === 'declineLead') {
      // The lead themself, or someone the offer was never made to.
      throw new ThreadRuleError(
        view === 'outsider' ? 'NOT_A_PARTICIPANT' : 'HANDOVER_NOT_OFFERED',
        'No hand-over offered to this person',
      );
    }
    throw new ThreadRuleError(
      view === 'outsider' ? 'NOT_A_PARTICIPANT' : 'NOT_PERMITTED',
      `${view} may not ${action.type}`,
    );
  }
  const at = now.toISOString();
  const by = actor.aadObjectId;
  let next: CoordinationThread = thread;
  let event: Omit<TimelineEntry, 'version' | 'at' | 'by'>;

  switch (action.type) {
    case 'accept':
    case 'decline': {
      const state = action.type === 'accept' ? 'accepted' : 'declined';
      next = withParticipant(thread, actor, (p) => ({
        ...p,
        state,
        respondedAt: at,
        teamsUserId: actor.teamsUserId ?? p.teamsUserId,
        displayName: state === 'accepted' ? cleanName(actor.displayName) : undefined,
      }));
      const participant = findParticipant(thread, actor);
      event = { action: action.type === 'accept' ? 'accepted' : 'declined', roleId: participant?.roleId };
      break;
    }
    case 'addTask': {
      if (thread.tasks.length >= LIMITS.tasks) throw new ThreadRuleError('LIMIT_REACHED', 'Too many tasks');
      const title = cleanText(action.title, LIMITS.taskTitle, 'title');
      const ownerId = action.ownerId ?? by;
      assertCanOwnTasks(thread, ownerId);
      // Every task has a due date: one left empty falls due after the configured number of days.
      const due =
        action.due === undefined
          ? addDays(danishDateOf(now), policy.tasks.defaultDueDays)
          : checkDate(action.due, 'due');
      const id = `t${thread.tasks.length + 1}`;
      next = {
        ...thread,
        tasks: [...thread.tasks, { id, title, ownerId, due, done: false, createdBy: by, createdAt: at }],
      };
      event = { action: 'taskAdded', taskId: id };
      break;
    }
    case 'assignTask': {
      const task = findTask(thread, action.taskId);
      if (task.done) throw new ThreadRuleError('TASK_ALREADY_DONE', 'Task is done');
      assertCanOwnTasks(thread, action.ownerId);
      next = replaceTask(thread, { ...task, ownerId: action.ownerId });
      event = { action: 'taskAssigned', taskId: task.id };
      break;
    }
    case 'completeTask': {
      const task = findTask(thread, action.taskId);
      if (task.done) throw new ThreadRuleError('TASK_ALREADY_DONE', 'Task is done');
      next = replaceTask(thread, { ...task, done: true, completedBy: by, completedAt: at });
      event = { action: 'taskCompleted', taskId: task.id };
      break;
    }
    case 'addDecision': {
      if (thread.decisions.length >= LIMITS.decisions) {
        throw new ThreadRuleError('LIMIT_REACHED', 'Too many decisions');
      }
      const text = cleanMultilineText(action.text, LIMITS.decision, 'text');
      next = {
        ...thread,
        decisions: [...thread.decisions, { id: `d${thread.decisions.length + 1}`, text, by, at }],
      };
      event = { action: 'decisionAdded' };
      break;
    }
    case 'setStatus': {
      if (action.status === 'closed' || !canTransition(thread.status, action.status)) {
        throw new ThreadRuleError('INVALID_TRANSITION', `${thread.status} -> ${action.status}`);
      }
      next = { ...thread, status: action.status };
      event = { action: 'statusChanged', status: action.status };
      break;
    }
    case 'setMeeting': {
      next = { ...thread, nextMeeting: action.meeting };
      event = { action: 'meetingSet' };
      break;
    }
    case 'close': {
      const outcome = cleanMultilineText(action.outcome, LIMITS.outcome, 'outcome');
      next = { ...thread, status: 'closed', outcome, closedAt: at };
      event = { action: 'closed', status: 'closed' };
      break;
    }
    case 'requestJoin': {
      if (!roleIds.has(action.roleId)) throw new ThreadRuleError('INVALID_INPUT', 'Unknown role', 'roleId');
      if (thread.participants.length >= LIMITS.participants) {
        throw new ThreadRuleError('LIMIT_REACHED', 'Too many participants');
      }
      const participant: Participant = {
        aadObjectId: actor.aadObjectId,
        teamsUserId: actor.teamsUserId,
        roleId: action.roleId,
        state: 'requested',
        displayName: cleanName(actor.displayName),
        addedAt: at,
      };
      next = { ...thread, participants: [...thread.participants, participant] };
      event = { action: 'joinRequested', roleId: action.roleId };
      break;
    }
    case 'approveJoin':
    case 'rejectJoin': {
      const target = thread.participants.find((p) => p.aadObjectId === action.aadObjectId);
      if (!target || target.state !== 'requested') {
        throw new ThreadRuleError('PARTICIPANT_NOT_FOUND', 'No such join request');
      }
      next =
        action.type === 'approveJoin'
          ? {
              ...thread,
              participants: thread.participants.map((p) =>
                p === target ? { ...p, state: 'accepted' as const, respondedAt: at } : p,
              ),
            }
          : { ...thread, participants: thread.participants.filter((p) => p !== target) };
      event = {
        action: action.type === 'approveJoin' ? 'joinApproved' : 'joinRejected',
        roleId: target.roleId,
        subject: target.aadObjectId,
      };
      break;
    }
    case 'proposeLead': {
      const target = thread.participants.find((p) => p.aadObjectId === action.aadObjectId);
      if (!target || target.state !== 'accepted' || target.aadObjectId === thread.ownerId) {
        throw new ThreadRuleError('PARTICIPANT_NOT_FOUND', 'Not an accepted participant', 'newLead');
      }
      next = { ...thread, pendingHandover: { to: target.aadObjectId, by: thread.ownerId, at } };
      event = { action: 'leadProposed', roleId: target.roleId, subject: target.aadObjectId };
      break;
    }
    case 'acceptLead':
    case 'declineLead': {
      const offer = thread.pendingHandover;
      const me = findParticipant(thread, actor);
      if (!offer || !me || offer.to !== me.aadObjectId) {
        throw new ThreadRuleError('HANDOVER_NOT_OFFERED', 'No hand-over offered to this person');
      }
      if (offer.at !== action.offeredAt || offer.by !== thread.ownerId) {
        throw new ThreadRuleError('HANDOVER_STALE', 'The offer was replaced or the lead changed');
      }
      next =
        action.type === 'acceptLead'
          ? { ...thread, ownerId: me.aadObjectId, pendingHandover: undefined }
          : { ...thread, pendingHandover: undefined };
      event = {
        action: action.type === 'acceptLead' ? 'leadAccepted' : 'leadDeclined',
        roleId: me.roleId,
        subject: offer.by,
      };
      break;
    }
    case 'removeParticipant': {
      const target = thread.participants.find((p) => p.aadObjectId === action.aadObjectId);
      if (!target) throw new ThreadRuleError('PARTICIPANT_NOT_FOUND', 'No such participant', 'participant');
      if (target.aadObjectId === thread.ownerId) {
        throw new ThreadRuleError('LEAD_NOT_REMOVABLE', 'The lead cannot be removed');
      }
      const others = thread.participants.filter(
        (p) => p.aadObjectId !== thread.ownerId && (p.state === 'accepted' || p.state === 'invited'),
      );
      if (others.length <= 1 && others[0]?.aadObjectId === target.aadObjectId) {
        throw new ThreadRuleError('LAST_PARTICIPANT', 'The last participant cannot be removed');
      }
      // Open tasks go back to the lead, so nothing is left with someone who can no longer see it.
      next = {
        ...thread,
        participants: thread.participants.filter((p) => p !== target),
        tasks: thread.tasks.map((task) =>
          task.ownerId === target.aadObjectId && !task.done ? { ...task, ownerId: thread.ownerId } : task,
        ),
        pendingHandover:
          thread.pendingHandover?.to === target.aadObjectId ? undefined : thread.pendingHandover,
      };
      event = { action: 'participantRemoved', roleId: target.roleId, subject: target.aadObjectId };
      break;
    }
    case 'setLegalBasis': {
      next = {
        ...thread,
        legalBasis: parseLegalBasis(action),
        legalBasisRecordedAt: at,
        consentWithdrawnAt: undefined,
      };
      event = { action: 'legalBasisRecorded', subject: next.legalBasis.kind };
      break;
    }
    case 'withdrawConsent': {
      if (thread.legalBasis.kind !== 'consent' || thread.consentWithdrawnAt !== undefined) {
        throw new ThreadRuleError('NO_CONSENT', 'No consent in force to withdraw');
      }
      next = { ...thread, consentWithdrawnAt: at };
      event = { action: 'consentWithdrawn' };
      break;
    }
    case 'review': {
      const nextReview = checkReviewDate(action.nextReview, danishDateOf(now));
      next = { ...thread, reviewDate: nextReview };
      event = { action: REVIEW_EVENTS[action.choice] };
      break;
    }
  }

  const version = thread.version + 1;
  const entry: TimelineEntry = { version, at, by, ...stripUndefined(event) };
  return {
    thread: {
      ...next,
      version,
      lastChange: { by, at, action: entry.action },
      timeline: [...thread.timeline, entry].slice(-LIMITS.timeline),
    },
    event: entry,
  };
}

export function sameUser(id: string, actor: Actor): boolean {
  return id === actor.aadObjectId || (actor.teamsUserId !== undefined && id === actor.teamsUserId);
}

export function findParticipant(thread: CoordinationThread, actor: Actor): Participant | undefined {
  return thread.participants.find(
    (p) =>
      p.aadObjectId === actor.aadObjectId ||
      (actor.teamsUserId !== undefined && p.teamsUserId === actor.teamsUserId),
  );
}

/** Validates a free-text field: trimmed, not empty, within its limit, and never a CPR number. */
export function cleanText(value: string, max: number, field: string): string {
  return checkedText(value.replace(/\s+/g, ' ').trim(), max, field);
}

/**
 * Like cleanText, but the lines a person typed stay lines (a description, a decision, an outcome
 * written as a short list): spaces collapse within each line, blank lines to one.
 */
export function cleanMultilineText(value: string, max: number, field: string): string {
  const text = value
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return checkedText(text, max, field);
}

function checkedText(text: string, max: number, field: string): string {
  if (containsCpr(text)) throw new ThreadRuleError('CPR_REFUSED', 'CPR number in input', field);
  if (text.length === 0) throw new ThreadRuleError('INVALID_INPUT', 'Empty text', field);
  if (text.length > max) throw new ThreadRuleError('INVALID_INPUT', 'Text too long', field);
  return text;
}

export function checkDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new ThreadRuleError('INVALID_INPUT', 'Not a date', field);
  const date = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new ThreadRuleError('INVALID_INPUT', 'Not a date', field);
  }
  return value;
}

/** A review date: a real date, not before tomorrow and at most a year ahead. */
export function checkReviewDate(value: string, today: string): string {
  const date = checkDate(value.trim(), 'reviewDate');
  if (date <= today) throw new ThreadRuleError('REVIEW_DATE_IN_PAST', 'Review date not ahead', 'reviewDate');
  if (date > addDays(today, LIMITS.reviewDays)) {
    throw new ThreadRuleError('INVALID_INPUT', 'Review date too far ahead', 'reviewDate');
  }
  return date;
}

export function parseLegalBasis(input: {
  legalBasis: string;
  consentScope?: string;
  consentRecipients?: string;
}): LegalBasis {
  const kind = input.legalBasis as LegalBasisKind;
  if (!(LEGAL_BASIS_KINDS as readonly string[]).includes(kind)) {
    throw new ThreadRuleError('INVALID_INPUT', 'Unknown legal basis', 'legalBasis');
  }
  if (kind === 'consent') {
    return {
      kind,
      scope: cleanText(input.consentScope ?? '', LIMITS.consentText, 'consentScope'),
      recipients: cleanText(input.consentRecipients ?? '', LIMITS.consentText, 'consentRecipients'),
    };
  }
  return { kind };
}

function cleanName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const text = name.replace(/\s+/g, ' ').trim().slice(0, 80);
  return text && !containsCpr(text) ? text : undefined;
}

function withParticipant(
  thread: CoordinationThread,
  actor: Actor,
  change: (p: Participant) => Participant,
): CoordinationThread {
  const participant = findParticipant(thread, actor);
  if (!participant) throw new ThreadRuleError('NOT_A_PARTICIPANT', 'Not a participant');
  return { ...thread, participants: thread.participants.map((p) => (p === participant ? change(p) : p)) };
}

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

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export type { ThreadEventType };
