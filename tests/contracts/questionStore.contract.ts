import type { KnowledgeEntry, PendingQuestion } from '../../src/domain/questions/ticket';
import type { QuestionStore } from '../../src/ports/questionStore';
import { ConcurrencyConflictError } from '../../src/ports/storage';
import { sampleTicket } from '../../src/cli/questionCardsCatalogue';

export interface QuestionStoreUnderTest {
  readonly store: QuestionStore;
  close(): Promise<void>;
}

export type QuestionStoreFactory = () => Promise<QuestionStoreUnderTest>;

function pending(id: string, askedAt: string, overrides: Partial<PendingQuestion> = {}): PendingQuestion {
  return {
    id,
    question: 'Hvordan bestiller jeg en tolk?',
    containedCpr: false,
    language: 'da',
    askedAt,
    ...overrides,
  };
}

function entry(id: string, overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id,
    ticketId: 't-1',
    question: 'Hvordan bestiller jeg en tolk?',
    answer: 'Hos Tolkeservice på intranettet.',
    ownerRole: 'Skoleleder',
    createdAt: '2026-11-24T09:15:00.000Z',
    ...overrides,
  };
}

/**
 * The one behaviour suite every QuestionStore must pass, whatever Storage backs it. It only uses the
 * port, so a new implementation or backend is accepted by running this function on it.
 */
export function describeQuestionStoreContract(name: string, factory: QuestionStoreFactory): void {
  describe(`QuestionStore contract: ${name}`, () => {
    let subject: QuestionStoreUnderTest;
    let store: QuestionStore;

    beforeEach(async () => {
      subject = await factory();
      store = subject.store;
    });

    afterEach(async () => {
      await subject.close();
    });

    it('round-trips a pending question and refuses to create it twice', async () => {
      const question = pending('20261124T091500000Z-a', '2026-11-24T09:15:00.000Z', {
        question: 'Æblegrød § 36 “ok”',
      });
      await store.createPending(question);
      expect((await store.getPending(question.id))?.value).toEqual(question);
      await expect(store.createPending(question)).rejects.toBeInstanceOf(ConcurrencyConflictError);
      await expect(store.getPending('20261124T091500000Z-missing')).resolves.toBeUndefined();
    });

    it('updates a pending question only with the current etag', async () => {
      const question = pending('20261124T091500000Z-b', '2026-11-24T09:15:00.000Z');
      await store.createPending(question);
      const stored = (await store.getPending(question.id))!;
      await store.updatePending({ ...question, ticketId: 't-1' }, stored.etag);
      await expect(store.updatePending({ ...question, ticketId: 't-2' }, stored.etag)).rejects.toBeInstanceOf(
        ConcurrencyConflictError,
      );
      expect((await store.getPending(question.id))?.value.ticketId).toBe('t-1');
    });

    it('lists pending questions oldest first and prunes those asked before a cut-off', async () => {
      await store.createPending(pending('20261124T091500000Z-new', '2026-11-24T09:15:00.000Z'));
      await store.createPending(pending('20260801T080000000Z-old', '2026-08-01T08:00:00.000Z'));
      await store.createPending(pending('20260901T080000000Z-mid', '2026-09-01T08:00:00.000Z'));
      expect((await store.listPending()).map((p) => p.id)).toEqual([
        '20260801T080000000Z-old',
        '20260901T080000000Z-mid',
        '20261124T091500000Z-new',
      ]);
      await expect(store.prunePending('2026-08-26T09:15:00.000Z')).resolves.toBe(1);
      expect((await store.listPending()).map((p) => p.id)).toEqual([
        '20260901T080000000Z-mid',
        '20261124T091500000Z-new',
      ]);
      await expect(store.prunePending('2026-08-26T09:15:00.000Z')).resolves.toBe(0);
    });

    it('creates tickets once and updates them only with the current etag', async () => {
      const ticket = sampleTicket({ id: '20261124T091500000Z-t1' });
      const etag = await store.createTicket(ticket);
      await expect(store.createTicket(ticket)).rejects.toBeInstanceOf(ConcurrencyConflictError);
      const next = { ...ticket, status: 'assigned' as const, version: 2 };
      const newEtag = await store.updateTicket(next, etag);
      expect(newEtag).not.toBe(etag);
      await expect(store.updateTicket({ ...ticket, status: 'closed' }, etag)).rejects.toBeInstanceOf(
        ConcurrencyConflictError,
      );
      expect(await store.getTicket(ticket.id)).toEqual({ value: next, etag: newEtag });
      await store.createTicket(sampleTicket({ id: '20261123T091500000Z-t0' }));
      expect((await store.listTickets()).map((t) => t.id)).toEqual([
        '20261123T091500000Z-t0',
        '20261124T091500000Z-t1',
      ]);
    });

    it('keeps knowledge entries, retracted ones included, oldest first', async () => {
      await store.putKnowledgeEntry(entry('20261124T091500000Z-k2'));
      await store.putKnowledgeEntry(entry('20261123T091500000Z-k1', { link: 'https://www.herning.dk/' }));
      const retracted = entry('20261124T091500000Z-k2', {
        retractedAt: '2026-11-25T09:00:00.000Z',
        retractedByRole: 'PPR-leder',
      });
      await store.putKnowledgeEntry(retracted);
      expect(await store.getKnowledgeEntry('20261124T091500000Z-k2')).toEqual(retracted);
      expect((await store.listKnowledgeEntries()).map((e) => [e.id, e.retractedAt ?? null])).toEqual([
        ['20261123T091500000Z-k1', null],
        ['20261124T091500000Z-k2', '2026-11-25T09:00:00.000Z'],
      ]);
      await expect(store.getKnowledgeEntry('20261124T091500000Z-none')).resolves.toBeUndefined();
    });
  });
}
