import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';

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

export const publisherEntrySchema = z
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

/** What the Teams layer knows about a user: the object id always, the UPN when it was looked up. */
export interface UserIdentity {
  readonly aadObjectId?: string;
  readonly upn?: string;
}

export interface PublisherDirectory {
  find(identity: UserIdentity): Publisher | undefined;
  /** True when some entries are UPNs, so a caller knows a UPN lookup may be worth it. */
  readonly hasUpnEntries: boolean;
  readonly size: number;
}

export function createPublisherDirectory(config: PublisherDirectoryConfig): PublisherDirectory {
  const byKey = new Map<string, Publisher>();
  for (const entry of config.publishers) {
    byKey.set(entry.id.toLowerCase(), {
      role: entry.role,
      roleLabel: PUBLISHER_ROLES[entry.role],
      unit: entry.unit,
    });
  }
  return {
    find: (identity) =>
      (identity.aadObjectId ? byKey.get(identity.aadObjectId.toLowerCase()) : undefined) ??
      (identity.upn ? byKey.get(identity.upn.toLowerCase()) : undefined),
    hasUpnEntries: config.publishers.some((entry) => UPN.test(entry.id)),
    size: byKey.size,
  };
}
