/**
 * Where escalated questions, their tickets and the answers that became knowledge are kept. Every
 * implementation passes tests/contracts/questionStore.contract.ts, run on each Storage backend
 * (memory, SQLite, Azure Blob through Azurite).
 */
import type { KnowledgeEntry, PendingQuestion, QuestionTicket } from '../domain/questions/ticket';

export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

export interface QuestionStore {
  /** Creates; throws ConcurrencyConflictError when the id exists. */
  createPending(question: PendingQuestion): Promise<void>;
  getPending(id: string): Promise<Versioned<PendingQuestion> | undefined>;
  /** Writes only if the stored etag is still `etag` (ConcurrencyConflictError otherwise). */
  updatePending(question: PendingQuestion, etag: string): Promise<string>;
  /** Oldest first. */
  listPending(): Promise<PendingQuestion[]>;
  /** Deletes pending questions asked before `before` (ISO 8601); returns how many. */
  prunePending(before: string): Promise<number>;

  createTicket(ticket: QuestionTicket): Promise<string>;
  getTicket(id: string): Promise<Versioned<QuestionTicket> | undefined>;
  updateTicket(ticket: QuestionTicket, etag: string): Promise<string>;
  /** Oldest first. */
  listTickets(): Promise<QuestionTicket[]>;

  putKnowledgeEntry(entry: KnowledgeEntry): Promise<void>;
  getKnowledgeEntry(id: string): Promise<KnowledgeEntry | undefined>;
  /** Oldest first, retracted ones included. */
  listKnowledgeEntries(): Promise<KnowledgeEntry[]>;
}
