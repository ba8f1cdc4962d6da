/** The trivial baseline of the load benchmark. */
import type { Capability } from '../../teams/capability';
import { startLocalBotServer } from '../localBotServer';
import { discardingLogger } from './benchBot';

/** The trivial baseline: the same adapter, router and server, with one capability that echoes. */
export async function startEchoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const echo: Capability = {
    id: 'policyQuestion',
    async onMessage(turn, incoming) {
      await turn.send(incoming.text);
    },
  };
  const { server, url } = await startLocalBotServer({
    logger: discardingLogger(),
    capabilities: () => ({ policyQuestion: echo }),
    maxBodyBytes: 262144,
  });
  return {
    url,
    close: async () => {
      await server.close(5000);
    },
  };
}
