import { ConcurrencyConflictError, type Storage } from '../../src/ports/storage';

/** What every implementation's factory receives: a clock the suite controls (lease expiry). */
export interface StorageFactoryOptions {
  readonly now: () => number;
}

export type StorageFactory = (options: StorageFactoryOptions) => Promise<Storage>;

interface Counter {
  count: number;
  writers: string[];
}

/**
 * The one behaviour suite every Storage implementation must pass. It only uses the port, never
 * the implementation kind, so a new implementation is accepted by running this function on it.
 */
export function describeStorageContract(name: string, factory: StorageFactory): void {
  describe(`Storage contract: ${name}`, () => {
    let storage: Storage;
    let time: number;

    beforeEach(async () => {
      time = Date.UTC(2026, 10, 29, 9, 0, 0);
      storage = await factory({ now: () => time });
    });

    afterEach(async () => {
      await storage.close();
    });

    it('answers ping', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });

    describe('documents', () => {
      it('returns undefined for a document that was never written', async () => {
        await expect(storage.documents.get('threads', 'missing')).resolves.toBeUndefined();
      });

      it('round-trips a value with the etag that put returned', async () => {
        const value = { status: 'åben', tasks: [{ title: 'Møde', done: false }], version: 3, note: null };
        const etag = await storage.documents.put('threads', 'BU-2026-0001', value);
        expect(typeof etag).toBe('string');
        expect(etag.length).toBeGreaterThan(0);
        await expect(storage.documents.get('threads', 'BU-2026-0001')).resolves.toEqual({
          id: 'BU-2026-0001',
          value,
          etag,
        });
      });

      it('round-trips Danish letters and other unicode exactly', async () => {
        const value = { text: 'Æblegrød på Ørstedsvej — æøå ÆØÅ “citat” § 36 🙂', tab: '\t', nl: 'a\nb' };
        await storage.documents.put('texts', 'unicode', value);
        const stored = await storage.documents.get<typeof value>('texts', 'unicode');
        expect(stored?.value).toEqual(value);
      });

      it('round-trips top-level arrays, numbers, strings, booleans and null', async () => {
        const values: unknown[] = [[1, 'to', { tre: 3 }], 42.5, 'tekst', false, null];
        for (const [index, value] of values.entries()) {
          await storage.documents.put('values', `v${index}`, value);
        }
        for (const [index, value] of values.entries()) {
          expect((await storage.documents.get('values', `v${index}`))?.value).toEqual(value);
        }
      });

      it('changes the etag on every write, even when the value is the same', async () => {
        const first = await storage.documents.put('threads', 't1', { n: 1 });
        const second = await storage.documents.put('threads', 't1', { n: 1 });
        const third = await storage.documents.put('threads', 't1', { n: 2 });
        expect(new Set([first, second, third]).size).toBe(3);
        expect((await storage.documents.get('threads', 't1'))?.etag).toBe(third);
      });

      it('overwrites without a condition', async () => {
        await storage.documents.put('threads', 't1', { n: 1 });
        await storage.documents.put('threads', 't1', { n: 2 });
        expect((await storage.documents.get('threads', 't1'))?.value).toEqual({ n: 2 });
      });

      it('writes with ifMatch when the etag is current and refuses a stale etag', async () => {
        const first = await storage.documents.put('threads', 't1', { n: 1 });
        const second = await storage.documents.put('threads', 't1', { n: 2 }, { ifMatch: first });
        expect(second).not.toBe(first);
        await expect(
          storage.documents.put('threads', 't1', { n: 99 }, { ifMatch: first }),
        ).rejects.toBeInstanceOf(ConcurrencyConflictError);
        await expect(storage.documents.get('threads', 't1')).resolves.toEqual({
          id: 't1',
          value: { n: 2 },
          etag: second,
        });
      });

      it('refuses ifMatch on a document that does not exist', async () => {
        const etag = await storage.documents.put('threads', 'other', { n: 1 });
        await expect(
          storage.documents.put('threads', 'absent', { n: 1 }, { ifMatch: etag }),
        ).rejects.toMatchObject({
          code: 'CONCURRENCY_CONFLICT',
        });
        await expect(storage.documents.get('threads', 'absent')).resolves.toBeUndefined();
      });

      it('creates only once with ifNoneMatch "*"', async () => {
        const etag = await storage.documents.put('threads', 'new', { owner: 'a' }, { ifNoneMatch: '*' });
        await expect(
          storage.documents.put('threads', 'new', { owner: 'b' }, { ifNoneMatch: '*' }),
        ).rejects.toBeInstanceOf(ConcurrencyConflictError);
        await expect(storage.documents.get('threads', 'new')).resolves.toEqual({
          id: 'new',
          value: { owner: 'a' },
          etag,
        });
      });

      it('lets exactly one of several simultaneous creators win', async () => {
        const results = await Promise.allSettled(
          ['a', 'b', 'c', 'd', 'e'].map((owner) =>
            storage.documents.put('threads', 'race', { owner }, { ifNoneMatch: '*' }),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const result of results) {
          if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ConcurrencyConflictError);
        }
      });

      it('deletes, reporting whether something was there', async () => {
        await storage.documents.put('threads', 't1', { n: 1 });
        await expect(storage.documents.delete('threads', 't1')).resolves.toBe(true);
        await expect(storage.documents.get('threads', 't1')).resolves.toBeUndefined();
        await expect(storage.documents.delete('threads', 't1')).resolves.toBe(false);
      });

      it('refuses a delete with a stale etag and keeps the document', async () => {
        const first = await storage.documents.put('threads', 't1', { n: 1 });
        const second = await storage.documents.put('threads', 't1', { n: 2 });
        await expect(storage.documents.delete('threads', 't1', { ifMatch: first })).rejects.toBeInstanceOf(
          ConcurrencyConflictError,
        );
        expect((await storage.documents.get('threads', 't1'))?.value).toEqual({ n: 2 });
        await expect(storage.documents.delete('threads', 't1', { ifMatch: second })).resolves.toBe(true);
        await expect(storage.documents.get('threads', 't1')).resolves.toBeUndefined();
      });

      it('lists a collection sorted by id, with etags, and keeps collections apart', async () => {
        const ids = ['b', 'a.c', 'a', 'A', 'a-b', 'a_b', '10', '9', 'ab'];
        const etags = new Map<string, string>();
        for (const id of ids) etags.set(id, await storage.documents.put('tasks', id, { id }));
        await storage.documents.put('threads', 'a', { other: true });

        const listed = await storage.documents.list<{ id: string }>('tasks');
        const expectedOrder = [...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        expect(listed.map((doc) => doc.id)).toEqual(expectedOrder);
        for (const doc of listed) {
          expect(doc.value).toEqual({ id: doc.id });
          expect(doc.etag).toBe(etags.get(doc.id));
        }
        await expect(storage.documents.list('empty')).resolves.toEqual([]);
      });

      it('lists only ids with the given prefix', async () => {
        for (const id of ['case-1.task-2', 'case-1.task-1', 'case-10.task-1', 'case-2.task-1', 'case-1']) {
          await storage.documents.put('tasks', id, { id });
        }
        const listed = await storage.documents.list('tasks', { prefix: 'case-1.' });
        expect(listed.map((doc) => doc.id)).toEqual(['case-1.task-1', 'case-1.task-2']);
        const wider = await storage.documents.list('tasks', { prefix: 'case-1' });
        expect(wider.map((doc) => doc.id)).toEqual([
          'case-1',
          'case-1.task-1',
          'case-1.task-2',
          'case-10.task-1',
        ]);
        await expect(storage.documents.list('tasks', { prefix: 'zzz' })).resolves.toEqual([]);
      });

      it('keeps stored values apart from the caller’s objects', async () => {
        const value = { list: ['a'], nested: { n: 1 } };
        await storage.documents.put('threads', 't1', value);
        value.list.push('changed after put');
        value.nested.n = 2;

        const read = await storage.documents.get<typeof value>('threads', 't1');
        expect(read?.value).toEqual({ list: ['a'], nested: { n: 1 } });
        read!.value.list.push('changed after get');
        const listed = await storage.documents.list<typeof value>('threads');
        listed[0].value.nested.n = 3;

        expect((await storage.documents.get('threads', 't1'))?.value).toEqual({
          list: ['a'],
          nested: { n: 1 },
        });
      });

      it.each(['', 'a/b', '../x', 'with space', 'æøå', '-lead', '.hidden', 'x'.repeat(201), 'a\\b', 'a?b'])(
        'rejects the invalid name %j as collection and as id, storing nothing',
        async (bad) => {
          await expect(storage.documents.put(bad, 'ok', { n: 1 })).rejects.toBeInstanceOf(RangeError);
          await expect(storage.documents.put('ok', bad, { n: 1 })).rejects.toBeInstanceOf(RangeError);
          await expect(storage.documents.get('ok', bad)).rejects.toBeInstanceOf(RangeError);
          await expect(storage.documents.get(bad, 'ok')).rejects.toBeInstanceOf(RangeError);
          await expect(storage.documents.delete('ok', bad)).rejects.toBeInstanceOf(RangeError);
          await expect(storage.documents.list(bad)).rejects.toBeInstanceOf(RangeError);
          await expect(storage.auditLog.append(bad, { a: 1 })).rejects.toBeInstanceOf(RangeError);
          await expect(storage.auditLog.read(bad)).rejects.toBeInstanceOf(RangeError);
          await expect(storage.auditLog.purge(bad)).rejects.toBeInstanceOf(RangeError);
          await expect(storage.leases.tryAcquire(bad, 'holder', 1000)).rejects.toBeInstanceOf(RangeError);
          await expect(storage.documents.list('ok')).resolves.toEqual([]);
        },
      );

      it('accepts names at the edge of the pattern', async () => {
        const longest = `a${'b'.repeat(199)}`;
        await storage.documents.put('C0ll_ection-1.x', longest, { ok: true });
        expect((await storage.documents.get('C0ll_ection-1.x', longest))?.value).toEqual({ ok: true });
      });

      it('loses no update when 50 writers increment one counter at once', async () => {
        await storage.documents.put<Counter>('counters', 'shared', { count: 0, writers: [] });
        const increment = async (writer: string): Promise<void> => {
          for (let attempt = 0; attempt < 500; attempt += 1) {
            const current = await storage.documents.get<Counter>('counters', 'shared');
            if (!current) throw new Error('counter vanished');
            const next = { count: current.value.count + 1, writers: [...current.value.writers, writer] };
            try {
              await storage.documents.put('counters', 'shared', next, { ifMatch: current.etag });
              return;
            } catch (error) {
              if (!(error instanceof ConcurrencyConflictError)) throw error;
              // A little random jitter spreads the contenders (measured: faster than exponential back-off here).
              await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
            }
          }
          throw new Error(`writer ${writer} never got through`);
        };
        const writers = Array.from({ length: 50 }, (_, index) => `w${index}`);
        await Promise.all(writers.map(increment));

        const final = await storage.documents.get<Counter>('counters', 'shared');
        expect(final?.value.count).toBe(50);
        expect([...(final?.value.writers ?? [])].sort()).toEqual([...writers].sort());
      });
    });

    describe('audit log', () => {
      it('reads entries back in the order they were appended', async () => {
        for (let index = 0; index < 12; index += 1) {
          await storage.auditLog.append('case-1', { seq: index, action: 'task.added', who: 'aad-1' });
        }
        const entries = await storage.auditLog.read('case-1');
        expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 12 }, (_, index) => index));
        expect(entries[0]).toEqual({ seq: 0, action: 'task.added', who: 'aad-1' });
      });

      it('keeps streams apart and reads an unknown stream as empty', async () => {
        await storage.auditLog.append('case-1', { a: 1 });
        await storage.auditLog.append('case-2', { b: 2 });
        await storage.auditLog.append('case-1', { a: 3, text: 'Æ ø å' });
        await expect(storage.auditLog.read('case-1')).resolves.toEqual([{ a: 1 }, { a: 3, text: 'Æ ø å' }]);
        await expect(storage.auditLog.read('case-2')).resolves.toEqual([{ b: 2 }]);
        await expect(storage.auditLog.read('never')).resolves.toEqual([]);
      });

      it('keeps every entry when many appends run at once', async () => {
        await Promise.all(
          Array.from({ length: 30 }, (_, index) => storage.auditLog.append('busy', { index })),
        );
        const entries = await storage.auditLog.read('busy');
        expect(entries.map((entry) => entry.index).sort((a, b) => Number(a) - Number(b))).toEqual(
          Array.from({ length: 30 }, (_, index) => index),
        );
      });

      it('stores copies of entries', async () => {
        const entry = { who: 'a', details: { n: 1 } };
        await storage.auditLog.append('case-1', entry);
        entry.details.n = 2;
        const [read] = await storage.auditLog.read('case-1');
        (read.details as { n: number }).n = 3;
        await expect(storage.auditLog.read('case-1')).resolves.toEqual([{ who: 'a', details: { n: 1 } }]);
      });

      it('purges a whole stream and reports whether it existed', async () => {
        await storage.auditLog.append('case-1', { a: 1 });
        await storage.auditLog.append('case-1', { a: 2 });
        await storage.auditLog.append('case-2', { b: 1 });
        await expect(storage.auditLog.purge('case-1')).resolves.toBe(true);
        await expect(storage.auditLog.read('case-1')).resolves.toEqual([]);
        await expect(storage.auditLog.purge('case-1')).resolves.toBe(false);
        await expect(storage.auditLog.read('case-2')).resolves.toEqual([{ b: 1 }]);
        await storage.auditLog.append('case-1', { a: 'after purge' });
        await expect(storage.auditLog.read('case-1')).resolves.toEqual([{ a: 'after purge' }]);
      });
    });

    describe('leases', () => {
      it('grants a free lease to one holder and refuses another while it lasts', async () => {
        await expect(storage.leases.tryAcquire('reminders', 'instance-a', 30_000)).resolves.toBe(true);
        await expect(storage.leases.tryAcquire('reminders', 'instance-b', 30_000)).resolves.toBe(false);
        await expect(storage.leases.tryAcquire('other-job', 'instance-b', 30_000)).resolves.toBe(true);
      });

      it('lets the holder renew, which pushes the expiry forward', async () => {
        await expect(storage.leases.tryAcquire('reminders', 'instance-a', 10_000)).resolves.toBe(true);
        time += 8_000;
        await expect(storage.leases.tryAcquire('reminders', 'instance-a', 10_000)).resolves.toBe(true);
        time += 8_000; // 16 s after the first grant, 8 s after the renewal
        await expect(storage.leases.tryAcquire('reminders', 'instance-b', 10_000)).resolves.toBe(false);
      });

      it('hands an expired lease to another holder', async () => {
        await expect(storage.leases.tryAcquire('reminders', 'instance-a', 5_000)).resolves.toBe(true);
        time += 5_001;
        await expect(storage.leases.tryAcquire('reminders', 'instance-b', 5_000)).resolves.toBe(true);
        await expect(storage.leases.tryAcquire('reminders', 'instance-a', 5_000)).resolves.toBe(false);
      });

      it('ignores a release by someone who does not hold the lease', async () => {
        await expect(storage.leases.tryAcquire('reminders', 'instance-a', 30_000)).resolves.toBe(true);
        await storage.leases.release('reminders', 'instance-b');
        await expect(storage.leases.tryAcquire('reminders', 'instance-b', 30_000)).resolves.toBe(false);
        await storage.leases.release('reminders', 'instance-a');
        await expect(storage.leases.tryAcquire('reminders', 'instance-b', 30_000)).resolves.toBe(true);
      });

      it('accepts a release of a lease nobody holds', async () => {
        await expect(storage.leases.release('never-taken', 'instance-a')).resolves.toBeUndefined();
      });

      it('grants a contested free lease to exactly one of several instances', async () => {
        const results = await Promise.all(
          ['a', 'b', 'c', 'd', 'e', 'f'].map((holder) => storage.leases.tryAcquire('leader', holder, 30_000)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('rejects a non-positive ttl and an empty holder', async () => {
        await expect(storage.leases.tryAcquire('reminders', 'instance-a', 0)).rejects.toBeInstanceOf(
          RangeError,
        );
        await expect(storage.leases.tryAcquire('reminders', '', 1000)).rejects.toBeInstanceOf(RangeError);
      });
    });
  });
}
