import { join } from 'node:path';
import {
  pathwaysFileSchema,
  safetyFileSchema,
  type PathwayGuidanceConfig,
} from '../../domain/pathways/schema';
import { loadYamlConfig } from './loadYamlConfig';

export const PATHWAYS_FILE = 'pathways.yaml';
export const SAFETY_FILE = 'safety.yaml';

/**
 * Reads and validates `<configDir>/pathways.yaml` and `<configDir>/safety.yaml`. Throws
 * ConfigFileError naming the file, line and field, so a broken file stops the start.
 */
export function loadPathwayConfig(configDir: string): PathwayGuidanceConfig {
  return {
    pathways: loadYamlConfig(join(configDir, PATHWAYS_FILE), pathwaysFileSchema),
    safety: loadYamlConfig(join(configDir, SAFETY_FILE), safetyFileSchema),
  };
}
