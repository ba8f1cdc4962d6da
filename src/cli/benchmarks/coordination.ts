/**
 * Benchmark: 50 simulated users send 500 card actions (accept, add task, complete task, add
 * decision) at ONE coordination thread, all at once, through the real coordination service on each
 * storage (memory, SQLite, Azure Blob Storage on an Azurite this benchmark starts). A user whose
 * click lands on a stale card does what Teams shows them: takes the refreshed card and clicks again.
 *
 * Reports actions per second, p50/p99 latency of a user's action (first click until applied,
 * including stale retries) and of a single service call, stale retries, and lost updates: every
 * action the service reported as applied must be in the final thread (must be 0).
 *
 * Also `mine sager` / `mine opgaver` at scale (200 threads with 50 participants each, asked over the
 * real HTTP endpoint in a 1:1 chat) and the need-to-know check: every shared card variant of those
 * threads searched for their private fields (must be 0).
 *
 * Run: `npx tsx src/cli/benchmarks/coordination.ts` (or `npm run bench -- --only coordination`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRoleDirectory } from '../../domain/threads/roles';
import type { Actor, CoordinationThread } from '../../domain/threads/model';
import type { ThreadAction } from '../../domain/threads/rules';
import { AzureBlobStorage } from '../../infrastructure/storage/azureBlob/azureBlobStorage';
import { MemoryStorage } from '../../infrastructure/storage/memory/memoryStorage';
import { SqliteStorage } from '../../infrastructure/storage/sqlite/sqliteStorage';
import { systemClock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { Storage } from '../../ports/storage';
import { createCoordinationService } from '../../services/coordination/coordinationService';
import { startAzurite } from '../../../tests/helpers/azurite';
import { startConnectorServer } from '../../../tests/helpers/connectorServer';
import { createChannelDirectory } from '../../domain/threads/channels';
import { createBotAdapter } from '../../teams/adapter';
import { createTeamsApp } from '../../teams/app';
import { COORDINATION_VERBS } from '../../teams/cards/coordination/verbs';
import { createCoordinationCapability } from '../../teams/handlers/coordination';
import { createBotConnectorMessenger } from '../../teams/outbound/botConnectorMessenger';
import { createBotServer } from '../../teams/server';
import type { NewThreadInput } from '../../domain/threads/creation';
import { nearestRank, seededRandom } from '../measure';
import { renderSharedThreadCard } from '../../teams/cards/coordination/sharedThreadCard';
import { presentReminder } from '../../teams/cards/coordination/coordinationCards';
import { da } from '../../teams/texts/da';
import { createDailyDigest } from '../../services/coordination/dailyDigest';
import { DEFAULT_COORDINATION_POLICY, addDays } from '../../domain/threads/policy';
import { danishDateOf } from '../../domain/threads/time';
import { createCoordinationDigestPresenter } from '../../teams/handlers/coordination';
import type { DirectMessenger } from '../../ports/outboundMessenger';

export const name = 'coordination';

const USERS = 50;
const ACTIONS_PER_USER = 10;
/**
 * A person whose click hit a stale card sees the refreshed card first and clicks again a moment
 * later; without this pause 49 users would re-click in the same millisecond, which no Teams client
 * can do (a card refresh alone is a network round trip).
 */
const RECLICK_DELAY_MS = { min: 20, max: 200 };

const seeded = seededRandom;

/** The invoke answer for a stale card carries this Danish note. */
const STALE_MARKER = 'opdateret af en anden';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silent,
};

const roles = createRoleDirectory({
  roles: [
    { id: 'laerer', name: 'Lærer' },
    { id: 'ppr-psykolog', name: 'PPR-psykolog' },
    { id: 'raadgiver', name: 'Socialrådgiver' },
  ],
  admins: [],
});

/** The 10 clicks of one user: each participant first accepts; the owner adds a decision instead. */
const SCRIPT = [
  'accept',
  'addTask',
  'addDecision',
  'completeTask',
  'addTask',
  'addDecision',
  'completeTask',
  'addDecision',
  'addTask',
  'completeTask',
] as const;

function percentile(sorted: number[], p: number): number {
  return Math.round(nearestRank(sorted, p) * 100) / 100;
}

export async function benchStorage(storage: Storage): Promise<Record<string, unknown>> {
  const service = createCoordinationService({
    storage,
    clock: systemClock,
    logger: silent,
    roles,
    reminderPolicy: { taskReminderTime: '08:00', meetingLeadHours: 24 },
    retention: { closedThreadDays: 365, auditDaysAfterDeletion: null },
  });
  const users: Actor[] = Array.from({ length: USERS }, (_, i) => ({
    aadObjectId: `bench-user-${i}`,
    teamsUserId: `29:bench-${i}`,
    displayName: `Bruger ${i}`,
  }));
  const caseRef = await service.reserveCaseReference();
  const created = await service.createThread(benchThreadInput(caseRef, users.slice(1)), users[0]);
  if (created.kind !== 'created') throw new Error(`thread not created: ${created.kind}`);

  const actionLatencies: number[] = [];
  const callLatencies: number[] = [];
  const reported = { accepted: 0, tasks: 0, completed: 0, decisions: 0 };
  let staleRetries = 0;
  let lastSeen: CoordinationThread = created.thread;

  const started = performance.now();
  await Promise.all(
    users.map(async (user, u) => {
      const random = seeded(u + 1);
      let version = 1;
      let taskCount = 0;
      const ownTasks: string[] = [];
      for (const [step, kind] of SCRIPT.entries()) {
        const kindHere = kind === 'accept' && u === 0 ? 'addDecision' : kind;
        const begin = performance.now();
        for (;;) {
          let action: ThreadAction;
          switch (kindHere) {
            case 'accept':
              action = { type: 'accept' };
              break;
            case 'addTask':
              action = { type: 'addTask', title: `u${u}-opgave-${++taskCount}` };
              break;
            case 'completeTask':
              action = { type: 'completeTask', taskId: ownTasks[ownTasks.length - 1] };
              break;
            default:
              action = { type: 'addDecision', text: `u${u}-beslutning-${step}` };
          }
          const callStart = performance.now();
          const result = await service.act(caseRef, version, user, action);
          callLatencies.push(performance.now() - callStart);
          if (result.kind === 'applied') {
            version = result.thread.version;
            lastSeen = result.thread.version > lastSeen.version ? result.thread : lastSeen;
            if (action.type === 'addTask') {
              const task = result.thread.tasks.find((t) => t.title === action.title);
              if (task) ownTasks.push(task.id);
              reported.tasks++;
            } else if (action.type === 'completeTask') reported.completed++;
            else if (action.type === 'accept') reported.accepted++;
            else reported.decisions++;
            break;
          }
          if (result.kind !== 'stale') throw new Error(`unexpected result ${result.kind}`);
          staleRetries++;
          version = result.thread.version;
          if (action.type === 'addTask') taskCount--;
          await sleep(RECLICK_DELAY_MS.min + random() * (RECLICK_DELAY_MS.max - RECLICK_DELAY_MS.min));
        }
        actionLatencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  const final = await service.getThread(caseRef);
  if (!final) throw new Error('thread vanished');
  const applied = {
    accepted: final.participants.filter((p) => p.state === 'accepted').length - 1,
    tasks: final.tasks.length,
    completed: final.tasks.filter((t) => t.done).length,
    decisions: final.decisions.length,
  };
  const expectedActions = USERS * ACTIONS_PER_USER;
  const reportedTotal = reported.accepted + reported.tasks + reported.completed + reported.decisions;
  const appliedTotal = applied.accepted + applied.tasks + applied.completed + applied.decisions;
  const auditEntries = (await storage.auditLog.read(`coordination-audit.${caseRef}`)).length;
  actionLatencies.sort((a, b) => a - b);
  callLatencies.sort((a, b) => a - b);
  return {
    storage: storage.kind,
    users: USERS,
    actions: expectedActions,
    reclickDelayMs: RECLICK_DELAY_MS,
    seconds: Math.round(seconds * 100) / 100,
    actionsPerSecond: Math.round((expectedActions / seconds) * 10) / 10,
    actionLatencyMs: { p50: percentile(actionLatencies, 50), p99: percentile(actionLatencies, 99) },
    serviceCallLatencyMs: { p50: percentile(callLatencies, 50), p99: percentile(callLatencies, 99) },
    serviceCalls: callLatencies.length,
    staleRetries,
    expected: { ...reported, total: expectedActions },
    applied: { ...applied, total: appliedTotal },
    lostUpdates: expectedActions - appliedTotal + Math.max(0, reportedTotal - appliedTotal),
    finalVersion: final.version,
    expectedFinalVersion: 1 + expectedActions,
    auditEntries,
    expectedAuditEntries: 1 + expectedActions,
    lastSeenVersion: lastSeen.version,
  };
}

/**
 * The coordination capability behind the real HTTP server (restify, CloudAdapter in anonymous
 * local mode, the teams-ai router) on loopback, with its service on the given storage.
 */
async function startCoordinationServer(storage: Storage) {
  const bot = createBotAdapter(undefined);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  const service = createCoordinationService({
    storage,
    clock: systemClock,
    logger: silent,
    roles,
    reminderPolicy: { taskReminderTime: '08:00', meetingLeadHours: 24 },
    retention: { closedThreadDays: 365, auditDaysAfterDeletion: null },
    messenger,
  });
  const coordination = createCoordinationCapability({
    service,
    messenger,
    roles,
    channels: createChannelDirectory({ channels: [] }),
    logger: silent,
    resolveMember: async () => undefined,
    listRoster: async () => [],
  });
  const app = createTeamsApp({
    adapter: bot.adapter,
    botAppId: '',
    logger: silent,
    capabilities: { coordination: coordination },
    maxMessageLength: 2000,
  });
  const server = createBotServer({
    app,
    adapter: bot.adapter,
    logger: silent,
    authenticationEnabled: false,
    allowedTenantIds: [],
    maxBodyBytes: 1_000_000,
    readinessChecks: [],
  });
  const address = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}/api/messages`;
  return { server, service, url };
}

/**
 * The same 500 clicks as Teams would send them: HTTP POSTs of `adaptiveCard/action` invokes to the
 * real server (restify, CloudAdapter in anonymous local mode, the teams-ai router, the coordination
 * capability), which answers with the user's refreshed card and PUTs the shared copy to a local
 * Bot Connector through the real BotConnectorMessenger.
 */
export async function benchInvokePath(storage: Storage, userCount = USERS): Promise<Record<string, unknown>> {
  const connector = await startConnectorServer();
  const { server, service, url } = await startCoordinationServer(storage);
  try {
    const users = Array.from({ length: userCount }, (_, i) => ({
      id: `29:bench-${i}`,
      aadObjectId: `bench-user-${i}`,
      name: `Bruger ${i}`,
    }));
    const caseRef = await service.reserveCaseReference();
    const created = await service.createThread(
      benchThreadInput(
        caseRef,
        users.slice(1).map((u) => ({ aadObjectId: u.aadObjectId, teamsUserId: u.id })),
      ),
      { aadObjectId: users[0].aadObjectId, teamsUserId: users[0].id, displayName: users[0].name },
      async () => ({
        kind: 'chat',
        serviceUrl: connector.serviceUrl,
        conversationId: 'a:bench',
        activityId: 'card-1',
      }),
    );
    if (created.kind !== 'created') throw new Error(`thread not created: ${created.kind}`);

    let sequence = 0;
    let transportRetries = 0;
    /** A dropped connection is retried like Teams does; the version guard makes a repeat harmless. */
    const click = async (
      user: (typeof users)[number],
      verb: string,
      data: Record<string, unknown>,
    ): Promise<{ type: string; value: unknown }> => {
      try {
        return await clickOnce(user, verb, data);
      } catch {
        transportRetries++;
        await sleep(50);
        return clickOnce(user, verb, data);
      }
    };
    const clickOnce = async (user: (typeof users)[number], verb: string, data: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: `bench-${++sequence}`,
          type: 'invoke',
          name: 'adaptiveCard/action',
          channelId: 'msteams',
          serviceUrl: connector.serviceUrl,
          replyToId: 'card-1',
          from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
          recipient: { id: '28:bot', name: 'bot' },
          conversation: { id: 'a:bench', conversationType: 'groupChat', isGroup: true },
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        }),
      });
      return (await response.json()) as { type: string; value: unknown };
    };

    const latencies: number[] = [];
    let staleRetries = 0;
    let refused = 0;
    let requests = 0;
    let reportedApplied = 0;
    const started = performance.now();
    await Promise.all(
      users.map(async (user, u) => {
        const random = seeded(1000 + u);
        let version = 1;
        let taskCount = 0;
        const ownTasks: string[] = [];
        for (const [step, kind] of SCRIPT.entries()) {
          const kindHere = kind === 'accept' && u === 0 ? 'addDecision' : kind;
          const begin = performance.now();
          for (;;) {
            const title = `u${u}-opgave-${taskCount + 1}`;
            const data: Record<string, unknown> = { threadId: caseRef, version };
            if (kindHere === 'addTask') data.taskTitle = title;
            if (kindHere === 'completeTask') data.taskId = ownTasks[ownTasks.length - 1];
            if (kindHere === 'addDecision') data.decisionText = `u${u}-beslutning-${step}`;
            requests++;
            const answer = await click(user, COORDINATION_VERBS[kindHere], data);
            const text = JSON.stringify(answer.value);
            const seen = Number(/"version":(\d+)/.exec(text)?.[1] ?? NaN);
            if (answer.type !== 'application/vnd.microsoft.card.adaptive' || !Number.isFinite(seen)) {
              throw new Error(`unexpected answer: ${text.slice(0, 200)}`);
            }
            const stale = text.includes(STALE_MARKER);
            if (!stale && seen !== version + 1) {
              // Refused (e.g. a repeat after a dropped connection had already applied it): no retry.
              refused++;
              version = seen;
              break;
            }
            if (!stale) {
              version = seen;
              reportedApplied++;
              if (kindHere === 'addTask') {
                taskCount++;
                const thread = await service.getThread(caseRef);
                const task = thread?.tasks.find((t) => t.title === title);
                if (task) ownTasks.push(task.id);
              }
              break;
            }
            staleRetries++;
            version = seen;
            await sleep(RECLICK_DELAY_MS.min + random() * (RECLICK_DELAY_MS.max - RECLICK_DELAY_MS.min));
          }
          latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const final = await service.getThread(caseRef);
    const appliedTotal =
      (final?.participants.filter((p) => p.state === 'accepted').length ?? 1) -
      1 +
      (final?.tasks.length ?? 0) +
      (final?.tasks.filter((t) => t.done).length ?? 0) +
      (final?.decisions.length ?? 0);
    latencies.sort((a, b) => a - b);
    const expectedActions = userCount * ACTIONS_PER_USER - refused;
    return {
      storage: storage.kind,
      users: userCount,
      path: 'HTTP invoke -> server -> router -> capability -> service; shared card PUT to a local connector',
      actions: expectedActions,
      seconds: Math.round(seconds * 100) / 100,
      actionsPerSecond: Math.round((expectedActions / seconds) * 10) / 10,
      actionLatencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
      requests,
      staleRetries,
      transportRetries,
      refused,
      sharedCardUpdates: connector.calls.filter((c) => c.method === 'PUT').length,
      expected: expectedActions,
      reportedApplied,
      applied: appliedTotal,
      lostUpdates: expectedActions - appliedTotal + Math.max(0, reportedApplied - appliedTotal),
      finalVersion: final?.version,
    };
  } finally {
    await server.close(2000);
    await connector.close();
  }
}

const MY_WORK = { threads: 200, participantsPerThread: 50, userPool: 500, tasksPerThread: 5, asks: 200 };

/**
 * `mine sager` at scale: 200 threads, each with a lead and 49 participants drawn from 500 users
 * (so a user is in about 20 threads), five tasks per thread. Each ask is an HTTP POST of the
 * message `mine sager` (or `mine opgaver`) in a 1:1 chat with deliveryMode expectReplies, so the
 * time covers the server, router, capability, the scan of all threads and the card.
 */
export async function benchMyWork(storage: Storage): Promise<Record<string, unknown>> {
  const { server, service, url } = await startCoordinationServer(storage);
  const random = seeded(4242);
  const user = (i: number): Actor => ({
    aadObjectId: `pool-${i}`,
    teamsUserId: `29:pool-${i}`,
    displayName: `Bruger ${i}`,
  });
  try {
    const seedStarted = performance.now();
    const threads: CoordinationThread[] = [];
    for (let n = 0; n < MY_WORK.threads; n++) {
      const members = new Set<number>();
      while (members.size < MY_WORK.participantsPerThread)
        members.add(Math.floor(random() * MY_WORK.userPool));
      const [lead, ...others] = [...members].map(user);
      const caseRef = await service.reserveCaseReference();
      const input = {
        ...benchThreadInput(caseRef, others),
        summary: `Privat beskrivelse ${caseRef} PRIVAT-BESKRIVELSE`,
      };
      const created = await service.createThread(input, lead, async () => ({
        kind: 'chat',
        serviceUrl: 'http://127.0.0.1:9/',
        conversationId: `a:chat-${n}`,
        activityId: `card-${n}`,
      }));
      if (created.kind !== 'created') throw new Error(`thread not created: ${created.kind}`);
      let thread = created.thread;
      for (let k = 0; k < MY_WORK.tasksPerThread; k++) {
        const owner = others[Math.floor(random() * others.length)];
        const due = `2026-${k % 2 ? '11' : '12'}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
        const result = await service.act(caseRef, thread.version, lead, {
          type: 'addTask',
          title: `PRIVAT-OPGAVE ${k}`,
          ownerId: owner.aadObjectId,
          due,
        });
        if (result.kind !== 'applied') throw new Error(`task not added: ${result.kind}`);
        thread = result.thread;
      }
      threads.push(thread);
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    let sequence = 0;
    const ask = async (who: Actor, text: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: `my-${++sequence}`,
          type: 'message',
          text,
          deliveryMode: 'expectReplies',
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9/',
          from: { id: who.teamsUserId, name: who.displayName, aadObjectId: who.aadObjectId },
          recipient: { id: '28:bot', name: 'bot' },
          conversation: { id: `a:personal-${who.aadObjectId}`, conversationType: 'personal' },
        }),
      });
      return (await response.json()) as { activities?: { attachments?: { content: unknown }[] }[] };
    };
    const measure = async (text: string) => {
      const latencies: number[] = [];
      let cards = 0;
      for (let i = 0; i < MY_WORK.asks; i++) {
        const who = user(Math.floor(random() * MY_WORK.userPool));
        const begin = performance.now();
        const answer = await ask(who, text);
        latencies.push(performance.now() - begin);
        if (answer.activities?.[0]?.attachments?.[0]) cards++;
      }
      latencies.sort((a, b) => a - b);
      return {
        asks: MY_WORK.asks,
        cards,
        latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
      };
    };
    const serviceLatencies: number[] = [];
    for (let i = 0; i < MY_WORK.asks; i++) {
      const begin = performance.now();
      await service.myWork(user(Math.floor(random() * MY_WORK.userPool)));
      serviceLatencies.push(performance.now() - begin);
    }
    serviceLatencies.sort((a, b) => a - b);
    return {
      storage: storage.kind,
      ...MY_WORK,
      seedSeconds: Math.round(seedSeconds * 100) / 100,
      mineSager: await measure('mine sager'),
      mineOpgaver: await measure('mine opgaver'),
      serviceMyWorkLatencyMs: {
        p50: percentile(serviceLatencies, 50),
        p99: percentile(serviceLatencies, 99),
      },
      needToKnow: sharedCardLeaks(threads),
    };
  } finally {
    await server.close(2000);
  }
}

const DIGEST = { threads: 200, participantsPerThread: 50, users: 1000, extraTasksPerThread: 5 };

/**
 * The daily digest for 1,000 users: 200 threads of 50 participants drawn from 1,000 people, every
 * person owning at least one task due within the week (so every one of them gets a digest) plus
 * five more tasks per thread spread over a month. Times one full run of the leader's digest pass:
 * reading every thread, selecting, rendering each card and handing it to a messenger that answers
 * at once (the network is not what is measured), and the claim written per person.
 */
export async function benchDailyDigest(storage: Storage): Promise<Record<string, unknown>> {
  const random = seeded(777);
  const service = createCoordinationService({
    storage,
    clock: systemClock,
    logger: silent,
    roles,
    reminderPolicy: { taskReminderTime: '08:00', meetingLeadHours: 24 },
    retention: { closedThreadDays: 365, auditDaysAfterDeletion: null },
  });
  const user = (i: number): Actor => ({ aadObjectId: `digest-${i}`, teamsUserId: `29:digest-${i}` });
  const today = danishDateOf(new Date());
  const seedStarted = performance.now();
  const membersOf: number[][] = [];
  const threadsOf = new Map<number, number[]>();
  for (let n = 0; n < DIGEST.threads; n++) {
    // Everyone is in at least one thread: thread n starts with users 5n .. 5n+4.
    const members = new Set<number>(Array.from({ length: 5 }, (_, k) => (n * 5 + k) % DIGEST.users));
    while (members.size < DIGEST.participantsPerThread) members.add(Math.floor(random() * DIGEST.users));
    membersOf.push([...members]);
    for (const m of members) threadsOf.set(m, [...(threadsOf.get(m) ?? []), n]);
  }
  const refs: string[] = [];
  const versions: number[] = [];
  for (let n = 0; n < DIGEST.threads; n++) {
    const [lead, ...others] = membersOf[n].map(user);
    const caseRef = await service.reserveCaseReference();
    const created = await service.createThread(benchThreadInput(caseRef, others), lead, async () => ({
      kind: 'chat',
      serviceUrl: 'http://127.0.0.1:9/',
      conversationId: `a:digest-chat-${n}`,
      activityId: `card-${n}`,
    }));
    if (created.kind !== 'created') throw new Error(`thread not created: ${created.kind}`);
    refs.push(caseRef);
    versions.push(created.thread.version);
  }
  const addTask = async (n: number, owner: number, due: string) => {
    const lead = user(membersOf[n][0]);
    const result = await service.act(refs[n], versions[n], lead, {
      type: 'addTask',
      title: `Opgave til ${owner}`,
      ownerId: user(owner).aadObjectId,
      due,
    });
    if (result.kind !== 'applied') throw new Error(`task not added: ${result.kind}`);
    versions[n] = result.thread.version;
  };
  for (let u = 0; u < DIGEST.users; u++) {
    const n = threadsOf.get(u)![0];
    await addTask(n, u, addDays(today, Math.floor(random() * 10) - 3));
  }
  for (let n = 0; n < DIGEST.threads; n++) {
    for (let k = 0; k < DIGEST.extraTasksPerThread; k++) {
      const owner = membersOf[n][Math.floor(random() * membersOf[n].length)];
      await addTask(n, owner, addDays(today, Math.floor(random() * 30) - 10));
    }
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  let delivered = 0;
  const messenger: DirectMessenger = {
    postToUser: async () => ({ conversationId: 'a:1on1', activityId: String(++delivered) }),
  };
  const digest = createDailyDigest({
    storage,
    clock: systemClock,
    logger: silent,
    messenger,
    present: createCoordinationDigestPresenter(roles, createChannelDirectory({ channels: [] })),
    policy: { ...DEFAULT_COORDINATION_POLICY, digest: { time: '00:00', dueWithinDays: 6 } },
    holderId: 'bench',
  });
  const begin = performance.now();
  const report = await digest();
  const runMs = performance.now() - begin;
  const againBegin = performance.now();
  const again = await digest();
  const againMs = performance.now() - againBegin;
  return {
    storage: storage.kind,
    ...DIGEST,
    seedSeconds: Math.round(seedSeconds * 100) / 100,
    digestsSent: report.sent,
    messagesDelivered: delivered,
    runMs: Math.round(runMs),
    secondRunSameDayMs: Math.round(againMs * 100) / 100,
    secondRunSent: again.sent,
  };
}

/**
 * Every card variant the bot posts or updates in a shared conversation, for each thread: the
 * shared card (open, and the closing announcement) and both reminder kinds. Counts the private
 * fields found in them: description, task titles, role names and the legal basis (must be 0).
 */
function sharedCardLeaks(threads: readonly CoordinationThread[]): Record<string, number> {
  const ctx = { texts: da.coordination, roles };
  const privateWords = ['PRIVAT-BESKRIVELSE', 'PRIVAT-OPGAVE', ...roles.roles.map((r) => r.name)];
  let variants = 0;
  let leaks = 0;
  for (const thread of threads) {
    const closed = { ...thread, status: 'closed' as const, outcome: 'PRIVAT-RESULTAT' };
    const reminder = (kind: 'task' | 'meeting' | 'review') =>
      presentReminder(
        {
          id: 'r',
          threadId: thread.id,
          kind,
          targetId: kind === 'task' ? 't1' : kind,
          targetWhen:
            kind === 'task'
              ? (thread.tasks[0]?.due ?? '2026-12-01')
              : kind === 'review'
                ? (thread.reviewDate ?? '2027-01-10')
                : '2026-12-03T14:30',
          dueAt: '',
          state: 'pending',
          attempts: 0,
        },
        thread,
        ctx,
      );
    const cards = [
      renderSharedThreadCard(thread, ctx),
      renderSharedThreadCard(closed, ctx, { headline: da.coordination.shared.closedHeadline }),
      reminder('task'),
      reminder('meeting'),
      reminder('review'),
      // After a review the shared card shows the new date; after a step up, the same neutral card.
      renderSharedThreadCard({ ...thread, reviewDate: '2027-03-01', status: 'inProgress' }, ctx),
      // After consent is withdrawn: the shared card the chat keeps.
      renderSharedThreadCard({ ...thread, consentWithdrawnAt: '2026-12-04T10:00:00.000Z' }, ctx),
    ];
    for (const card of cards) {
      variants++;
      const text = JSON.stringify(card);
      leaks += [
        ...privateWords,
        'PRIVAT-RESULTAT',
        da.coordination.legalBases[thread.legalBasis.kind],
      ].filter((word) => text.includes(word)).length;
    }
  }
  return { sharedVariantsChecked: variants, privateFieldsFound: leaks };
}

export async function run(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  results['my-work-memory'] = await benchMyWork(new MemoryStorage());
  results.memory = await benchStorage(new MemoryStorage());
  results['memory-invoke-path'] = await benchInvokePath(new MemoryStorage());
  results['daily-digest-memory'] = await benchDailyDigest(new MemoryStorage());

  const dir = mkdtempSync(join(tmpdir(), 'coordination-bench-'));
  const sqlite = new SqliteStorage({ dataDir: dir });
  try {
    results.sqlite = await benchStorage(sqlite);
    results['my-work-sqlite'] = await benchMyWork(sqlite);
    results['daily-digest-sqlite'] = await benchDailyDigest(sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  let azurite: Awaited<ReturnType<typeof startAzurite>> | undefined;
  try {
    azurite = await startAzurite();
    const blob = new AzureBlobStorage({
      connectionString: azurite.connectionString,
      container: 'coordination-bench',
    });
    try {
      results['azure-blob'] = {
        ...(await benchStorage(blob)),
        note: 'Azurite (local emulator) on this machine',
      };
    } finally {
      await blob.close();
    }
  } catch (error) {
    results['azure-blob'] = { skipped: true, reason: (error as Error).message.slice(0, 200) };
  } finally {
    await azurite?.stop();
  }
  const lost = Object.values(results).reduce<number>(
    (sum, r) => sum + (((r as { lostUpdates?: number }).lostUpdates ?? 0) as number),
    0,
  );
  const myWork = results['my-work-memory'] as { mineSager: { latencyMs: { p99: number } } };
  const leaks = ['my-work-memory', 'my-work-sqlite'].reduce(
    (sum, key) =>
      sum +
      ((results[key] as { needToKnow?: { privateFieldsFound: number } } | undefined)?.needToKnow
        ?.privateFieldsFound ?? 0),
    0,
  );
  return {
    scenario: `${USERS} users, ${USERS * ACTIONS_PER_USER} card actions at one thread`,
    lostUpdates: lost,
    myWorkScenario: `${MY_WORK.threads} threads x ${MY_WORK.participantsPerThread} participants: mine sager over HTTP`,
    mineSagerP99Ms: myWork.mineSager.latencyMs.p99,
    sharedCardPrivateFieldsFound: leaks,
    dailyDigestScenario: `${DIGEST.users} users in ${DIGEST.threads} threads x ${DIGEST.participantsPerThread} participants: one digest pass`,
    dailyDigest1000UsersMs: (results['daily-digest-memory'] as { runMs: number }).runMs,
    ...results,
  };
}

if (require.main === module) {
  run().then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`coordination bench failed: ${(error as Error).stack}\n`);
      process.exit(1);
    },
  );
}

/** The thread every scenario loads: one owner (a teacher) and the other users as participants. */
function benchThreadInput(
  caseRef: string,
  participants: readonly { readonly aadObjectId: string; readonly teamsUserId?: string }[],
): NewThreadInput {
  return {
    caseRef,
    ageOrGrade: '9 år',
    pathway: 'skole',
    summary: 'Belastningstest af en koordineringstråd.',
    legalBasis: 'anonymous',
    ownerRoleId: 'laerer',
    participants: participants.map((p, i) => ({
      aadObjectId: p.aadObjectId,
      ...(p.teamsUserId ? { teamsUserId: p.teamsUserId } : {}),
      roleId: i % 2 ? 'ppr-psykolog' : 'raadgiver',
    })),
    confirmNoNames: true,
  };
}
