import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';

/**
 * Where coordination threads and knowledge updates are posted: one entry per unit or area team,
 * each with the Teams channel the bot starts reply chains in. Edited by the municipality in
 * config/channels.yaml.
 */
/** `questions`: the knowledge owners' channel, where unanswered questions arrive as tickets. */
export const CHANNEL_USES = ['coordination', 'updates', 'questions'] as const;
export type ChannelUse = (typeof CHANNEL_USES)[number];

const CHANNEL_ID = /^19:[A-Za-z0-9_.-]+@thread\.(tacv2|skype)$/;

export const channelEntrySchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,62}$/,
        'must be lower-case letters, digits and hyphens (e.g. omraade-nord)',
      ),
    name: z.string().trim().min(1, 'must not be empty').max(120),
    kind: z.enum(['unit', 'areaTeam']).default('unit'),
    teamId: z.string().trim().min(1, 'must not be empty'),
    channelId: z.string().regex(CHANNEL_ID, 'must be a Teams channel id like 19:abc...@thread.tacv2'),
    serviceUrl: z.string().url('must be a URL like https://smba.trafficmanager.net/emea/').optional(),
    usedFor: z
      .array(z.enum(CHANNEL_USES))
      .min(1, 'must list at least one of: coordination, updates, questions'),
  })
  .strict();

export const channelDirectorySchema = z
  .object({
    /** Used when an entry has no serviceUrl of its own. */
    defaultServiceUrl: z.string().url('must be a URL like https://smba.trafficmanager.net/emea/').optional(),
    channels: z.array(channelEntrySchema),
  })
  .strict()
  .superRefine((value, ctx) => {
    reportDuplicateIds(ctx, 'channels', value.channels);
  });

export type ChannelEntry = z.infer<typeof channelEntrySchema>;
export type ChannelDirectoryConfig = z.infer<typeof channelDirectorySchema>;

/** A resolved channel: serviceUrl filled from the default when the entry has none. */
export interface ChannelTarget {
  readonly id: string;
  readonly name: string;
  readonly kind: 'unit' | 'areaTeam';
  readonly teamId: string;
  readonly channelId: string;
  readonly serviceUrl: string | undefined;
  readonly usedFor: readonly ChannelUse[];
}

export interface ChannelDirectory {
  readonly all: readonly ChannelTarget[];
  byId(id: string): ChannelTarget | undefined;
  usedFor(use: ChannelUse): readonly ChannelTarget[];
}

export function createChannelDirectory(config: ChannelDirectoryConfig): ChannelDirectory {
  const all: ChannelTarget[] = config.channels.map((entry) => ({
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    teamId: entry.teamId,
    channelId: entry.channelId,
    serviceUrl: entry.serviceUrl ?? config.defaultServiceUrl,
    usedFor: entry.usedFor,
  }));
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  return {
    all,
    byId: (id) => byId.get(id),
    usedFor: (use) => all.filter((entry) => entry.usedFor.includes(use)),
  };
}
