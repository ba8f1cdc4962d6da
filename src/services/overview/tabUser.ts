import type { Actor } from '../../domain/shared/actor';
import type { UpdatesActor } from '../knowledgeUpdates';

/** The signed-in person, from the SSO token's claims or the development identity. */
export interface TabUser {
  readonly aadObjectId: string;
  readonly upn?: string;
  readonly name?: string;
  /** True for the development identity of anonymous local mode. */
  readonly development: boolean;
}

/** The tab user as the knowledge-updates service knows people. */
export function updatesActorOf(user: TabUser): UpdatesActor {
  return {
    ...actorOf(user),
    aadObjectId: user.aadObjectId,
    ...(user.upn ? { upn: user.upn } : {}),
  };
}

/** The tab user as every feature knows people (coordination threads take it as it is). */
export function actorOf(user: TabUser): Actor {
  return { id: user.aadObjectId, ...(user.name ? { displayName: user.name } : {}) };
}
