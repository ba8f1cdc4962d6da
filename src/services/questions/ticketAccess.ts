import type { KnowledgeOwner } from '../../domain/questions/knowledgeOwners';
import { QuestionRuleError, type QuestionTicket } from '../../domain/questions/ticket';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import type { Versioned } from '../../ports/questionStore';
import { ConcurrencyConflictError } from '../../ports/storage';
import type { QuestionServiceDeps } from './types';

/** What every ticket change needs: the owner check, the stored ticket and the shared card kept current. */
export interface TicketAccess {
  ownerOrThrow(identity: UserIdentity): KnowledgeOwner;
  loadTicket(ticketId: string): Promise<Versioned<QuestionTicket>>;
  /** Shows the ticket's new state on the owners' channel card; a failed update is logged, not thrown. */
  refreshCard(ticket: QuestionTicket): Promise<void>;
  /** Stores a ticket in place of the version read; a concurrent change reads as a stale card. */
  store(ticket: QuestionTicket, etag: string): Promise<void>;
  /** Applies a change to the stored ticket, stores it and refreshes its card. */
  change(ticketId: string, apply: (ticket: QuestionTicket) => QuestionTicket): Promise<QuestionTicket>;
}

export function createTicketAccess(
  deps: Pick<QuestionServiceDeps, 'store' | 'owners' | 'messenger' | 'renderer' | 'logger'>,
): TicketAccess {
  function ownerOrThrow(identity: UserIdentity): KnowledgeOwner {
    const owner = deps.owners.find(identity);
    if (!owner) throw new QuestionRuleError('NOT_OWNER');
    return owner;
  }

  async function loadTicket(ticketId: string) {
    const stored = await deps.store.getTicket(ticketId);
    if (!stored) throw new QuestionRuleError('NOT_FOUND');
    return stored;
  }

  async function refreshCard(ticket: QuestionTicket): Promise<void> {
    const ref = ticket.channelMessage;
    if (!ref) return;
    try {
      await deps.messenger.update(
        { serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, tenantId: ref.tenantId },
        ref.activityId,
        { card: deps.renderer.ticketCard(ticket) },
      );
    } catch (error) {
      deps.logger.warn('question ticket card not updated', {
        ticketId: ticket.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }

  async function store(ticket: QuestionTicket, etag: string): Promise<void> {
    try {
      await deps.store.updateTicket(ticket, etag);
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) throw new QuestionRuleError('STALE_CARD');
      throw error;
    }
  }

  async function change(
    ticketId: string,
    apply: (ticket: QuestionTicket) => QuestionTicket,
  ): Promise<QuestionTicket> {
    const stored = await loadTicket(ticketId);
    const next = apply(stored.value);
    await store(next, stored.etag);
    await refreshCard(next);
    return next;
  }

  return { ownerOrThrow, loadTicket, refreshCard, store, change };
}
