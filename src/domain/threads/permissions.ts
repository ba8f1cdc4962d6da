import type { Actor } from '../shared/actor';
import type { CoordinationThread, Participant } from './model';

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

export function sameUser(id: string, actor: Actor): boolean {
  return id === actor.id || (actor.teamsUserId !== undefined && id === actor.teamsUserId);
}

export function findParticipant(thread: CoordinationThread, actor: Actor): Participant | undefined {
  return thread.participants.find(
    (p) =>
      p.aadObjectId === actor.id || (actor.teamsUserId !== undefined && p.teamsUserId === actor.teamsUserId),
  );
}
