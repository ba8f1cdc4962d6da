/**
 * The daily digest for 1,000 users: 200 threads of 50 participants drawn from 1,000 people, every
 * person owning at least one task due within the week (so every one of them gets a digest) plus
 * five more tasks per thread spread over a month. Times one full run of the leader's digest pass:
 * reading every thread, selecting, rendering each card and handing it to a messenger that answers
 * at once (the network is not what is measured), and the claim written per person.
 */
import { createChannelDirectory } from '../../../domain/threads/channels';
import type { Actor } from '../../../domain/shared/actor';
import { DEFAULT_COORDINATION_POLICY, addDays } from '../../../domain/threads/policy';
import { danishDateOf } from '../../../domain/threads/time';
import { createSilentLogger } from '../../../infrastructure/logging/pinoLogger';
import { systemClock } from '../../../ports/clock';
import type { DirectMessenger } from '../../../ports/outboundMessenger';
import type { Storage } from '../../../ports/storage';
import type { CoordinationService } from '../../../services/coordination/coordinationService';
import { createDailyDigest } from '../../../services/coordination/dailyDigest';
import { createCoordinationDigestPresenter } from '../../../teams/handlers/coordination';
import {
  benchRoles,
  benchThreadInput,
  chatLocation,
  createBenchCoordinationService,
  seedTask,
  seedThread,
} from '../../benchSeeding';
import { seededRandom } from '../../measure';
import { createCardTemplates } from '../../../teams/cards/shared/cardTemplates';

export const DIGEST = { threads: 200, participantsPerThread: 50, users: 1000, extraTasksPerThread: 5 };

const digestUser = (i: number): Actor => ({ id: `digest-${i}`, teamsUserId: `29:digest-${i}` });

export async function benchDailyDigest(storage: Storage): Promise<Record<string, unknown>> {
  const random = seededRandom(777);
  const roles = benchRoles();
  const service = createBenchCoordinationService(storage, { roles });
  const seedStarted = performance.now();
  await seedDigestThreads(service, random);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  let delivered = 0;
  const messenger: DirectMessenger = {
    postToUser: async () => ({ conversationId: 'a:1on1', activityId: String(++delivered) }),
  };
  const digest = createDailyDigest({
    storage,
    clock: systemClock,
    logger: createSilentLogger(),
    messenger,
    present: createCoordinationDigestPresenter(
      createCardTemplates(),
      roles,
      createChannelDirectory({ channels: [] }),
    ),
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

async function seedDigestThreads(service: CoordinationService, random: () => number): Promise<void> {
  const today = danishDateOf(new Date());
  const membersOf: number[][] = [];
  const threadsOf = new Map<number, number[]>();
  for (let n = 0; n < DIGEST.threads; n++) {
    // Everyone is in at least one thread: thread n starts with users 5n .. 5n+4.
    const members = new Set<number>(Array.from({ length: 5 }, (_, k) => (n * 5 + k) % DIGEST.users));
    while (members.size < DIGEST.participantsPerThread) members.add(Math.floor(random() * DIGEST.users));
    membersOf.push([...members]);
    for (const m of members) threadsOf.set(m, [...(threadsOf.get(m) ?? []), n]);
  }
  const threads: { id: string; version: number }[] = [];
  for (let n = 0; n < DIGEST.threads; n++) {
    const [lead, ...others] = membersOf[n].map(digestUser);
    const caseRef = await service.reserveCaseReference();
    const location = chatLocation('http://127.0.0.1:9/', `a:digest-chat-${n}`, `card-${n}`);
    threads.push(await seedThread(service, benchThreadInput(caseRef, others), lead, location));
  }
  const addTask = async (n: number, owner: number, due: string) => {
    const lead = digestUser(membersOf[n][0]);
    const title = `Opgave til ${owner}`;
    threads[n] = await seedTask(service, threads[n], lead, {
      title,
      ownerId: digestUser(owner).id,
      due,
    });
  };
  for (let u = 0; u < DIGEST.users; u++) {
    await addTask(threadsOf.get(u)![0], u, addDays(today, Math.floor(random() * 10) - 3));
  }
  for (let n = 0; n < DIGEST.threads; n++) {
    for (let k = 0; k < DIGEST.extraTasksPerThread; k++) {
      const owner = membersOf[n][Math.floor(random() * membersOf[n].length)];
      await addTask(n, owner, addDays(today, Math.floor(random() * 30) - 10));
    }
  }
}
