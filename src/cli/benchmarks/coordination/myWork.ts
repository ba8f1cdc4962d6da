/**
 * `mine sager` at scale: 200 threads, each with a lead and 49 participants drawn from 500 users
 * (so a user is in about 20 threads), five tasks per thread. Each ask is an HTTP POST of the
 * message `mine sager` (or `mine opgaver`) in a 1:1 chat with deliveryMode expectReplies, so the
 * time covers the server, router, capability, the scan of all threads and the card.
 */
import type { Actor } from '../../../domain/shared/actor';
import type { CoordinationThread } from '../../../domain/threads/model';
import type { Storage } from '../../../ports/storage';
import type { CoordinationService } from '../../../services/coordination/coordinationService';
import { benchThreadInput, chatLocation, seedTask, seedThread } from '../../benchSeeding';
import { seededRandom } from '../../measure';
import { latencySummary } from './clickScript';
import { sharedCardLeaks } from './needToKnow';
import { startCoordinationServer } from './server';

export const MY_WORK = {
  threads: 200,
  participantsPerThread: 50,
  userPool: 500,
  tasksPerThread: 5,
  asks: 200,
};

const poolUser = (i: number): Actor => ({
  id: `pool-${i}`,
  teamsUserId: `29:pool-${i}`,
  displayName: `Bruger ${i}`,
});

export async function benchMyWork(storage: Storage): Promise<Record<string, unknown>> {
  const { server, service, url } = await startCoordinationServer(storage);
  const random = seededRandom(4242);
  try {
    const seedStarted = performance.now();
    const threads = await seedMyWorkThreads(service, random);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const ask = personalChatAsker(url);
    const measure = async (text: string) => {
      const latencies: number[] = [];
      let cards = 0;
      for (let i = 0; i < MY_WORK.asks; i++) {
        const who = poolUser(Math.floor(random() * MY_WORK.userPool));
        const begin = performance.now();
        const answer = await ask(who, text);
        latencies.push(performance.now() - begin);
        if (answer.activities?.[0]?.attachments?.[0]) cards++;
      }
      return { asks: MY_WORK.asks, cards, latencyMs: latencySummary(latencies) };
    };
    const serviceLatencies: number[] = [];
    for (let i = 0; i < MY_WORK.asks; i++) {
      const begin = performance.now();
      await service.myWork(poolUser(Math.floor(random() * MY_WORK.userPool)));
      serviceLatencies.push(performance.now() - begin);
    }
    return {
      storage: storage.kind,
      ...MY_WORK,
      seedSeconds: Math.round(seedSeconds * 100) / 100,
      mineSager: await measure('mine sager'),
      mineOpgaver: await measure('mine opgaver'),
      serviceMyWorkLatencyMs: latencySummary(serviceLatencies),
      needToKnow: sharedCardLeaks(threads),
    };
  } finally {
    await server.close(2000);
  }
}

/** Private words in the description and task titles, so the need-to-know check can look for them. */
async function seedMyWorkThreads(
  service: CoordinationService,
  random: () => number,
): Promise<CoordinationThread[]> {
  const threads: CoordinationThread[] = [];
  for (let n = 0; n < MY_WORK.threads; n++) {
    const members = new Set<number>();
    while (members.size < MY_WORK.participantsPerThread) members.add(Math.floor(random() * MY_WORK.userPool));
    const [lead, ...others] = [...members].map(poolUser);
    const caseRef = await service.reserveCaseReference();
    const input = {
      ...benchThreadInput(caseRef, others),
      summary: `Privat beskrivelse ${caseRef} PRIVAT-BESKRIVELSE`,
    };
    let thread = await seedThread(
      service,
      input,
      lead,
      chatLocation('http://127.0.0.1:9/', `a:chat-${n}`, `card-${n}`),
    );
    for (let k = 0; k < MY_WORK.tasksPerThread; k++) {
      const owner = others[Math.floor(random() * others.length)];
      const due = `2026-${k % 2 ? '11' : '12'}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      thread = await seedTask(service, thread, lead, {
        title: `PRIVAT-OPGAVE ${k}`,
        ownerId: owner.id,
        due,
      });
    }
    threads.push(thread);
  }
  return threads;
}

type PersonalAnswer = { activities?: { attachments?: { content: unknown }[] }[] };

/** Sends a message in the person's 1:1 chat and returns the bot's replies (deliveryMode expectReplies). */
function personalChatAsker(url: string): (who: Actor, text: string) => Promise<PersonalAnswer> {
  let sequence = 0;
  return async (who, text) => {
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
        from: { id: who.teamsUserId, name: who.displayName, aadObjectId: who.id },
        recipient: { id: '28:bot', name: 'bot' },
        conversation: { id: `a:personal-${who.id}`, conversationType: 'personal' },
      }),
    });
    return (await response.json()) as PersonalAnswer;
  };
}
