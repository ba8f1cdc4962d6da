import type { KnowledgeEntry, PendingQuestion, QuestionTicket } from '../../../domain/questions/ticket';
import type { QuestionStore } from '../../../ports/questionStore';
import type { Storage } from '../../../ports/storage';

export const PENDING_COLLECTION = 'questions-pending';
export const TICKET_COLLECTION = 'questions-tickets';
export const KNOWLEDGE_ENTRY_COLLECTION = 'questions-knowledge';

/**
 * The question store on the Storage port's document store, so it runs on every backend. Ids start
 * with a sortable time key, so listing by id lists oldest first.
 */
export function createDocumentQuestionStore(storage: Storage): QuestionStore {
  const docs = storage.documents;
  return {
    async createPending(question) {
      await docs.put(PENDING_COLLECTION, question.id, question, { ifNoneMatch: '*' });
    },
    async getPending(id) {
      const doc = await docs.get<PendingQuestion>(PENDING_COLLECTION, id);
      return doc && { value: doc.value, etag: doc.etag };
    },
    updatePending: (question, etag) => docs.put(PENDING_COLLECTION, question.id, question, { ifMatch: etag }),
    async listPending() {
      return (await docs.list<PendingQuestion>(PENDING_COLLECTION)).map((d) => d.value);
    },
    async prunePending(before) {
      let removed = 0;
      for (const doc of await docs.list<PendingQuestion>(PENDING_COLLECTION)) {
        if (doc.value.askedAt < before && (await docs.delete(PENDING_COLLECTION, doc.id))) removed += 1;
      }
      return removed;
    },
    createTicket: (ticket) => docs.put(TICKET_COLLECTION, ticket.id, ticket, { ifNoneMatch: '*' }),
    async getTicket(id) {
      const doc = await docs.get<QuestionTicket>(TICKET_COLLECTION, id);
      return doc && { value: doc.value, etag: doc.etag };
    },
    updateTicket: (ticket, etag) => docs.put(TICKET_COLLECTION, ticket.id, ticket, { ifMatch: etag }),
    async listTickets() {
      return (await docs.list<QuestionTicket>(TICKET_COLLECTION)).map((d) => d.value);
    },
    async putKnowledgeEntry(entry) {
      await docs.put(KNOWLEDGE_ENTRY_COLLECTION, entry.id, entry);
    },
    async getKnowledgeEntry(id) {
      return (await docs.get<KnowledgeEntry>(KNOWLEDGE_ENTRY_COLLECTION, id))?.value;
    },
    async listKnowledgeEntries() {
      return (await docs.list<KnowledgeEntry>(KNOWLEDGE_ENTRY_COLLECTION)).map((d) => d.value);
    },
  };
}
