import type { ChannelDirectory } from '../threads/channels';

/** A Teams channel a knowledge update can be posted to (config/channels.yaml, usedFor: updates). */
export interface UpdateAudience {
  readonly id: string;
  readonly name: string;
  readonly channelId: string;
  readonly serviceUrl: string | undefined;
}

export interface AudienceDirectory {
  list(): readonly UpdateAudience[];
  get(id: string): UpdateAudience | undefined;
}

export function createAudienceDirectory(audiences: readonly UpdateAudience[]): AudienceDirectory {
  const byId = new Map(audiences.map((audience) => [audience.id, audience]));
  return { list: () => audiences, get: (id) => byId.get(id) };
}

/** The channels marked `usedFor: [updates]` in the shared channel directory. */
export function audiencesFromChannels(channels: ChannelDirectory): AudienceDirectory {
  return createAudienceDirectory(
    channels.usedFor('updates').map((channel) => ({
      id: channel.id,
      name: channel.name,
      channelId: channel.channelId,
      serviceUrl: channel.serviceUrl,
    })),
  );
}
