import type { Actor } from '../../../domain/shared/actor';
import { isCaseReference } from '../../../domain/threads/caseReference';
import { renderNoticeCard, type AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import type { Turn } from '../../turn/turn';
import { actorOf, InvalidCardData, threadRef, type CoordinationEnv } from './env';

/** An administrator deletes a thread now (the service checks and audits; a refusal changes nothing). */
async function purge(env: CoordinationEnv, turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
  const { t } = env.uiOf(turn);
  const logger = turn.logger;
  const actor = actorOf(turn);
  const ref = threadRef.safeParse(raw);
  if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
  const deleted = await env.deps.service.purgeNow(ref.data.threadId, await withUpn(env, turn, actor));
  if (!deleted) return t.threadDeleted;
  logger.info('coordination thread purged', { threadId: ref.data.threadId });
  return renderNoticeCard(env.cardTemplates, t.card.title(ref.data.threadId), t.purged(ref.data.threadId));
}

/** The actor as the service checks an administrator or lead: by object id, else by UPN from Teams. */
export async function withUpn(env: CoordinationEnv, turn: Turn, actor: Actor) {
  let user = { aadObjectId: actor.id, upn: undefined as string | undefined };
  if (!env.deps.service.isAdmin(user) && actor.teamsUserId) {
    user = { ...user, upn: (await env.resolveMember(turn, actor.teamsUserId))?.upn };
  }
  return user;
}

/** What an administrator may do beside the thread: delete it now. */
export function createAdminVerbs(env: CoordinationEnv) {
  return { onPurge: (turn: Turn, raw: unknown) => purge(env, turn, raw) };
}
