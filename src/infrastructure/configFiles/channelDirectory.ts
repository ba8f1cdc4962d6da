import { join } from 'node:path';
import {
  channelDirectorySchema,
  createChannelDirectory,
  type ChannelDirectory,
} from '../../domain/threads/channels';
import { loadYamlConfig } from './loadYamlConfig';

export const CHANNELS_FILE = 'channels.yaml';

/** Reads and validates `<configDir>/channels.yaml`; throws ConfigFileError naming file, line and field. */
export function loadChannelDirectory(configDir: string): ChannelDirectory {
  return createChannelDirectory(loadYamlConfig(join(configDir, CHANNELS_FILE), channelDirectorySchema));
}
