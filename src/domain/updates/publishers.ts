import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';
import type { UserIdentity } from '../shared/listedPeople';

/**
 * Who may post knowledge updates: managers listed in config/publishers.yaml, each identified by
 * an Entra (Azure AD) object id or a UPN and mapped to a role and a unit. The role label (never a
 * person's name) is what the Q&A shows when it cites an update.
 */
export const PUBLISHER_ROLES = {
  skoleleder: 'Skoleleder',
  viceskoleleder: 'Viceskoleleder',
  afdelingsleder: 'Afdelingsleder',
  dagtilbudsleder: 'Dagtilbudsleder',
  'paedagogisk-leder': 'Pædagogisk leder',
  centerchef: 'Centerchef',
  omraadeleder: 'Områdeleder',
  'ppr-leder': 'PPR-leder',
  sundhedsplejeleder: 'Leder af sundhedsplejen',
  'boerne-og-ungechef': 'Børne- og ungechef',
} as const;

export type PublisherRole = keyof typeof PUBLISHER_ROLES;

const ROLE_IDS = Object.keys(PUBLISHER_ROLES) as [PublisherRole, ...PublisherRole[]];
const OBJECT_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A person in a config file: an Entra object id or a UPN. */
export const userIdSchema = z
  .string()
  .trim()
  .refine(
    (value) => OBJECT_ID.test(value) || UPN.test(value),
    'must be an Entra object id (GUID) or a UPN like navn@herning.dk',
  );

/** One of the manager roles whose label may be shown instead of a name. */
export const publisherRoleSchema = z.enum(ROLE_IDS, {
  errorMap: () => ({ message: `must be one of: ${ROLE_IDS.join(', ')}` }),
});

export const publisherEntrySchema = z
  .object({
    id: userIdSchema,
    role: publisherRoleSchema,
    unit: z.string().trim().min(1, 'must not be empty').max(120),
  })
  .strict();

export const publisherDirectorySchema = z
  .object({ publishers: z.array(publisherEntrySchema) })
  .strict()
  .superRefine((value, ctx) => {
    reportDuplicateIds(ctx, 'publishers', value.publishers, { caseInsensitive: true });
  });

export type PublisherDirectoryConfig = z.infer<typeof publisherDirectorySchema>;

export interface Publisher {
  readonly role: PublisherRole;
  readonly roleLabel: string;
  readonly unit: string;
}

export type PublisherDirectory = IdentityDirectory<Publisher>;

/** People found by object id or UPN (either, case-insensitively), as config files list them. */
export interface IdentityDirectory<T> {
  find(identity: UserIdentity): T | undefined;
  /** True when some entries are UPNs, so a caller knows a UPN lookup may be worth it. */
  readonly hasUpnEntries: boolean;
  readonly size: number;
}

export function createIdentityDirectory<E extends { readonly id: string }, T>(
  entries: readonly E[],
  valueOf: (entry: E) => T,
): IdentityDirectory<T> {
  const byKey = new Map<string, T>();
  for (const entry of entries) byKey.set(entry.id.toLowerCase(), valueOf(entry));
  return {
    find: (identity) =>
      (identity.aadObjectId ? byKey.get(identity.aadObjectId.toLowerCase()) : undefined) ??
      (identity.upn ? byKey.get(identity.upn.toLowerCase()) : undefined),
    hasUpnEntries: entries.some((entry) => UPN.test(entry.id)),
    size: byKey.size,
  };
}

export function createPublisherDirectory(config: PublisherDirectoryConfig): PublisherDirectory {
  return createIdentityDirectory(config.publishers, (entry) => ({
    role: entry.role,
    roleLabel: PUBLISHER_ROLES[entry.role],
    unit: entry.unit,
  }));
}
