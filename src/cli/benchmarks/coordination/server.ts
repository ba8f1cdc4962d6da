/**
 * The coordination capability behind the real HTTP server (restify, CloudAdapter in anonymous
 * local mode, the teams-ai router) on loopback, with its service on the given storage.
 */
import { createChannelDirectory } from '../../../domain/threads/channels';
import type { Storage } from '../../../ports/storage';
import { createSilentLogger } from '../../../infrastructure/logging/pinoLogger';
import { createCoordinationCapability } from '../../../teams/handlers/coordination';
import { createBotConnectorMessenger } from '../../../teams/outbound/botConnectorMessenger';
import { startLocalBotServer } from '../../localBotServer';
import { benchRoles, createBenchCoordinationService } from '../../benchSeeding';
import { createCardTemplates } from '../../../teams/cards/shared/cardTemplates';

export async function startCoordinationServer(storage: Storage) {
  const logger = createSilentLogger();
  const roles = benchRoles();
  let service: ReturnType<typeof createBenchCoordinationService> | undefined;
  const { server, url } = await startLocalBotServer({
    logger,
    maxBodyBytes: 1_000_000,
    capabilities: (bot) => {
      const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
      service = createBenchCoordinationService(storage, { roles, messenger });
      const coordination = createCoordinationCapability({
        cardTemplates: createCardTemplates(),
        service,
        messenger,
        roles,
        channels: createChannelDirectory({ channels: [] }),
        logger,
        resolveMember: async () => undefined,
        listRoster: async () => [],
      });
      return { coordination };
    },
  });
  return { server, service: service!, url };
}
