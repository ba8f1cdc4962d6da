/**
 * 50 users send 500 card actions at ONE thread, all at once, straight to the coordination service
 * on one storage; a user whose click lands on a stale card takes the refreshed card and clicks again.
 */
import type { Actor } from '../../../domain/shared/actor';
import type { CoordinationThread } from '../../../domain/threads/model';
import type { ThreadAction } from '../../../domain/threads/rules';
import type { Storage } from '../../../ports/storage';
import type { CoordinationService } from '../../../services/coordination/coordinationService';
import { benchRoles, benchThreadInput, createBenchCoordinationService, seedThread } from '../../benchSeeding';
import { seededRandom } from '../../measure';
import {
  ACTIONS_PER_USER,
  RECLICK_DELAY_MS,
  SCRIPT,
  USERS,
  clickOf,
  latencySummary,
  reclickPause,
  type ClickKind,
} from './clickScript';

/** What the users saw while clicking, summed over all of them. */
interface ContentionTally {
  readonly actionLatencies: number[];
  readonly callLatencies: number[];
  readonly reported: { accepted: number; tasks: number; completed: number; decisions: number };
  staleRetries: number;
  lastSeen: CoordinationThread;
}

export async function benchStorage(storage: Storage): Promise<Record<string, unknown>> {
  const service = createBenchCoordinationService(storage, { roles: benchRoles() });
  const users: Actor[] = Array.from({ length: USERS }, (_, i) => ({
    id: `bench-user-${i}`,
    teamsUserId: `29:bench-${i}`,
    displayName: `Bruger ${i}`,
  }));
  const caseRef = await service.reserveCaseReference();
  const created = await seedThread(service, benchThreadInput(caseRef, users.slice(1)), users[0]);
  const tally: ContentionTally = {
    actionLatencies: [],
    callLatencies: [],
    reported: { accepted: 0, tasks: 0, completed: 0, decisions: 0 },
    staleRetries: 0,
    lastSeen: created,
  };
  const started = performance.now();
  await Promise.all(users.map((user, u) => clickThroughScript(service, caseRef, user, u, tally)));
  const seconds = (performance.now() - started) / 1000;
  const final = await service.getThread(caseRef);
  if (!final) throw new Error('thread vanished');
  const auditEntries = (await storage.auditLog.read(`coordination-audit.${caseRef}`)).length;
  return { storage: storage.kind, ...contentionReport(tally, final, seconds, auditEntries) };
}

/** One user's ten clicks, each retried on a stale card until it is applied. */
async function clickThroughScript(
  service: CoordinationService,
  caseRef: string,
  user: Actor,
  u: number,
  tally: ContentionTally,
): Promise<void> {
  const random = seededRandom(u + 1);
  const mine = { version: 1, taskCount: 0, ownTasks: [] as string[] };
  for (const [step, kind] of SCRIPT.entries()) {
    const begin = performance.now();
    for (;;) {
      const action = actionFor(clickOf(kind, u), u, step, mine);
      const callStart = performance.now();
      const result = await service.act(caseRef, mine.version, user, action);
      tally.callLatencies.push(performance.now() - callStart);
      if (result.kind === 'applied') {
        mine.version = result.thread.version;
        tally.lastSeen = result.thread.version > tally.lastSeen.version ? result.thread : tally.lastSeen;
        countApplied(action, result.thread, mine.ownTasks, tally.reported);
        break;
      }
      if (result.kind !== 'stale') throw new Error(`unexpected result ${result.kind}`);
      tally.staleRetries++;
      mine.version = result.thread.version;
      if (action.type === 'addTask') mine.taskCount--;
      await reclickPause(random);
    }
    tally.actionLatencies.push(performance.now() - begin);
  }
}

function actionFor(
  kind: ClickKind,
  u: number,
  step: number,
  mine: { taskCount: number; ownTasks: string[] },
): ThreadAction {
  switch (kind) {
    case 'accept':
      return { type: 'accept' };
    case 'addTask':
      return { type: 'addTask', title: `u${u}-opgave-${++mine.taskCount}` };
    case 'completeTask':
      return { type: 'completeTask', taskId: mine.ownTasks[mine.ownTasks.length - 1] };
    default:
      return { type: 'addDecision', text: `u${u}-beslutning-${step}` };
  }
}

function countApplied(
  action: ThreadAction,
  thread: CoordinationThread,
  ownTasks: string[],
  reported: ContentionTally['reported'],
): void {
  if (action.type === 'addTask') {
    const task = thread.tasks.find((t) => t.title === action.title);
    if (task) ownTasks.push(task.id);
    reported.tasks++;
  } else if (action.type === 'completeTask') reported.completed++;
  else if (action.type === 'accept') reported.accepted++;
  else reported.decisions++;
}

/** Every action the service reported as applied must be in the final thread: lost updates must be 0. */
function contentionReport(
  tally: ContentionTally,
  final: CoordinationThread,
  seconds: number,
  auditEntries: number,
): Record<string, unknown> {
  const { reported } = tally;
  const applied = {
    accepted: final.participants.filter((p) => p.state === 'accepted').length - 1,
    tasks: final.tasks.length,
    completed: final.tasks.filter((t) => t.done).length,
    decisions: final.decisions.length,
  };
  const expectedActions = USERS * ACTIONS_PER_USER;
  const reportedTotal = reported.accepted + reported.tasks + reported.completed + reported.decisions;
  const appliedTotal = applied.accepted + applied.tasks + applied.completed + applied.decisions;
  return {
    users: USERS,
    actions: expectedActions,
    reclickDelayMs: RECLICK_DELAY_MS,
    seconds: Math.round(seconds * 100) / 100,
    actionsPerSecond: Math.round((expectedActions / seconds) * 10) / 10,
    actionLatencyMs: latencySummary(tally.actionLatencies),
    serviceCallLatencyMs: latencySummary(tally.callLatencies),
    serviceCalls: tally.callLatencies.length,
    staleRetries: tally.staleRetries,
    expected: { ...reported, total: expectedActions },
    applied: { ...applied, total: appliedTotal },
    lostUpdates: expectedActions - appliedTotal + Math.max(0, reportedTotal - appliedTotal),
    finalVersion: final.version,
    expectedFinalVersion: 1 + expectedActions,
    auditEntries,
    expectedAuditEntries: 1 + expectedActions,
    lastSeenVersion: tally.lastSeen.version,
  };
}
