import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import {
  createFeedbackService,
  FEEDBACK_COLLECTION,
  InvalidFeedbackError,
  MAX_COMMENT_LENGTH,
  type FeedbackInput,
} from '../../../../src/services/feedback/feedbackService';
import { StorageUnavailableError } from '../../../../src/ports/storage';

function setup() {
  const storage = new MemoryStorage();
  let time = Date.parse('2026-11-29T10:00:00.000Z');
  let counter = 0;
  const service = createFeedbackService({
    storage,
    clock: { now: () => new Date(time) },
    newId: () => `id${++counter}`,
  });
  return {
    storage,
    service,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const LIKE: FeedbackInput = {
  reaction: 'like',
  conversationType: 'personal',
  channel: 'feedbackLoop',
  replyToId: 'msg-1',
};

describe('feedback service', () => {
  it('stores an entry in the feedback collection with a time-ordered id', async () => {
    const { service, storage } = setup();
    const entry = await service.record({ ...LIKE, comment: '  Godt svar  ' });
    expect(entry).toEqual({
      id: '20261129T100000000Z-id1',
      reaction: 'like',
      comment: 'Godt svar',
      replyToId: 'msg-1',
      conversationType: 'personal',
      channel: 'feedbackLoop',
      timestamp: '2026-11-29T10:00:00.000Z',
    });
    const stored = await storage.documents.get(FEEDBACK_COLLECTION, entry.id);
    expect(stored?.value).toEqual(entry);
  });

  it('redacts CPR numbers, drops empty comments and caps long ones', async () => {
    const { service } = setup();
    const redacted = await service.record({ ...LIKE, comment: 'Barnet 1201101234 mangler' });
    expect(redacted.comment).toBe('Barnet [CPR fjernet] mangler');
    const empty = await service.record({ ...LIKE, comment: '   ' });
    expect(empty.comment).toBeUndefined();
    expect('comment' in empty).toBe(false);
    const long = await service.record({ ...LIKE, comment: 'x'.repeat(5000) });
    expect(long.comment!.length).toBe(MAX_COMMENT_LENGTH);
  });

  it('drops a replyToId that is not a plain message id', async () => {
    const { service } = setup();
    const entry = await service.record({ ...LIKE, replyToId: 'has spaces and <script>' });
    expect(entry.replyToId).toBeUndefined();
  });

  it('rejects unknown reactions and conversation types with a typed error, storing nothing', async () => {
    const { service } = setup();
    await expect(service.record({ ...LIKE, reaction: 'love' as never })).rejects.toBeInstanceOf(
      InvalidFeedbackError,
    );
    await expect(service.record({ ...LIKE, conversationType: 'meeting' as never })).rejects.toMatchObject({
      code: 'INVALID_FEEDBACK',
    });
    expect(await service.list()).toEqual([]);
  });

  it('lists newest first, filtered by reaction and time, and summarises for review', async () => {
    const { service, advance } = setup();
    await service.record({ ...LIKE });
    advance(60_000);
    await service.record({ ...LIKE, reaction: 'dislike', comment: 'Mangler kilde' });
    advance(60_000);
    await service.record({ ...LIKE, replyToId: 'msg-3' });

    const all = await service.list();
    expect(all.map((e) => e.timestamp)).toEqual([
      '2026-11-29T10:02:00.000Z',
      '2026-11-29T10:01:00.000Z',
      '2026-11-29T10:00:00.000Z',
    ]);
    expect((await service.list({ reaction: 'dislike' })).map((e) => e.comment)).toEqual(['Mangler kilde']);
    expect(await service.list({ since: new Date('2026-11-29T10:01:00.000Z') })).toHaveLength(2);
    expect(await service.list({ limit: 1 })).toHaveLength(1);
    expect(await service.summarize()).toEqual({ total: 3, likes: 2, dislikes: 1, withComment: 1 });
  });

  it('passes a storage outage on as StorageUnavailableError', async () => {
    const { service, storage } = setup();
    storage.setAvailable(false);
    await expect(service.record(LIKE)).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
