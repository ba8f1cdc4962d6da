import {
  canSeeContent,
  cardBelongsToThread,
  participantCount,
  refreshUserIdsOf,
} from '../../../../src/domain/threads/access';
import type { CoordinationThread, Participant } from '../../../../src/domain/threads/model';

function participant(n: number, state: Participant['state']): Participant {
  return { aadObjectId: `aad-${n}`, teamsUserId: `29:${n}`, roleId: 'laerer', state, addedAt: '' };
}

function thread(overrides: Partial<CoordinationThread> = {}): CoordinationThread {
  return {
    id: 'BU-2026-0001',
    caseRef: 'BU-2026-0001',
    version: 1,
    status: 'open',
    ageOrGrade: '5 år',
    pathway: 'skole',
    summary: 'x',
    legalBasis: { kind: 'anonymous' },
    ownerId: 'aad-0',
    participants: [
      participant(0, 'accepted'),
      participant(1, 'accepted'),
      participant(2, 'invited'),
      participant(3, 'declined'),
      participant(4, 'requested'),
    ],
    tasks: [],
    decisions: [],
    createdAt: '',
    lastChange: { by: 'aad-0', at: '', action: 'created' },
    timeline: [],
    location: {
      kind: 'channel',
      serviceUrl: 'https://smba.example/',
      conversationId: '19:nord@thread.tacv2;messageid=111',
      tenantId: 'tenant-1',
      activityId: '111',
    },
    ...overrides,
  };
}

describe('need to know', () => {
  it('lets the lead, accepted and invited participants read; not declined, requested or outsiders', () => {
    const t = thread();
    expect([0, 1, 2, 3, 4, 9].map((n) => canSeeContent(t, { id: `aad-${n}` }))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('refreshes only readers, at most 60 (Teams limit), and counts the lead and accepted', () => {
    expect(refreshUserIdsOf(thread())).toEqual(['29:0', '29:1', '29:2']);
    expect(participantCount(thread())).toBe(2);
    const many = thread({
      participants: Array.from({ length: 70 }, (_, i) => participant(i, 'accepted')),
    });
    expect(refreshUserIdsOf(many)).toHaveLength(60);
  });

  it('accepts a card only from its own tenant, conversation (any reply in the chain) and message', () => {
    const t = thread();
    const here = { conversationId: '19:nord@thread.tacv2;messageid=111', tenantId: 'tenant-1' };
    expect(cardBelongsToThread(t, here)).toBe(true);
    expect(cardBelongsToThread(t, { ...here, replyToId: '111' })).toBe(true);
    expect(cardBelongsToThread(t, { ...here, conversationId: '19:nord@thread.tacv2;messageid=222' })).toBe(
      true,
    );
    expect(cardBelongsToThread(t, { ...here, replyToId: '222' })).toBe(false);
    expect(cardBelongsToThread(t, { ...here, tenantId: 'tenant-2' })).toBe(false);
    expect(cardBelongsToThread(t, { ...here, tenantId: undefined })).toBe(false);
    expect(cardBelongsToThread(t, { ...here, conversationId: 'a:other' })).toBe(false);
    expect(cardBelongsToThread(t, { tenantId: 'tenant-1' })).toBe(false);
    const closed = thread({ location: { ...t.location!, closingActivityId: '333' } });
    expect(cardBelongsToThread(closed, { ...here, replyToId: '333' })).toBe(true);
  });
});
