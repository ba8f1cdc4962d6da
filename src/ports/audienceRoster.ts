/**
 * The members of a knowledge-update audience (a channel's team), when they are known. Without a
 * directory lookup the members are unknown, and the tab shows who acknowledged but not who has
 * not.
 */
export interface AudienceMember {
  readonly userId: string;
  readonly name?: string;
}

export interface AudienceRoster {
  /** `undefined` when this audience's members are not known. */
  membersOf(audienceId: string): Promise<readonly AudienceMember[] | undefined>;
}

export const unknownAudienceRoster: AudienceRoster = { membersOf: async () => undefined };
