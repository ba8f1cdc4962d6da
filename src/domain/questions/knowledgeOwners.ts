import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';
import {
  createIdentityDirectory,
  PUBLISHER_ROLES,
  publisherRoleSchema,
  userIdSchema,
  type IdentityDirectory,
  type PublisherRole,
} from '../updates/publishers';

/**
 * Who answers questions the documents could not (config/knowledgeOwners.yaml): each owner is an
 * Entra object id or a UPN with a role. Only the role label is ever shown, on the ticket card, in
 * the asker's answer and in the citation of an answer that became knowledge.
 */
export const knowledgeOwnerEntrySchema = z.object({ id: userIdSchema, role: publisherRoleSchema }).strict();

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

export type KnowledgeOwnerDirectory = IdentityDirectory<KnowledgeOwner>;

export function createKnowledgeOwnerDirectory(
  config: KnowledgeOwnerDirectoryConfig,
): KnowledgeOwnerDirectory {
  return createIdentityDirectory(config.knowledgeOwners, (entry) => ({
    role: entry.role,
    roleLabel: PUBLISHER_ROLES[entry.role],
  }));
}
