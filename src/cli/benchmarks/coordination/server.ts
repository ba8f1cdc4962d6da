/**
 * The coordination capability behind the real HTTP server (restify, CloudAdapter in anonymous
 * local mode, the teams-ai router) on loopback, with its service on the given storage.
 */
import { createChannelDirectory } from '../../../domain/threads/channels';
import type { Storage } from '../../../ports/storage';
import { createSilentLogger } from '../../../infrastructure/logging/pinoLogger';
import { createBotAdapter } from '../../../teams/adapter';
import { createTeamsApp } from '../../../teams/app';
import { createCoordinationCapability } from '../../../teams/handlers/coordination';
import { createBotConnectorMessenger } from '../../../teams/outbound/botConnectorMessenger';
import { createBotServer } from '../../../teams/server';
import { benchRoles, createBenchCoordinationService } from '../../benchSeeding';

export async function startCoordinationServer(storage: Storage) {
  const logger = createSilentLogger();
  const roles = benchRoles();
  const bot = createBotAdapter(undefined);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  const service = createBenchCoordinationService(storage, { roles, messenger });
  const coordination = createCoordinationCapability({
    service,
    messenger,
    roles,
    channels: createChannelDirectory({ channels: [] }),
    logger,
    resolveMember: async () => undefined,
    listRoster: async () => [],
  });
  const app = createTeamsApp({
    adapter: bot.adapter,
    botAppId: '',
    logger,
    capabilities: { coordination: coordination },
    maxMessageLength: 2000,
  });
  const server = createBotServer({
    app,
    adapter: bot.adapter,
    logger,
    authenticationEnabled: false,
    allowedTenantIds: [],
    maxBodyBytes: 1_000_000,
    readinessChecks: [],
  });
  const address = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}/api/messages`;
  return { server, service, url };
}
