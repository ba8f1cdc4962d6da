/**
 * The same 500 clicks as Teams would send them: HTTP POSTs of `adaptiveCard/action` invokes to the
 * real server (restify, CloudAdapter in anonymous local mode, the teams-ai router, the coordination
 * capability), which answers with the user's refreshed card and PUTs the shared copy to a local
 * Bot Connector through the real BotConnectorMessenger.
 */
import type { Storage } from '../../../ports/storage';
import type { CoordinationService } from '../../../services/coordination/coordinationService';
import { COORDINATION_VERBS } from '../../../teams/cards/coordination/verbs';
import { startConnectorServer } from '../../../../tests/helpers/connectorServer';
import { benchThreadInput, chatLocation, seedThread } from '../../benchSeeding';
import { seededRandom } from '../../measure';
import {
  ACTIONS_PER_USER,
  SCRIPT,
  STALE_MARKER,
  USERS,
  clickOf,
  latencySummary,
  pause,
  reclickPause,
} from './clickScript';
import { startCoordinationServer } from './server';

interface InvokeUser {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}

type InvokeAnswer = { type: string; value: unknown };
type Click = (user: InvokeUser, verb: string, data: Record<string, unknown>) => Promise<InvokeAnswer>;

interface InvokeTally {
  readonly latencies: number[];
  staleRetries: number;
  refused: number;
  requests: number;
  reportedApplied: number;
}

export async function benchInvokePath(storage: Storage, userCount = USERS): Promise<Record<string, unknown>> {
  const connector = await startConnectorServer();
  const { server, service, url } = await startCoordinationServer(storage);
  try {
    const users: InvokeUser[] = Array.from({ length: userCount }, (_, i) => ({
      id: `29:bench-${i}`,
      aadObjectId: `bench-user-${i}`,
      name: `Bruger ${i}`,
    }));
    const caseRef = await service.reserveCaseReference();
    await seedThread(
      service,
      benchThreadInput(
        caseRef,
        users.slice(1).map((u) => ({ id: u.aadObjectId, teamsUserId: u.id })),
      ),
      { id: users[0].aadObjectId, teamsUserId: users[0].id, displayName: users[0].name },
      chatLocation(connector.serviceUrl, 'a:bench', 'card-1'),
    );
    const client = invokeClient(url, connector.serviceUrl);
    const tally: InvokeTally = {
      latencies: [],
      staleRetries: 0,
      refused: 0,
      requests: 0,
      reportedApplied: 0,
    };
    const started = performance.now();
    await Promise.all(users.map((user, u) => clickOverHttp(client.click, service, caseRef, user, u, tally)));
    const seconds = (performance.now() - started) / 1000;
    const final = await service.getThread(caseRef);
    const appliedTotal =
      (final?.participants.filter((p) => p.state === 'accepted').length ?? 1) -
      1 +
      (final?.tasks.length ?? 0) +
      (final?.tasks.filter((t) => t.done).length ?? 0) +
      (final?.decisions.length ?? 0);
    const expectedActions = userCount * ACTIONS_PER_USER - tally.refused;
    return {
      storage: storage.kind,
      users: userCount,
      path: 'HTTP invoke -> server -> router -> capability -> service; shared card PUT to a local connector',
      actions: expectedActions,
      seconds: Math.round(seconds * 100) / 100,
      actionsPerSecond: Math.round((expectedActions / seconds) * 10) / 10,
      actionLatencyMs: latencySummary(tally.latencies),
      requests: tally.requests,
      staleRetries: tally.staleRetries,
      transportRetries: client.transportRetries(),
      refused: tally.refused,
      sharedCardUpdates: connector.calls.filter((c) => c.method === 'PUT').length,
      expected: expectedActions,
      reportedApplied: tally.reportedApplied,
      applied: appliedTotal,
      lostUpdates: expectedActions - appliedTotal + Math.max(0, tally.reportedApplied - appliedTotal),
      finalVersion: final?.version,
    };
  } finally {
    await server.close(2000);
    await connector.close();
  }
}

/** Posts card actions as Teams does; a dropped connection is retried once, the version guard makes a repeat harmless. */
function invokeClient(url: string, serviceUrl: string): { click: Click; transportRetries: () => number } {
  let sequence = 0;
  let transportRetries = 0;
  const clickOnce: Click = async (user, verb, data) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `bench-${++sequence}`,
        type: 'invoke',
        name: 'adaptiveCard/action',
        channelId: 'msteams',
        serviceUrl,
        replyToId: 'card-1',
        from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
        recipient: { id: '28:bot', name: 'bot' },
        conversation: { id: 'a:bench', conversationType: 'groupChat', isGroup: true },
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    });
    return (await response.json()) as InvokeAnswer;
  };
  const click: Click = async (user, verb, data) => {
    try {
      return await clickOnce(user, verb, data);
    } catch {
      transportRetries++;
      await pause(50);
      return clickOnce(user, verb, data);
    }
  };
  return { click, transportRetries: () => transportRetries };
}

/** One user's ten clicks over HTTP, each retried on a stale card until applied or refused. */
async function clickOverHttp(
  click: Click,
  service: CoordinationService,
  caseRef: string,
  user: InvokeUser,
  u: number,
  tally: InvokeTally,
): Promise<void> {
  const random = seededRandom(1000 + u);
  let version = 1;
  let taskCount = 0;
  const ownTasks: string[] = [];
  for (const [step, kind] of SCRIPT.entries()) {
    const kindHere = clickOf(kind, u);
    const begin = performance.now();
    for (;;) {
      const title = `u${u}-opgave-${taskCount + 1}`;
      const data: Record<string, unknown> = { threadId: caseRef, version };
      if (kindHere === 'addTask') data.taskTitle = title;
      if (kindHere === 'completeTask') data.taskId = ownTasks[ownTasks.length - 1];
      if (kindHere === 'addDecision') data.decisionText = `u${u}-beslutning-${step}`;
      tally.requests++;
      const answer = await click(user, COORDINATION_VERBS[kindHere], data);
      const text = JSON.stringify(answer.value);
      const seen = Number(/"version":(\d+)/.exec(text)?.[1] ?? NaN);
      if (answer.type !== 'application/vnd.microsoft.card.adaptive' || !Number.isFinite(seen)) {
        throw new Error(`unexpected answer: ${text.slice(0, 200)}`);
      }
      const stale = text.includes(STALE_MARKER);
      if (!stale && seen !== version + 1) {
        // Refused (e.g. a repeat after a dropped connection had already applied it): no retry.
        tally.refused++;
        version = seen;
        break;
      }
      if (!stale) {
        version = seen;
        tally.reportedApplied++;
        if (kindHere === 'addTask') {
          taskCount++;
          const thread = await service.getThread(caseRef);
          const task = thread?.tasks.find((t) => t.title === title);
          if (task) ownTasks.push(task.id);
        }
        break;
      }
      tally.staleRetries++;
      version = seen;
      await reclickPause(random);
    }
    tally.latencies.push(performance.now() - begin);
  }
}
