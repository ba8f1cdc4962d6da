/**
 * "Spørg en fagperson": questions the documents could not answer are kept (CPR-free, 90 days),
 * can be passed on as a ticket to the knowledge owners' channel, and an owner's answer goes back to
 * the asker one-to-one and, when the owner chooses, into the Q&A index as a cited knowledge entry.
 *
 * Privacy: the ticket carries the asker's role, never their name; the asker's ids are kept only to
 * send the answer and to list their own tickets. Question and answer texts are never logged.
 */
import { randomUUID } from 'node:crypto';
import { groupBySimilarity } from '../../domain/questions/similarity';
import { PENDING_RETENTION_DAYS } from '../../domain/questions/ticket';
import { createEscalation } from './escalation';
import { createOwnerActions } from './ownerActions';
import { createTicketAccess } from './ticketAccess';
import type { QuestionService, QuestionServiceDeps } from './types';

export type {
  AnswerResult,
  EscalateInput,
  EscalateResult,
  QuestionMessageRenderer,
  QuestionService,
  QuestionServiceDeps,
  QuestionsChannel,
  ReviewQueue,
} from './types';
export { KNOWLEDGE_ENTRY_PREFIX, knowledgeEntryDocument } from './knowledgeEntries';

/** Composes the asker's side (escalation) and the owners' side (owner actions) over one ticket store. */
export function createQuestionService(deps: QuestionServiceDeps): QuestionService {
  const newId = deps.newId ?? randomUUID;
  const log = deps.logger;
  const tickets = createTicketAccess(deps);
  const escalation = createEscalation({ ...deps, newId });
  const ownerActions = createOwnerActions({ ...deps, newId, tickets });

  return {
    ...escalation,
    ...ownerActions,
    ownerFor: (identity) => deps.owners.find(identity),
    ownersIncludeUpns: deps.owners.hasUpnEntries,

    async getTicket(ticketId) {
      return (await tickets.loadTicket(ticketId)).value;
    },

    async openTicketsOf(userId) {
      return (await deps.store.listTickets())
        .filter((t) => t.asker.userId === userId && t.status !== 'closed')
        .reverse();
    },

    async reviewQueue() {
      await this.prune();
      const unanswered = (await deps.store.listPending()).filter((p) => !p.ticketId && !p.disliked).reverse();
      const dislikes = deps.feedback ? await deps.feedback.list({ reaction: 'dislike' }) : [];
      const withComment = dislikes.filter((f) => f.comment !== undefined);
      return {
        unanswered: groupBySimilarity(unanswered, (p) => p.question),
        unansweredTotal: unanswered.length,
        negativeFeedback: groupBySimilarity(withComment, (f) => f.comment ?? ''),
        negativeWithoutComment: dislikes.length - withComment.length,
      };
    },

    async prune() {
      const cutoff = new Date(deps.clock.now().getTime() - PENDING_RETENTION_DAYS * 86_400_000);
      const removed = await deps.store.prunePending(cutoff.toISOString());
      if (removed > 0) log.info('unanswered questions pruned', { removed });
      return removed;
    },
  };
}
