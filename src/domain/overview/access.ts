import { z } from 'zod';

/**
 * Who sees which views of the Overblik tab besides their own cases (config/overblik.yaml):
 * knowledge owners see Videnshuller, managers see Brug. Publishers (config/publishers.yaml) see
 * Videndeling. People are listed by Entra object id or UPN, as in roles.yaml.
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
    knowledgeOwners: z.array(personSchema).default([]),
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

export function createOverviewAccess(config: OverviewAccessConfig): OverviewAccess {
  return { isKnowledgeOwner: matcher(config.knowledgeOwners), isManager: matcher(config.managers) };
}
