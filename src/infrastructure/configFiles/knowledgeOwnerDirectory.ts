import { join } from 'node:path';
import {
  createKnowledgeOwnerDirectory,
  knowledgeOwnerDirectorySchema,
  type KnowledgeOwnerDirectory,
} from '../../domain/questions/knowledgeOwners';
import { loadYamlConfig } from './loadYamlConfig';

export const KNOWLEDGE_OWNERS_FILE = 'knowledgeOwners.yaml';

/** Reads and validates `<configDir>/knowledgeOwners.yaml`; throws ConfigFileError naming file, line and field. */
export function loadKnowledgeOwnerDirectory(configDir: string): KnowledgeOwnerDirectory {
  return createKnowledgeOwnerDirectory(
    loadYamlConfig(join(configDir, KNOWLEDGE_OWNERS_FILE), knowledgeOwnerDirectorySchema),
  );
}
