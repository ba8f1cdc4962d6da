import { z } from 'zod';
import { containsCprInValue } from '../../../domain/privacy/cpr';
import { isCaseReference } from '../../../domain/threads/caseReference';
import { parseMeeting } from '../../../domain/threads/creation';
import { ThreadRuleError } from '../../../domain/threads/errors';
import type { Actor } from '../../../domain/shared/actor';
import { THREAD_STATUSES, type CoordinationThread } from '../../../domain/threads/model';
import { REVIEW_CHOICES, type ThreadAction } from '../../../domain/threads/rules';
import type { AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import type { CoordinationVerbName } from '../../cards/coordination/verbs';
import type { Turn } from '../../turn/turn';
import {
  actorOf,
  InvalidCardData,
  openRef,
  threadRef,
  type CoordinationEnv,
  type Ui,
  type VerbHandler,
} from './env';
import { noteFor } from './errors';
import type { Views } from './views';

type ThreadVerb = Exclude<
  CoordinationVerbName,
  'create' | 'prefill' | 'refresh' | 'open' | 'purge' | 'myWork' | 'journal'
>;

/** Card data -> domain action, per verb. Returns undefined when the data has the wrong shape. */
const ACTION_PARSERS: Record<ThreadVerb, (data: Record<string, unknown>) => ThreadAction | undefined> = {
  accept: () => ({ type: 'accept' }),
  decline: () => ({ type: 'decline' }),
  addTask: (d) => {
    const r = z
      .object({
        taskTitle: z.string().max(2000),
        taskOwner: z.string().max(200).optional(),
        taskDue: z.string().max(20).optional(),
      })
      .safeParse(d);
    if (!r.success) return undefined;
    return {
      type: 'addTask',
      title: r.data.taskTitle,
      ownerId: r.data.taskOwner || undefined,
      due: r.data.taskDue || undefined,
    };
  },
  completeTask: (d) => {
    const r = z.object({ taskId: z.string().regex(/^t\d{1,4}$/) }).safeParse(d);
    return r.success ? { type: 'completeTask', taskId: r.data.taskId } : undefined;
  },
  addDecision: (d) => {
    const r = z.object({ decisionText: z.string().max(2000) }).safeParse(d);
    return r.success ? { type: 'addDecision', text: r.data.decisionText } : undefined;
  },
  setStatus: (d) => {
    const r = z.object({ status: z.enum(THREAD_STATUSES) }).safeParse(d);
    return r.success ? { type: 'setStatus', status: r.data.status } : undefined;
  },
  setMeeting: (d) => {
    const r = z
      .object({
        meetingDate: z.string().max(20),
        meetingTime: z.string().max(20),
        meetingLink: z.string().max(2000).optional(),
      })
      .safeParse(d);
    return r.success
      ? {
          type: 'setMeeting',
          meeting: parseMeeting(r.data.meetingDate, r.data.meetingTime, r.data.meetingLink),
        }
      : undefined;
  },
  close: (d) => {
    const r = z.object({ outcome: z.string().max(2000) }).safeParse(d);
    return r.success ? { type: 'close', outcome: r.data.outcome } : undefined;
  },
  requestJoin: (d) => {
    const r = z.object({ joinRole: z.string().max(60) }).safeParse(d);
    return r.success ? { type: 'requestJoin', roleId: r.data.joinRole } : undefined;
  },
  approveJoin: (d) => {
    const r = z.object({ aadObjectId: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'approveJoin', aadObjectId: r.data.aadObjectId } : undefined;
  },
  rejectJoin: (d) => {
    const r = z.object({ aadObjectId: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'rejectJoin', aadObjectId: r.data.aadObjectId } : undefined;
  },
  assignTask: (d) => {
    const r = z
      .object({ reassignTaskId: z.string().regex(/^t\d{1,4}$/), newOwner: z.string().min(1).max(200) })
      .safeParse(d);
    return r.success
      ? { type: 'assignTask', taskId: r.data.reassignTaskId, ownerId: r.data.newOwner }
      : undefined;
  },
  proposeLead: (d) => {
    const r = z.object({ newLead: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'proposeLead', aadObjectId: r.data.newLead } : undefined;
  },
  acceptLead: (d) => {
    const r = z.object({ offeredAt: z.string().max(40) }).safeParse(d);
    return r.success ? { type: 'acceptLead', offeredAt: r.data.offeredAt } : undefined;
  },
  declineLead: (d) => {
    const r = z.object({ offeredAt: z.string().max(40) }).safeParse(d);
    return r.success ? { type: 'declineLead', offeredAt: r.data.offeredAt } : undefined;
  },
  removeParticipant: (d) => {
    const r = z.object({ participant: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'removeParticipant', aadObjectId: r.data.participant } : undefined;
  },
  setLegalBasis: (d) => {
    const r = z
      .object({
        newLegalBasis: z.string().max(40),
        newConsentScope: z.string().max(2000).optional(),
        newConsentRecipients: z.string().max(2000).optional(),
      })
      .safeParse(d);
    return r.success
      ? {
          type: 'setLegalBasis',
          legalBasis: r.data.newLegalBasis,
          consentScope: r.data.newConsentScope,
          consentRecipients: r.data.newConsentRecipients,
        }
      : undefined;
  },
  withdrawConsent: () => ({ type: 'withdrawConsent' }),
  review: (d) => {
    const r = z.object({ reviewChoice: z.enum(REVIEW_CHOICES), nextReview: z.string().max(20) }).safeParse(d);
    return r.success
      ? { type: 'review', choice: r.data.reviewChoice, nextReview: r.data.nextReview }
      : undefined;
  },
};

export const COORDINATION_THREAD_VERBS = Object.keys(ACTION_PARSERS) as ThreadVerb[];

/**
 * Verbs that do not depend on the version the card showed. Asking to join comes from the shared
 * card, which is not updated on every change; an answer to a lead hand-over names the offer
 * itself, so a replaced offer is refused as stale by the rules rather than as an old card.
 */
const VERSIONLESS_VERBS: ReadonlySet<ThreadVerb> = new Set(['requestJoin', 'acceptLead', 'declineLead']);

/**
 * A rule refused the action: the user's own view of the thread as it is now, with the reason. A
 * rule about one field (a task owner or new lead outside the thread) names that field.
 */
async function refusal(
  env: CoordinationEnv,
  views: Views,
  ui: Ui,
  threadId: string,
  actor: Actor,
  error: ThreadRuleError,
) {
  const { t, errors } = ui;
  const current = await env.deps.service.getThread(threadId);
  if (!current) return t.threadUnavailable;
  const fieldNote = error.field ? t.fieldErrors[error.field as keyof typeof t.fieldErrors] : undefined;
  const note =
    error.code === 'CPR_REFUSED'
      ? errors.cprRefused
      : (fieldNote ?? (error.code === 'INVALID_INPUT' ? t.fieldErrors.generic : noteFor(ui, error.code)));
  return views.view(ui, current, actor, note);
}

/** An action that was applied: the shared card follows, and the user gets their own view. */
async function applied(
  env: CoordinationEnv,
  views: Views,
  change: {
    verb: ThreadVerb;
    ui: Ui;
    turn: Turn;
    actor: Actor;
    action: ThreadAction;
    before: CoordinationThread;
    after: CoordinationThread;
  },
): Promise<AdaptiveCardJson | string> {
  const { verb, ui, turn, actor, action, before, after } = change;
  await views.updateShared(after, turn.logger, before);
  if (after.status === 'closed' && after.location) await views.announceClosing(after, turn.logger);
  turn.logger.info('coordination action', { threadId: after.id, verb, version: after.version });
  if (action.type === 'review' && action.choice === 'stepUp') {
    return env.deps.stepUpGuidance
      ? env.deps.stepUpGuidance(after, ui.language)
      : views.view(ui, after, actor, ui.t.review.steppedUp);
  }
  return views.view(ui, after, actor);
}

/** The live thread card's verbs (one handler per verb) and the reads (refresh, "Vis sagen"). */
export function createThreadVerbs(env: CoordinationEnv, views: Views) {
  const { deps, uiOf } = env;
  const { view, belongsToCard } = views;

  /** One verb of the live thread card: checked against the card it came from, then applied. */
  function threadVerbHandler(verb: ThreadVerb): VerbHandler {
    return async (turn, raw) => {
      const ui = uiOf(turn);
      const { t, errors } = ui;
      const logger = turn.logger;
      const actor = actorOf(turn);
      const versionless = VERSIONLESS_VERBS.has(verb);
      const ref = (versionless ? openRef : threadRef).safeParse(raw);
      if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
      const { threadId } = ref.data;
      const thread = await deps.service.getThread(threadId);
      if (!thread) return t.threadUnavailable;
      if (!belongsToCard(thread, turn)) {
        logger.warn('coordination card data names another thread', { threadId });
        return t.threadUnavailable;
      }
      const version = versionless ? thread.version : (ref.data.version ?? thread.version);
      if (containsCprInValue(raw)) return view(ui, thread, actor, errors.cprRefused);
      let action: ThreadAction | undefined;
      let result;
      try {
        // Parsing may already break a rule (a meeting link that is not Teams').
        action = ACTION_PARSERS[verb](raw as Record<string, unknown>);
        if (!action) return view(ui, thread, actor, errors.invalidCardData);
        result = await deps.service.act(threadId, version, actor, action);
      } catch (error) {
        if (!(error instanceof ThreadRuleError)) throw error;
        logger.info('coordination action refused', { threadId, verb, code: error.code });
        return refusal(env, views, ui, threadId, actor, error);
      }
      switch (result.kind) {
        case 'notFound':
          return t.threadUnavailable;
        case 'stale':
          logger.info('coordination click on stale card', { threadId, verb });
          return view(ui, result.thread, actor, t.notes.stale);
        case 'futureVersion':
          logger.warn('coordination card claims a future version', { threadId, verb });
          return view(ui, result.thread, actor, t.notes.futureVersion);
        case 'applied':
          return applied(env, views, { verb, ui, turn, actor, action, before: thread, after: result.thread });
      }
    };
  }

  /** Refresh and "Vis sagen": a read. Participants get their view; anyone else the minimal card. */
  async function onRead(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const ui = uiOf(turn);
    const logger = turn.logger;
    const actor = actorOf(turn);
    const ref = openRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
    const thread = await deps.service.getThread(ref.data.threadId);
    if (!thread) return ui.t.threadUnavailable;
    if (!belongsToCard(thread, turn)) {
      logger.warn('coordination read of a card from elsewhere refused', { threadId: thread.id });
      return ui.t.threadUnavailable;
    }
    return view(ui, thread, actor);
  }

  return { threadVerbHandler, onRead };
}
