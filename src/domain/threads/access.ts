import type { Actor } from '../shared/actor';
import { LIMITS, type CoordinationThread, type ThreadLocation } from './model';
import { viewFor } from './rules';

/**
 * Need to know: the content of a thread (description, tasks, decisions, roles, legal basis) is for
 * its participants only. The lead, accepted participants and people the lead invited may read it;
 * someone who declined, left, was removed or only asked to join may not.
 */
export function canSeeContent(thread: CoordinationThread, actor: Actor): boolean {
  const view = viewFor(thread, actor);
  // Consent withdrawn and no new legal basis yet: the content is the lead's alone.
  if (thread.consentWithdrawnAt !== undefined) return view === 'owner';
  return view === 'owner' || view === 'participant' || view === 'invited';
}

/** Teams user ids that get their own view of the shared card by refresh (Teams allows at most 60). */
export function refreshUserIdsOf(thread: CoordinationThread): string[] {
  const withdrawn = thread.consentWithdrawnAt !== undefined;
  const ids = thread.participants
    .filter(
      (p) =>
        p.aadObjectId === thread.ownerId || (!withdrawn && (p.state === 'accepted' || p.state === 'invited')),
    )
    .flatMap((p) => (p.teamsUserId ? [p.teamsUserId] : []));
  return [...new Set(ids)].slice(0, LIMITS.participants);
}

/** The number shown to everyone: the lead and those who accepted. */
export function participantCount(thread: CoordinationThread): number {
  return thread.participants.filter((p) => p.aadObjectId === thread.ownerId || p.state === 'accepted').length;
}

/** Where a card click or refresh came from, as the Teams activity tells it. */
export interface CardOrigin {
  readonly conversationId?: string;
  readonly replyToId?: string;
  readonly tenantId?: string;
}

/** A channel reply chain's conversation id carries `;messageid=<root>`; the channel is what must match. */
function baseConversation(id: string): string {
  const cut = id.indexOf(';messageid=');
  return cut === -1 ? id : id.slice(0, cut);
}

/**
 * True when a card naming this thread may really be this thread's card: the same tenant, the same
 * conversation and, when Teams says which message was clicked, the same message. A thread id typed
 * into card data from another chat is refused, so knowing a case reference opens nothing.
 */
export function cardBelongsToThread(thread: CoordinationThread, origin: CardOrigin): boolean {
  const location: ThreadLocation | undefined = thread.location;
  if (!location) return true;
  if (location.tenantId !== undefined && origin.tenantId !== location.tenantId) return false;
  if (origin.conversationId === undefined) return false;
  if (baseConversation(origin.conversationId) !== baseConversation(location.conversationId)) {
    return false;
  }
  const messages = [location.activityId, location.closingActivityId].filter((id) => id !== undefined);
  return origin.replyToId === undefined || messages.length === 0 || messages.includes(origin.replyToId);
}
