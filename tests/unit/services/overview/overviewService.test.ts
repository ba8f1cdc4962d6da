import { createOverviewAccess } from '../../../../src/domain/overview/access';
import type { Acknowledgement, KnowledgePost } from '../../../../src/domain/updates';
import { emptyKnowledgeGapSource } from '../../../../src/ports/knowledgeGaps';
import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import {
  createOverviewService,
  type TabUser,
  type UpdatesReader,
} from '../../../../src/services/overview/overviewService';
import { createUsageCounter } from '../../../../src/services/overview/usageCounter';
import { countingPolicyQa } from '../../../../src/services/overview/usageRecording';
import type { PolicyQaService } from '../../../../src/services/policyQa/types';
import { silentLogger } from '../coordination/helpers';

const NOW = new Date('2026-03-20T10:00:00Z');
const clock = { now: () => NOW };
const AUTHOR = '00000000-0000-4000-8000-0000000000a1';
const user = (id: string): TabUser => ({ aadObjectId: id, development: false });

const post: KnowledgePost = {
  id: 'u1',
  version: 1,
  status: 'published',
  title: 'Ny procedure',
  bodyMarkdown: 'Tekst',
  tags: [],
  audienceIds: ['skoler', 'dagtilbud'],
  addToKnowledgeBase: false,
  author: { id: AUTHOR, role: 'skoleleder', roleLabel: 'Skoleleder', unit: 'Skolen' },
  createdAt: '2026-03-10T08:00:00Z',
  updatedAt: '2026-03-10T08:00:00Z',
  publishedAt: '2026-03-10T08:00:00Z',
};
const acks: Acknowledgement[] = [
  { postId: 'u1', userId: 'M1', name: 'Anna', acknowledgedAt: '2026-03-10T09:00:00Z', postVersion: 1 },
  { postId: 'u1', userId: 'm3', name: 'Bo', acknowledgedAt: '2026-03-12T09:00:00Z', postVersion: 1 },
];

function service(options: { storage?: MemoryStorage } = {}) {
  const updates: UpdatesReader = {
    publisherFor: (actor) =>
      actor.id === AUTHOR ? { role: 'skoleleder', roleLabel: 'Skoleleder', unit: 'Skolen' } : undefined,
    listMine: async () => [post],
    view: async () => ({ post, ackCount: acks.length, isAuthor: true, acknowledgements: acks }),
    exportAcknowledgements: async () => ({ post, csv: 'x', count: 2 }),
    audiences: () => [
      { id: 'skoler', name: 'Skoleledere', channelId: '19:a', serviceUrl: undefined },
      { id: 'dagtilbud', name: 'Dagtilbudsledere', channelId: '19:b', serviceUrl: undefined },
    ],
  };
  const storage = options.storage ?? new MemoryStorage();
  return createOverviewService({
    coordination: { myWork: async () => ({ threads: [], tasks: [] }), getThread: async () => undefined },
    updates,
    feedback: { list: async () => [] },
    usage: createUsageCounter({ storage, logger: silentLogger() }),
    gaps: emptyKnowledgeGapSource,
    access: createOverviewAccess({ managers: [{ objectId: AUTHOR }] }, { find: () => undefined }),
    // Only the schools' members are known.
    roster: {
      membersOf: async (id) =>
        id === 'skoler'
          ? [
              { userId: 'm1', name: 'Anna' },
              { userId: 'm2', name: 'Carl' },
            ]
          : undefined,
    },
    clock,
    linkOf: () => '',
  });
}

describe('Videndeling', () => {
  it('counts per audience whose members are known, names who has not, and says when members are unknown', async () => {
    const view = await service().updates(user(AUTHOR));
    if ('kind' in view) throw new Error(view.kind);
    const [row] = view.posts;
    expect(row!.audiences).toEqual([
      { audienceId: 'skoler', name: 'Skoleledere', members: 2, acknowledged: 1, notYet: ['Carl'] },
      { audienceId: 'dagtilbud', name: 'Dagtilbudsledere', members: null, acknowledged: null, notYet: null },
    ]);
    // Cumulative per day since publishing: all acknowledgements, and the schools' members only.
    expect(row!.timeline[0]!.counts).toEqual({ all: 1, skoler: 1 });
    expect(row!.timeline[2]!.counts).toEqual({ all: 2, skoler: 1 });
    expect(row!.timeline.at(-1)!.counts.all).toBe(2);
  });

  it('refuses someone who is not a publisher before reading any post', async () => {
    expect(await service().updates(user('00000000-0000-4000-8000-0000000000ff'))).toEqual({
      kind: 'forbidden',
    });
  });
});

describe('Brug', () => {
  it('counts outcomes recorded through the wrapped services, suppressed under 5', async () => {
    const storage = new MemoryStorage();
    const usage = createUsageCounter({ storage, logger: silentLogger() });
    let answers = 0;
    const policyQa = {
      ask: async (question: string) => ({ kind: answers++ < 6 ? 'answer' : 'noAnswer', question }),
      stats: { documents: 1, sections: 1, buildMs: 0 },
    } as unknown as PolicyQaService;
    const counted = countingPolicyQa(policyQa, usage, clock);
    for (let i = 0; i < 8; i++) await counted.ask('spørgsmål');
    expect(counted.stats.sections).toBe(1);
    await usage.flush();
    const view = await service({ storage }).usage(user(AUTHOR));
    if ('kind' in view) throw new Error(view.kind);
    const week = view.weeks.at(-1)!;
    expect(week).toMatchObject({ week: '2026-W12', answered: 6, questions: 8, answerRate: null });
    expect(JSON.stringify(await storage.documents.list('usageCounts'))).not.toContain('spørgsmål');
  });
});
