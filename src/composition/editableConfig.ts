/** The editable data files under config/, loaded before anything else starts. */
import type { AppConfig } from '../config';
import { audiencesFromChannels } from '../domain/updates';
import { loadChannelDirectory } from '../infrastructure/configFiles/channelDirectory';
import { loadCoordinationPolicy } from '../infrastructure/configFiles/coordinationConfig';
import { loadKnowledgeOwnerDirectory } from '../infrastructure/configFiles/knowledgeOwnerDirectory';
import { loadOverviewAccess } from '../infrastructure/configFiles/overviewAccess';
import { loadPathwayConfig } from '../infrastructure/configFiles/pathwayConfig';
import { loadPublisherDirectory } from '../infrastructure/configFiles/publisherDirectory';
import { loadRoleDirectory } from '../infrastructure/configFiles/roleDirectory';
import { loadThreadTemplates } from '../infrastructure/configFiles/threadTemplates';
import { loadLexicalResources } from '../infrastructure/knowledge/lexicalResources';

export type EditableConfig = ReturnType<typeof loadEditableConfig>;

/** A broken file stops the start with its file, line and field, before storage or the index is touched. */
export function loadEditableConfig(config: Pick<AppConfig, 'configDir' | 'safetyModel'>) {
  const { configDir } = config;
  const pathwayConfig = loadPathwayConfig(configDir, { safetyModel: config.safetyModel });
  const lexicalResources = loadLexicalResources(configDir);
  const channels = loadChannelDirectory(configDir);
  const publishers = loadPublisherDirectory(configDir);
  const roles = loadRoleDirectory(configDir);
  const knowledgeOwners = loadKnowledgeOwnerDirectory(configDir);
  const coordinationPolicy = loadCoordinationPolicy(configDir);
  const threadTemplates = loadThreadTemplates(configDir, roles);
  const overviewAccess = loadOverviewAccess(configDir, knowledgeOwners);
  return {
    pathwayConfig,
    lexicalResources,
    channels,
    publishers,
    roles,
    knowledgeOwners,
    coordinationPolicy,
    threadTemplates,
    overviewAccess,
    audiences: audiencesFromChannels(channels),
  };
}
