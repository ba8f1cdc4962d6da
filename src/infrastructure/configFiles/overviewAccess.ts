import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createOverviewAccess,
  overviewAccessSchema,
  type OverviewAccess,
} from '../../domain/overview/access';
import { loadYamlConfig } from './loadYamlConfig';

export const OVERVIEW_ACCESS_FILE = 'overblik.yaml';

/**
 * Reads `<configDir>/overblik.yaml` (who sees Videnshuller and Brug). A missing file means
 * nobody does; a broken one throws ConfigFileError naming file, line and field.
 */
export function loadOverviewAccess(configDir: string): OverviewAccess {
  const file = join(configDir, OVERVIEW_ACCESS_FILE);
  if (!existsSync(file)) return createOverviewAccess({ knowledgeOwners: [], managers: [] });
  return createOverviewAccess(loadYamlConfig(file, overviewAccessSchema));
}
