/** The signed-in person, from the SSO token's claims or the development identity. */
export interface TabUser {
  readonly aadObjectId: string;
  readonly upn?: string;
  readonly name?: string;
  /** True for the development identity of anonymous local mode. */
  readonly development: boolean;
}

/** The tab user as the knowledge-updates service knows people. */
export function updatesActorOf(user: TabUser) {
  return {
    id: user.aadObjectId,
    aadObjectId: user.aadObjectId,
    ...(user.upn ? { upn: user.upn } : {}),
    ...(user.name ? { name: user.name } : {}),
  };
}

/** The tab user as coordination threads know people. */
export function threadActorOf(user: TabUser) {
  return { aadObjectId: user.aadObjectId, ...(user.name ? { displayName: user.name } : {}) };
}
