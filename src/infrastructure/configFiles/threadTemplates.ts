import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RoleDirectory } from '../../domain/threads/roles';
import {
  createThreadTemplates,
  EMPTY_THREAD_TEMPLATES,
  threadTemplatesSchema,
  type ThreadTemplates,
} from '../../domain/threads/templates';
import { loadYamlConfig } from './loadYamlConfig';

export const THREAD_TEMPLATES_FILE = 'threadTemplates.yaml';

/**
 * Reads and validates `<configDir>/threadTemplates.yaml` against the roles of roles.yaml; throws
 * ConfigFileError naming file, line and field. Without the file, new threads get no suggestions.
 */
export function loadThreadTemplates(configDir: string, roles: RoleDirectory): ThreadTemplates {
  const file = join(configDir, THREAD_TEMPLATES_FILE);
  if (!existsSync(file)) return EMPTY_THREAD_TEMPLATES;
  return createThreadTemplates(loadYamlConfig(file, threadTemplatesSchema(roles.roleIds)));
}
