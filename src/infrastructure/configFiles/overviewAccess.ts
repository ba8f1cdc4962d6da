import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createOverviewAccess,
  overviewAccessSchema,
  type OverviewAccess,
} from '../../domain/overview/access';
import type { IdentityDirectory } from '../../domain/updates/publishers';
import { loadYamlConfig } from './loadYamlConfig';

export const OVERVIEW_ACCESS_FILE = 'overblik.yaml';

/**
 * Reads `<configDir>/overblik.yaml` (the managers who see Brug; a missing file means nobody does,
 * a broken one throws ConfigFileError naming file, line and field). Videnshuller follows the
 * knowledge owners who answer tickets.
 */
export function loadOverviewAccess(
  configDir: string,
  knowledgeOwners: Pick<IdentityDirectory<unknown>, 'find'>,
): OverviewAccess {
  const file = join(configDir, OVERVIEW_ACCESS_FILE);
  if (!existsSync(file)) return createOverviewAccess({ managers: [] }, knowledgeOwners);
  return createOverviewAccess(loadYamlConfig(file, overviewAccessSchema), knowledgeOwners);
}
