import { join } from 'node:path';
import {
  createPublisherDirectory,
  publisherDirectorySchema,
  type PublisherDirectory,
} from '../../domain/updates/publishers';
import { loadYamlConfig } from './loadYamlConfig';

export const PUBLISHERS_FILE = 'publishers.yaml';

/** Reads and validates `<configDir>/publishers.yaml`; throws ConfigFileError naming file, line and field. */
export function loadPublisherDirectory(configDir: string): PublisherDirectory {
  return createPublisherDirectory(loadYamlConfig(join(configDir, PUBLISHERS_FILE), publisherDirectorySchema));
}
