import { containsCpr, redactCpr } from '../../domain/privacy/cpr';
import { looksLikeFullName } from '../../domain/questions/fullName';
import { questionKey } from '../../domain/questions/similarity';
import {
  isOpen,
  MAX_QUESTION_CHARS,
  QuestionRuleError,
  type PendingQuestion,
  type QuestionTicket,
} from '../../domain/questions/ticket';
import type { Versioned } from '../../ports/questionStore';
import { ConcurrencyConflictError } from '../../ports/storage';
import { timeKey } from './knowledgeEntries';
import type { EscalateInput, QuestionService, QuestionServiceDeps, QuestionsChannel } from './types';

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The short reference (SP-XXXXX) owners and askers use for a ticket, derived from its id. */
function referenceFor(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  let ref = '';
  for (let i = 0; i < 5; i++) {
    ref += REFERENCE_ALPHABET[hash % REFERENCE_ALPHABET.length];
    hash = Math.floor(hash / REFERENCE_ALPHABET.length) + (i + 1) * 7919;
  }
  return `SP-${ref}`;
}

type EscalationDeps = Pick<
  QuestionServiceDeps,
  'store' | 'messenger' | 'askerRoles' | 'channel' | 'renderer' | 'clock' | 'logger'
> & { readonly newId: () => string };

/** Refuses what may not become a ticket; returns the channel it will be posted in. */
async function checkEscalation(
  deps: EscalationDeps,
  pending: PendingQuestion,
  input: EscalateInput,
): Promise<{ channel: QuestionsChannel; key: string }> {
  if (pending.ticketId) throw new QuestionRuleError('ALREADY_ESCALATED');
  if (pending.containedCpr || containsCpr(pending.question)) throw new QuestionRuleError('CPR_IN_QUESTION');
  if (!/[\p{L}\p{N}]/u.test(pending.question)) throw new QuestionRuleError('EMPTY_QUESTION');
  if (!deps.askerRoles.roleIds.has(input.askerRoleId)) throw new QuestionRuleError('UNKNOWN_ROLE');
  if (!deps.channel) throw new QuestionRuleError('NO_QUESTIONS_CHANNEL');
  const key = questionKey(pending.question);
  const open = (await deps.store.listTickets()).filter(
    (t) => t.asker.userId === input.asker.userId && isOpen(t) && t.questionKey === key,
  );
  if (open.length > 0) throw new QuestionRuleError('ALREADY_ESCALATED');
  return { channel: deps.channel, key };
}

/** Claims the pending question first: of two clicks at once, only one creates a ticket. */
async function claim(
  deps: EscalationDeps,
  stored: Versioned<PendingQuestion>,
  ticketId: string,
): Promise<void> {
  try {
    await deps.store.updatePending({ ...stored.value, ticketId }, stored.etag);
  } catch (error) {
    if (error instanceof ConcurrencyConflictError) throw new QuestionRuleError('ALREADY_ESCALATED');
    throw error;
  }
}

function newTicket(
  deps: EscalationDeps,
  id: string,
  pending: PendingQuestion,
  input: EscalateInput,
  key: string,
  at: string,
) {
  const askerRole = deps.askerRoles.nameOf(input.askerRoleId);
  const ticket: QuestionTicket = {
    id,
    reference: referenceFor(id),
    question: pending.question,
    questionKey: key,
    askerRole,
    language: pending.language,
    asker: input.asker,
    pendingId: pending.id,
    status: 'new',
    events: [{ status: 'new', byRole: askerRole, at }],
    createdAt: at,
    version: 1,
  };
  return ticket;
}

/** Posts the ticket card in the owners' channel and remembers where, so later changes update it. */
async function post(deps: EscalationDeps, ticket: QuestionTicket, etag: string, channel: QuestionsChannel) {
  const posted = await deps.messenger.startChannelThread(
    channel.serviceUrl,
    channel.channelId,
    { card: deps.renderer.ticketCard(ticket) },
    channel.tenantId,
  );
  const placed: QuestionTicket = {
    ...ticket,
    channelMessage: {
      serviceUrl: channel.serviceUrl,
      conversationId: posted.conversationId,
      activityId: posted.activityId,
      ...(channel.tenantId ? { tenantId: channel.tenantId } : {}),
    },
  };
  await deps.store.updateTicket(placed, etag);
  return placed;
}

/** The asker's side: keeping an unanswered question and passing it on as a ticket. */
export function createEscalation(
  deps: EscalationDeps,
): Pick<QuestionService, 'recordUnanswered' | 'escalate'> {
  return {
    async recordUnanswered(question, language, containedCpr, options = {}) {
      const now = deps.clock.now();
      const clipped = question.slice(0, MAX_QUESTION_CHARS);
      const pending: PendingQuestion = {
        id: `${timeKey(now)}-${deps.newId()}`,
        question: redactCpr(clipped).trim(),
        containedCpr: containedCpr || containsCpr(clipped),
        language,
        askedAt: now.toISOString(),
        ...(options.disliked ? { disliked: true } : {}),
      };
      await deps.store.createPending(pending);
      return pending;
    },

    async escalate(input) {
      const stored = await deps.store.getPending(input.pendingId);
      if (!stored) throw new QuestionRuleError('NOT_FOUND');
      const pending = stored.value;
      const { channel, key } = await checkEscalation(deps, pending, input);
      if (!input.confirmName && looksLikeFullName(pending.question)) return { kind: 'nameWarning', pending };
      const now = deps.clock.now();
      const id = `${timeKey(now)}-${deps.newId()}`;
      await claim(deps, stored, id);
      const ticket = newTicket(deps, id, pending, input, key, now.toISOString());
      const etag = await deps.store.createTicket(ticket);
      const placed = await post(deps, ticket, etag, channel);
      deps.logger.info('question escalated', { ticketId: id });
      return { kind: 'escalated', ticket: placed };
    },
  };
}
