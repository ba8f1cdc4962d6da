import { z } from 'zod';
import type { IdentityDirectory } from '../updates/publishers';

/**
 * Who sees which views of the Overblik tab besides their own cases: managers (config/overblik.yaml)
 * see Brug, knowledge owners (config/knowledgeOwners.yaml, the same people who answer tickets) see
 * Videnshuller, and publishers (config/publishers.yaml) see Videndeling. People are listed by
 * Entra object id or UPN, as in roles.yaml.
 */
const personSchema = z
  .object({
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

export const overviewAccessSchema = z
  .object({
    managers: z.array(personSchema).default([]),
  })
  .strict();

export type OverviewAccessConfig = z.infer<typeof overviewAccessSchema>;

export interface OverviewIdentity {
  readonly aadObjectId: string;
  readonly upn?: string;
}

export interface OverviewAccess {
  isKnowledgeOwner(user: OverviewIdentity): boolean;
  isManager(user: OverviewIdentity): boolean;
}

function matcher(people: OverviewAccessConfig['managers']) {
  const ids = new Set(people.flatMap((p) => (p.objectId ? [p.objectId.toLowerCase()] : [])));
  const upns = new Set(people.flatMap((p) => (p.upn ? [p.upn.toLowerCase()] : [])));
  return (user: OverviewIdentity) =>
    ids.has(user.aadObjectId.toLowerCase()) || (user.upn !== undefined && upns.has(user.upn.toLowerCase()));
}

export function createOverviewAccess(
  config: OverviewAccessConfig,
  knowledgeOwners: Pick<IdentityDirectory<unknown>, 'find'>,
): OverviewAccess {
  return {
    isKnowledgeOwner: (user) => knowledgeOwners.find(user) !== undefined,
    isManager: matcher(config.managers),
  };
}
