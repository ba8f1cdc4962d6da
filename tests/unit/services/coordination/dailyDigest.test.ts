import { selectDigests, type UserDigest } from '../../../../src/domain/threads/digest';
import { DEFAULT_COORDINATION_POLICY } from '../../../../src/domain/threads/policy';
import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import {
  DeliveryError,
  type DirectMessenger,
  type DirectRecipient,
  type OutboundMessage,
} from '../../../../src/ports/outboundMessenger';
import { createDailyDigest, DIGEST_COLLECTION } from '../../../../src/services/coordination/dailyDigest';
import type { CoordinationService } from '../../../../src/services/coordination/coordinationService';
import { renderDigestCard } from '../../../../src/teams/cards/coordination/digestCard';
import { da } from '../../../../src/teams/texts/da';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';
import {
  CHAT_LOCATION,
  ManualClock,
  OWNER,
  P1,
  makeService,
  roles,
  silentLogger,
  threadInput,
} from './helpers';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

class RecordingDirectMessenger implements DirectMessenger {
  readonly sent: { recipient: DirectRecipient; message: OutboundMessage }[] = [];
  fail: Error | undefined;
  async postToUser(recipient: DirectRecipient, message: OutboundMessage) {
    if (this.fail) throw this.fail;
    this.sent.push({ recipient, message });
    return { conversationId: `a:1on1-${recipient.userId}`, activityId: `d${this.sent.length}` };
  }
}

/** Two threads created 29 Nov 2026; P1 has accepted the first. Tasks due on several days. */
async function seed(service: CoordinationService) {
  await service.createThread(threadInput('BU-2026-0001'), OWNER, async () => CHAT_LOCATION);
  await service.createThread(threadInput('BU-2026-0002'), OWNER, async () => ({
    ...CHAT_LOCATION,
    conversationId: 'a:chat-2',
  }));
  await service.act('BU-2026-0001', 1, P1, { type: 'accept' });
  const task = (id: string, version: number, title: string, ownerId: string, due: string) =>
    service.act(id, version, OWNER, { type: 'addTask', title, ownerId, due });
  await task('BU-2026-0001', 2, 'Ring til skolen', 'aad-p1', '2026-11-30'); // overdue on 2 Dec
  await task('BU-2026-0001', 3, 'Skriv notat', 'aad-p1', '2026-12-05'); // due soon
  await task('BU-2026-0001', 4, 'Langt ude', 'aad-p1', '2027-01-20'); // not in the digest
  await task('BU-2026-0002', 1, 'Lederens opgave', 'aad-owner', '2026-12-02'); // due today
  await task('BU-2026-0002', 2, 'Inviteret ejer', 'aad-p1', '2026-12-01'); // P1 only invited here: may read
}

function setup() {
  const storage = new MemoryStorage();
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  const service = makeService(storage, clock);
  const messenger = new RecordingDirectMessenger();
  const present = (digest: UserDigest) => ({ text: JSON.stringify(digest) });
  const digest = (holderId: string) =>
    createDailyDigest({
      storage,
      clock,
      logger: silentLogger(),
      messenger,
      present,
      policy: DEFAULT_COORDINATION_POLICY,
      holderId,
    });
  return { storage, clock, service, messenger, digest };
}

describe('the daily digest', () => {
  it('selects one digest per person: overdue and due within the window, nothing else', async () => {
    const { service, storage } = setup();
    await seed(service);
    const threads = (await storage.documents.list('coordination-threads')).map((d) => d.value as never);
    const { digests } = selectDigests(threads, '2026-12-02', 6);
    expect(digests.map((d) => d.aadObjectId)).toEqual(['aad-owner', 'aad-p1']);
    const p1 = digests[1];
    expect(p1.overdue.map((t) => t.title)).toEqual(['Ring til skolen', 'Inviteret ejer']);
    expect(p1.dueSoon.map((t) => t.title)).toEqual(['Skriv notat']);
    expect(p1.teamsUserId).toBe('29:p1');
    expect(digests[0].dueSoon.map((t) => t.title)).toEqual(['Lederens opgave']);
  });

  it('sends nothing before the configured time, then one message per person, once a day', async () => {
    const { service, clock, messenger, digest } = setup();
    await seed(service);
    const run = digest('a');
    clock.set('2026-12-02T06:00:00Z'); // 07:00 in Denmark, before 07:30
    expect(await run()).toMatchObject({ due: false, sent: 0 });
    clock.set('2026-12-02T06:45:00Z');
    expect(await run()).toMatchObject({ due: true, sent: 2 });
    expect(messenger.sent.map((s) => s.recipient.userId).sort()).toEqual(['29:owner', '29:p1']);
    expect(messenger.sent[0].recipient.serviceUrl).toBe(CHAT_LOCATION.serviceUrl);
    clock.advance(3_600_000);
    expect(await run()).toMatchObject({ due: false, sent: 0 });
    expect(messenger.sent).toHaveLength(2);
    clock.set('2026-12-03T07:00:00Z');
    expect(await run()).toMatchObject({ due: true, sent: 2 });
  });

  it('never sends the same digest twice, even from two leaders at once', async () => {
    const { service, clock, messenger, digest } = setup();
    await seed(service);
    clock.set('2026-12-02T07:00:00Z');
    const [a, b] = await Promise.all([digest('a')(), digest('b')()]);
    expect(a.sent + b.sent).toBe(2);
    expect(a.skipped + b.skipped).toBe(2);
    expect(messenger.sent).toHaveLength(2);
  });

  it('tries again on the next tick when the connector was unreachable', async () => {
    const { service, clock, messenger, digest, storage } = setup();
    await seed(service);
    clock.set('2026-12-02T07:00:00Z');
    messenger.fail = new DeliveryError('down', 503, true);
    expect(await digest('a')()).toMatchObject({ sent: 0, failed: 2 });
    expect(await storage.documents.list(DIGEST_COLLECTION)).toHaveLength(0);
    messenger.fail = undefined;
    expect(await digest('a')()).toMatchObject({ sent: 2 });
  });

  it('renders a valid card with each task linked to its thread message', () => {
    const digest: UserDigest = {
      aadObjectId: 'aad-p1',
      teamsUserId: '29:p1',
      serviceUrl: CHAT_LOCATION.serviceUrl,
      overdue: [
        {
          threadId: 'BU-2026-0001',
          caseRef: 'BU-2026-0001',
          taskId: 't1',
          title: 'Ring *nu*',
          due: '2026-11-30',
          overdue: true,
        },
      ],
      dueSoon: [],
    };
    const card = renderDigestCard(
      cardTemplates,
      digest,
      { texts: da.coordination, roles },
      () => 'https://teams.microsoft.com/l/message/x/1',
    );
    expect(validateAdaptiveCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain(da.coordination.digest.overdue(1));
    expect(json).toContain('https://teams.microsoft.com/l/message/x/1');
    expect(json).toContain('BU-2026-0001');
  });
});
