import { z } from 'zod';

/**
 * A person named in an editable config file (roles.yaml admins, overblik.yaml managers): by Entra
 * object id, by user principal name, or both. One schema, so every file reports the same messages.
 */
export const listedPersonSchema = z
  .object({
    /** Entra (Azure AD) object id. */
    objectId: z
      .string()
      .regex(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
        'must be an Entra object id (GUID)',
      )
      .optional(),
    upn: z.string().email('must be a user principal name like navn@herning.dk').optional(),
  })
  .strict()
  .refine((p) => p.objectId !== undefined || p.upn !== undefined, 'needs objectId or upn');

export type ListedPerson = z.infer<typeof listedPersonSchema>;

/** What the Teams layer knows about a user to match a listed person: the object id, the UPN when looked up. */
export interface UserIdentity {
  readonly aadObjectId?: string;
  readonly upn?: string;
}

/** True when the user is one of the listed people; ids and UPNs compare without case. */
export function listedPersonMatcher(people: readonly ListedPerson[]): (user: UserIdentity) => boolean {
  const ids = new Set(people.flatMap((p) => (p.objectId ? [p.objectId.toLowerCase()] : [])));
  const upns = new Set(people.flatMap((p) => (p.upn ? [p.upn.toLowerCase()] : [])));
  return (user) =>
    (user.aadObjectId !== undefined && ids.has(user.aadObjectId.toLowerCase())) ||
    (user.upn !== undefined && upns.has(user.upn.toLowerCase()));
}
