import { join } from 'node:path';
import { coordinationPolicySchema, type CoordinationPolicy } from '../../domain/threads/policy';
import { loadYamlConfig } from './loadYamlConfig';

export const COORDINATION_FILE = 'coordination.yaml';

/** Reads and validates `<configDir>/coordination.yaml`; throws ConfigFileError naming file, line and field. */
export function loadCoordinationPolicy(configDir: string): CoordinationPolicy {
  return loadYamlConfig(join(configDir, COORDINATION_FILE), coordinationPolicySchema);
}
