import { z } from 'zod';
import { listedPersonMatcher, listedPersonSchema } from '../shared/listedPeople';
import type { IdentityDirectory } from '../updates/publishers';

/**
 * Who sees which views of the Overblik tab besides their own cases: managers (config/overblik.yaml)
 * see Brug, knowledge owners (config/knowledgeOwners.yaml, the same people who answer tickets) see
 * Videnshuller, and publishers (config/publishers.yaml) see Videndeling. People are listed by
 * Entra object id or UPN, as in roles.yaml.
 */
export const overviewAccessSchema = z
  .object({
    managers: z.array(listedPersonSchema).default([]),
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

export function createOverviewAccess(
  config: OverviewAccessConfig,
  knowledgeOwners: Pick<IdentityDirectory<unknown>, 'find'>,
): OverviewAccess {
  return {
    isKnowledgeOwner: (user) => knowledgeOwners.find(user) !== undefined,
    isManager: listedPersonMatcher(config.managers),
  };
}
