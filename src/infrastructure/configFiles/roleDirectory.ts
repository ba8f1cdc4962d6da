import { join } from 'node:path';
import { createRoleDirectory, roleDirectorySchema, type RoleDirectory } from '../../domain/threads/roles';
import { loadYamlConfig } from './loadYamlConfig';

export const ROLES_FILE = 'roles.yaml';

/** Reads and validates `<configDir>/roles.yaml`; throws ConfigFileError naming file, line and field. */
export function loadRoleDirectory(configDir: string): RoleDirectory {
  return createRoleDirectory(loadYamlConfig(join(configDir, ROLES_FILE), roleDirectorySchema));
}
