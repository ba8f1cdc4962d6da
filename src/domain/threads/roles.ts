import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';
import type { Language } from '../shared/language';
import { listedPersonMatcher, listedPersonSchema, type UserIdentity } from '../shared/listedPeople';

/** Professional roles and administrators, edited by the municipality in config/roles.yaml. */
export const roleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'must be lower-case letters, digits and hyphens'),
    name: z.string().trim().min(1, 'must not be empty').max(60),
    /** The role's name for users whose Teams language is English (default: the Danish name). */
    en: z.string().trim().min(1, 'must not be empty').max(60).optional(),
  })
  .strict();

export const roleDirectorySchema = z
  .object({
    roles: z.array(roleSchema).min(1, 'must list at least one role'),
    admins: z.array(listedPersonSchema).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    reportDuplicateIds(ctx, 'roles', value.roles);
  });

export type RoleDirectoryConfig = z.infer<typeof roleDirectorySchema>;
export type Role = z.infer<typeof roleSchema>;

export interface RoleDirectory {
  readonly roles: readonly Role[];
  readonly roleIds: ReadonlySet<string>;
  nameOf(roleId: string, language?: Language): string;
  /** True when the person may purge threads and export the audit log. */
  isAdmin(user: UserIdentity): boolean;
}

export function createRoleDirectory(config: RoleDirectoryConfig): RoleDirectory {
  const names = new Map(config.roles.map((r) => [r.id, r.name]));
  const englishNames = new Map(config.roles.map((r) => [r.id, r.en ?? r.name]));
  return {
    roles: config.roles,
    roleIds: new Set(names.keys()),
    nameOf: (roleId, language = 'da') => (language === 'en' ? englishNames : names).get(roleId) ?? roleId,
    isAdmin: listedPersonMatcher(config.admins),
  };
}
