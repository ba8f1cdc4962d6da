import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';
import { PUBLISHER_ROLES, type PublisherRole, type UserIdentity } from '../updates/publishers';

/**
 * Who answers questions the documents could not (config/knowledgeOwners.yaml): each owner is an
 * Entra object id or a UPN with a role. Only the role label is ever shown, on the ticket card, in
 * the asker's answer and in the citation of an answer that became knowledge.
 */
const ROLE_IDS = Object.keys(PUBLISHER_ROLES) as [PublisherRole, ...PublisherRole[]];
const OBJECT_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const knowledgeOwnerEntrySchema = z
  .object({
    id: z
      .string()
      .trim()
      .refine(
        (value) => OBJECT_ID.test(value) || UPN.test(value),
        'must be an Entra object id (GUID) or a UPN like navn@herning.dk',
      ),
    role: z.enum(ROLE_IDS, {
      errorMap: () => ({ message: `must be one of: ${ROLE_IDS.join(', ')}` }),
    }),
  })
  .strict();

export const knowledgeOwnerDirectorySchema = z
  .object({ knowledgeOwners: z.array(knowledgeOwnerEntrySchema).min(1, 'must list at least one owner') })
  .strict()
  .superRefine((value, ctx) => {
    reportDuplicateIds(ctx, 'knowledgeOwners', value.knowledgeOwners, { caseInsensitive: true });
  });

export type KnowledgeOwnerDirectoryConfig = z.infer<typeof knowledgeOwnerDirectorySchema>;

export interface KnowledgeOwner {
  readonly role: PublisherRole;
  readonly roleLabel: string;
}

export interface KnowledgeOwnerDirectory {
  find(identity: UserIdentity): KnowledgeOwner | undefined;
  /** True when some entries are UPNs, so a caller knows a UPN lookup may be worth it. */
  readonly hasUpnEntries: boolean;
  readonly size: number;
}

export function createKnowledgeOwnerDirectory(
  config: KnowledgeOwnerDirectoryConfig,
): KnowledgeOwnerDirectory {
  const byKey = new Map<string, KnowledgeOwner>();
  for (const entry of config.knowledgeOwners) {
    byKey.set(entry.id.toLowerCase(), { role: entry.role, roleLabel: PUBLISHER_ROLES[entry.role] });
  }
  return {
    find: (identity) =>
      (identity.aadObjectId ? byKey.get(identity.aadObjectId.toLowerCase()) : undefined) ??
      (identity.upn ? byKey.get(identity.upn.toLowerCase()) : undefined),
    hasUpnEntries: config.knowledgeOwners.some((entry) => UPN.test(entry.id)),
    size: byKey.size,
  };
}
