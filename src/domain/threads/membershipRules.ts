/** The rules for who takes part: answering an invitation, joining, the lead role and removal. */
import type { ActionRule, ActionRules, ThreadActionOf } from './actions';
import { ThreadRuleError } from './errors';
import { cleanName } from './inputChecks';
import type { Actor } from '../shared/actor';
import { LIMITS, type CoordinationThread, type Participant } from './model';
import { findParticipant } from './permissions';

type MembershipVerb =
  | 'accept'
  | 'decline'
  | 'requestJoin'
  | 'approveJoin'
  | 'rejectJoin'
  | 'proposeLead'
  | 'acceptLead'
  | 'declineLead'
  | 'removeParticipant';

const answerInvitation: ActionRule<ThreadActionOf<'accept' | 'decline'>> = (
  { thread, actor, at },
  action,
) => {
  const state = action.type === 'accept' ? 'accepted' : 'declined';
  const next = withParticipant(thread, actor, (p) => ({
    ...p,
    state,
    respondedAt: at,
    teamsUserId: actor.teamsUserId ?? p.teamsUserId,
    displayName: state === 'accepted' ? cleanName(actor.displayName) : undefined,
  }));
  const participant = findParticipant(thread, actor);
  return {
    next,
    event: { action: action.type === 'accept' ? 'accepted' : 'declined', roleId: participant?.roleId },
  };
};

const decideJoin: ActionRule<ThreadActionOf<'approveJoin' | 'rejectJoin'>> = ({ thread, at }, action) => {
  const target = thread.participants.find((p) => p.aadObjectId === action.aadObjectId);
  if (!target || target.state !== 'requested') {
    throw new ThreadRuleError('PARTICIPANT_NOT_FOUND', 'No such join request');
  }
  const next: CoordinationThread =
    action.type === 'approveJoin'
      ? {
          ...thread,
          participants: thread.participants.map((p) =>
            p === target ? { ...p, state: 'accepted' as const, respondedAt: at } : p,
          ),
        }
      : { ...thread, participants: thread.participants.filter((p) => p !== target) };
  return {
    next,
    event: {
      action: action.type === 'approveJoin' ? 'joinApproved' : 'joinRejected',
      roleId: target.roleId,
      subject: target.aadObjectId,
    },
  };
};

const answerLeadOffer: ActionRule<ThreadActionOf<'acceptLead' | 'declineLead'>> = (
  { thread, actor },
  action,
) => {
  const offer = thread.pendingHandover;
  const me = findParticipant(thread, actor);
  if (!offer || !me || offer.to !== me.aadObjectId) {
    throw new ThreadRuleError('HANDOVER_NOT_OFFERED', 'No hand-over offered to this person');
  }
  if (offer.at !== action.offeredAt || offer.by !== thread.ownerId) {
    throw new ThreadRuleError('HANDOVER_STALE', 'The offer was replaced or the lead changed');
  }
  const next: CoordinationThread =
    action.type === 'acceptLead'
      ? { ...thread, ownerId: me.aadObjectId, pendingHandover: undefined }
      : { ...thread, pendingHandover: undefined };
  return {
    next,
    event: {
      action: action.type === 'acceptLead' ? 'leadAccepted' : 'leadDeclined',
      roleId: me.roleId,
      subject: offer.by,
    },
  };
};

export const MEMBERSHIP_RULES: ActionRules<MembershipVerb> = {
  accept: answerInvitation,
  decline: answerInvitation,

  requestJoin({ thread, actor, at, roleIds }, action) {
    if (!roleIds.has(action.roleId)) throw new ThreadRuleError('INVALID_INPUT', 'Unknown role', 'roleId');
    if (thread.participants.length >= LIMITS.participants) {
      throw new ThreadRuleError('LIMIT_REACHED', 'Too many participants');
    }
    const participant: Participant = {
      aadObjectId: actor.id,
      teamsUserId: actor.teamsUserId,
      roleId: action.roleId,
      state: 'requested',
      displayName: cleanName(actor.displayName),
      addedAt: at,
    };
    return {
      next: { ...thread, participants: [...thread.participants, participant] },
      event: { action: 'joinRequested', roleId: action.roleId },
    };
  },

  approveJoin: decideJoin,
  rejectJoin: decideJoin,

  proposeLead({ thread, at }, action) {
    const target = thread.participants.find((p) => p.aadObjectId === action.aadObjectId);
    if (!target || target.state !== 'accepted' || target.aadObjectId === thread.ownerId) {
      throw new ThreadRuleError('PARTICIPANT_NOT_FOUND', 'Not an accepted participant', 'newLead');
    }
    return {
      next: { ...thread, pendingHandover: { to: target.aadObjectId, by: thread.ownerId, at } },
      event: { action: 'leadProposed', roleId: target.roleId, subject: target.aadObjectId },
    };
  },

  acceptLead: answerLeadOffer,
  declineLead: answerLeadOffer,

  removeParticipant({ thread }, action) {
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
    return {
      next: {
        ...thread,
        participants: thread.participants.filter((p) => p !== target),
        tasks: thread.tasks.map((task) =>
          task.ownerId === target.aadObjectId && !task.done ? { ...task, ownerId: thread.ownerId } : task,
        ),
        pendingHandover:
          thread.pendingHandover?.to === target.aadObjectId ? undefined : thread.pendingHandover,
      },
      event: { action: 'participantRemoved', roleId: target.roleId, subject: target.aadObjectId },
    };
  },
};

function withParticipant(
  thread: CoordinationThread,
  actor: Actor,
  change: (p: Participant) => Participant,
): CoordinationThread {
  const participant = findParticipant(thread, actor);
  if (!participant) throw new ThreadRuleError('NOT_A_PARTICIPANT', 'Not a participant');
  return { ...thread, participants: thread.participants.map((p) => (p === participant ? change(p) : p)) };
}
