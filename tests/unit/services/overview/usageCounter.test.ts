import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import { createUsageCounter, USAGE_COLLECTION } from '../../../../src/services/overview/usageCounter';
import { silentLogger } from '../coordination/helpers';

const MONDAY = new Date('2026-03-16T08:00:00Z');
const SUNDAY_NIGHT_UTC = new Date('2026-03-22T23:30:00Z'); // Monday 23 March, 00:30 in Copenhagen

/** A memory store that counts the writes it is asked for. */
function countingStorage() {
  const storage = new MemoryStorage();
  const puts: string[] = [];
  const put = storage.documents.put.bind(storage.documents);
  storage.documents.put = (collection, id, value, condition) => {
    puts.push(`${collection}/${id}`);
    return put(collection, id, value, condition);
  };
  return { storage, puts };
}

describe('usage counter', () => {
  it('writes a burst of events in one write per week and loses none', async () => {
    const { storage, puts } = countingStorage();
    const usage = createUsageCounter({ storage, logger: silentLogger() });
    for (let i = 0; i < 50; i++) usage.record(i % 5 === 0 ? 'policyNotAnswered' : 'policyAnswered', MONDAY);
    for (let i = 0; i < 3; i++) usage.record('pathway:skole', SUNDAY_NIGHT_UTC);
    await usage.flush();
    expect(await usage.weekly(['2026-W12', '2026-W13'])).toEqual([
      { week: '2026-W12', counts: { policyAnswered: 40, policyNotAnswered: 10 } },
      { week: '2026-W13', counts: { 'pathway:skole': 3 } },
    ]);
    expect(puts).toEqual([`${USAGE_COLLECTION}/2026-W12`, `${USAGE_COLLECTION}/2026-W13`]);
  });

  it('counts events that arrive while a write is under way, and adds to what is stored', async () => {
    const { storage } = countingStorage();
    const usage = createUsageCounter({ storage, logger: silentLogger() });
    usage.record('threadOpened', MONDAY);
    await usage.flush();
    usage.record('threadOpened', MONDAY);
    const writing = usage.flush();
    usage.record('threadClosed', MONDAY);
    await writing;
    await usage.flush();
    const again = createUsageCounter({ storage, logger: silentLogger() });
    again.record('threadOpened', MONDAY);
    await again.flush();
    expect(await usage.weekly(['2026-W12'])).toEqual([
      { week: '2026-W12', counts: { threadOpened: 3, threadClosed: 1 } },
    ]);
  });

  it('keeps counting after a failed write', async () => {
    const { storage } = countingStorage();
    const usage = createUsageCounter({ storage, logger: silentLogger() });
    const put = storage.documents.put;
    storage.documents.put = () => Promise.reject(new Error('unavailable'));
    usage.record('policyAnswered', MONDAY);
    await usage.flush();
    storage.documents.put = put;
    usage.record('policyAnswered', MONDAY);
    await usage.flush();
    expect(await usage.weekly(['2026-W12'])).toEqual([{ week: '2026-W12', counts: { policyAnswered: 1 } }]);
  });

  it('writes on its own a while after the first unwritten event, not during the turn', async () => {
    jest.useFakeTimers();
    try {
      const { storage, puts } = countingStorage();
      const usage = createUsageCounter({ storage, logger: silentLogger(), writeDelayMs: 10_000 });
      usage.record('policyAnswered', MONDAY);
      usage.record('policyAnswered', MONDAY);
      await jest.advanceTimersByTimeAsync(9_999);
      expect(puts).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(puts).toEqual([`${USAGE_COLLECTION}/2026-W12`]);
      expect(await storage.documents.get(USAGE_COLLECTION, '2026-W12')).toMatchObject({
        value: { counts: { policyAnswered: 2 } },
      });
      usage.record('threadOpened', MONDAY);
      expect(await usage.weekly(['2026-W12'])).toEqual([
        { week: '2026-W12', counts: { policyAnswered: 2, threadOpened: 1 } },
      ]);
    } finally {
      jest.useRealTimers();
    }
  });
});
