/**
 * Applying one card click to a thread. The verbs' own rules live in workRules and membershipRules;
 * this file checks who may act, dispatches to the verb's rule and stamps the timeline entry.
 */
import type { ActionContext, ActionRule, ActionRules, ThreadAction, ThreadActionType } from './actions';
import { ThreadRuleError } from './errors';
import { MEMBERSHIP_RULES } from './membershipRules';
import type { Actor } from '../shared/actor';
import { LIMITS, type CoordinationThread, type TimelineEntry } from './model';
import { permissionsFor, viewFor, type Permissions } from './permissions';
import { DEFAULT_COORDINATION_POLICY, type CoordinationPolicy } from './policy';
import { WORK_RULES } from './workRules';

export * from './actions';
export * from './inputChecks';
export * from './permissions';
export * from './statusTransitions';
export type { ThreadEventType } from './model';

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

const RULES: ActionRules<ThreadActionType> = { ...WORK_RULES, ...MEMBERSHIP_RULES };

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
  assertMayAct(thread, actor, action.type);
  const context: ActionContext = { thread, actor, now, at: now.toISOString(), roleIds, policy };
  // TypeScript cannot correlate the table's entry with the action's own type; the table's type does.
  const rule = RULES[action.type] as ActionRule<ThreadAction>;
  const { next, event } = rule(context, action);

  const { at } = context;
  const by = actor.id;
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

/** The checks every verb shares: an open thread, consent in force, and the view's permission. */
function assertMayAct(thread: CoordinationThread, actor: Actor, type: ThreadActionType): void {
  if (thread.status === 'closed') throw new ThreadRuleError('THREAD_CLOSED', 'The thread is closed');
  const view = viewFor(thread, actor);
  if (thread.consentWithdrawnAt !== undefined && view !== 'owner') {
    throw new ThreadRuleError('CONSENT_WITHDRAWN', 'Consent withdrawn: only the lead may act');
  }
  if (permissionsFor(thread, actor)[PERMISSION_OF[type]]) return;
  if (type === 'acceptLead' || type === 'declineLead') {
    // The lead themself, or someone the offer was never made to.
    throw new ThreadRuleError(
      view === 'outsider' ? 'NOT_A_PARTICIPANT' : 'HANDOVER_NOT_OFFERED',
      'No hand-over offered to this person',
    );
  }
  throw new ThreadRuleError(
    view === 'outsider' ? 'NOT_A_PARTICIPANT' : 'NOT_PERMITTED',
    `${view} may not ${type}`,
  );
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
