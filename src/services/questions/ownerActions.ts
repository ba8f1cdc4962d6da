import {
  answerTicket,
  assignTicket,
  closeTicket,
  QuestionRuleError,
  validateAnswer,
  type KnowledgeEntry,
  type QuestionTicket,
} from '../../domain/questions/ticket';
import { KNOWLEDGE_ENTRY_PREFIX, knowledgeEntryDocument, timeKey } from './knowledgeEntries';
import type { TicketAccess } from './ticketAccess';
import type { QuestionService, QuestionServiceDeps } from './types';

type OwnerActionDeps = Pick<
  QuestionServiceDeps,
  'store' | 'messenger' | 'renderer' | 'knowledgeSink' | 'clock' | 'logger'
> & {
  readonly newId: () => string;
  readonly tickets: TicketAccess;
};

function indexKnowledgeEntry(deps: OwnerActionDeps, entry: KnowledgeEntry): void {
  deps.knowledgeSink?.upsertUpdate(knowledgeEntryDocument(entry));
}

/** Sends the answer to the asker one-to-one; false when it could not be delivered. */
async function notifyAsker(deps: OwnerActionDeps, ticket: QuestionTicket): Promise<boolean> {
  try {
    await deps.messenger.post(
      {
        serviceUrl: ticket.asker.serviceUrl,
        conversationId: ticket.asker.conversationId,
        ...(ticket.asker.tenantId ? { tenantId: ticket.asker.tenantId } : {}),
      },
      deps.renderer.answerForAsker(ticket),
    );
    return true;
  } catch (error) {
    deps.logger.warn('question answer not delivered', {
      ticketId: ticket.id,
      error: error instanceof Error ? error.name : 'unknown',
    });
    return false;
  }
}

/** Marks the retraction on the ticket that produced the entry, so its card says so. */
async function markRetracted(deps: OwnerActionDeps, entry: KnowledgeEntry): Promise<void> {
  const stored = await deps.store.getTicket(entry.ticketId);
  if (!stored?.value.answer) return;
  const ticket: QuestionTicket = {
    ...stored.value,
    answer: { ...stored.value.answer, knowledgeRetractedAt: entry.retractedAt },
    version: stored.value.version + 1,
  };
  await deps.store.updateTicket(ticket, stored.etag);
  await deps.tickets.refreshCard(ticket);
}

/** The knowledge entry an answer becomes when the owner adds it to the Q&A. */
function knowledgeEntryOf(
  id: string,
  ticket: QuestionTicket,
  input: { readonly answer: string; readonly link?: string },
  ownerRole: string,
  at: string,
): KnowledgeEntry {
  return {
    id,
    ticketId: ticket.id,
    question: ticket.question,
    answer: input.answer,
    ...(input.link ? { link: input.link } : {}),
    ownerRole,
    createdAt: at,
  };
}

/** The knowledge owners' side: taking, answering and closing tickets, and retracting knowledge. */
export function createOwnerActions(
  deps: OwnerActionDeps,
): Pick<QuestionService, 'assign' | 'answer' | 'close' | 'retractKnowledge' | 'syncKnowledgeBase'> {
  const { tickets, logger: log } = deps;
  const indexEntry = (entry: KnowledgeEntry) => indexKnowledgeEntry(deps, entry);

  return {
    async assign(ticketId, identity) {
      const owner = tickets.ownerOrThrow(identity);
      const ticket = await tickets.change(ticketId, (t) =>
        assignTicket(t, owner.roleLabel, deps.clock.now().toISOString()),
      );
      log.info('question assigned', { ticketId });
      return ticket;
    },

    async answer(ticketId, identity, raw) {
      const owner = tickets.ownerOrThrow(identity);
      const input = validateAnswer(raw);
      const stored = await tickets.loadTicket(ticketId);
      const at = deps.clock.now().toISOString();
      const entryId = input.addToKnowledge ? `${timeKey(new Date(at))}-${deps.newId()}` : undefined;
      const next = answerTicket(stored.value, {
        text: input.answer,
        ...(input.link ? { link: input.link } : {}),
        byRole: owner.roleLabel,
        at,
        ...(entryId ? { knowledgeEntryId: entryId } : {}),
      });
      await tickets.store(next, stored.etag);
      const entry = entryId ? knowledgeEntryOf(entryId, next, input, owner.roleLabel, at) : undefined;
      if (entry) {
        await deps.store.putKnowledgeEntry(entry);
        indexEntry(entry);
      }
      await tickets.refreshCard(next);
      const askerNotified = await notifyAsker(deps, next);
      log.info('question answered', { ticketId, addedToKnowledge: entry !== undefined, askerNotified });
      return { ticket: next, ...(entry ? { entry } : {}), askerNotified };
    },

    async close(ticketId, identity) {
      const owner = tickets.ownerOrThrow(identity);
      const ticket = await tickets.change(ticketId, (t) =>
        closeTicket(t, owner.roleLabel, deps.clock.now().toISOString()),
      );
      log.info('question closed', { ticketId });
      return ticket;
    },

    async retractKnowledge(entryId, identity) {
      const owner = tickets.ownerOrThrow(identity);
      const entry = await deps.store.getKnowledgeEntry(entryId);
      if (!entry) throw new QuestionRuleError('NOT_FOUND');
      if (entry.retractedAt) throw new QuestionRuleError('ALREADY_RETRACTED');
      const retracted: KnowledgeEntry = {
        ...entry,
        retractedAt: deps.clock.now().toISOString(),
        retractedByRole: owner.roleLabel,
      };
      await deps.store.putKnowledgeEntry(retracted);
      deps.knowledgeSink?.removeUpdate(KNOWLEDGE_ENTRY_PREFIX + entryId);
      await markRetracted(deps, retracted);
      log.info('question knowledge retracted', { entryId });
      return retracted;
    },

    async syncKnowledgeBase() {
      let count = 0;
      for (const entry of await deps.store.listKnowledgeEntries()) {
        if (entry.retractedAt) continue;
        indexEntry(entry);
        count += 1;
      }
      return count;
    },
  };
}
