/**
 * The real bot HTTP path (restify, CloudAdapter in anonymous local mode, the teams-ai router) on
 * loopback with the capabilities a benchmark needs: the benchmarks measure the same server users
 * reach, with nothing but the capabilities changed.
 */
import type { Logger } from '../ports/logger';
import { createBotAdapter } from '../teams/adapter';
import { createTeamsApp, type TeamsAppDeps } from '../teams/app';
import { createBotServer } from '../teams/server';

export interface LocalBotServerOptions {
  readonly logger: Logger;
  /** The adapter to serve with, when the caller already built one for its messenger. */
  readonly bot?: ReturnType<typeof createBotAdapter>;
  readonly capabilities: (bot: ReturnType<typeof createBotAdapter>) => TeamsAppDeps['capabilities'];
  readonly maxBodyBytes: number;
}

export async function startLocalBotServer(options: LocalBotServerOptions) {
  const bot = options.bot ?? createBotAdapter(undefined);
  const app = createTeamsApp({
    adapter: bot.adapter,
    botAppId: '',
    logger: options.logger,
    capabilities: options.capabilities(bot),
    maxMessageLength: 2000,
  });
  const server = createBotServer({
    app,
    adapter: bot.adapter,
    logger: options.logger,
    authenticationEnabled: false,
    allowedTenantIds: [],
    maxBodyBytes: options.maxBodyBytes,
    readinessChecks: [],
  });
  const address = await server.listen(0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${address.port}/api/messages` };
}
