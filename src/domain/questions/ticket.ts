import { containsCpr } from '../privacy/cpr';
import { isHttpsUrl } from '../text/quotedMarkdown';

/**
 * A question the documents could not answer, passed on to the knowledge owners as a ticket.
 * States: new -> assigned -> answered -> closed (a ticket may also be closed without an answer).
 * Every change records who (a role label, never a name) and when.
 */
export type TicketStatus = 'new' | 'assigned' | 'answered' | 'closed';

export interface TicketEvent {
  readonly status: TicketStatus;
  /** Role label of whoever made the change ("Skoleleder", or the asker's role for `new`). */
  readonly byRole: string;
  /** ISO 8601 */
  readonly at: string;
}

/** Where the bot reaches the asker one-to-one. */
export interface AskerContact {
  /** Entra object id (or Teams user id when there is none): for `mine spørgsmål`. */
  readonly userId: string;
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId?: string;
}

export interface TicketAnswer {
  readonly text: string;
  readonly link?: string;
  readonly byRole: string;
  readonly at: string;
  readonly knowledgeEntryId?: string;
  /** Set when the knowledge entry made from this answer was retracted. */
  readonly knowledgeRetractedAt?: string;
}

export interface ChannelMessageRef {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly activityId: string;
  readonly tenantId?: string;
}

export interface QuestionTicket {
  readonly id: string;
  /** Short reference shown on cards, e.g. SP-4K7Q2. */
  readonly reference: string;
  readonly question: string;
  readonly questionKey: string;
  /** Role label the asker chose; the asker's name is never stored on the ticket. */
  readonly askerRole: string;
  readonly language: 'da' | 'en';
  readonly asker: AskerContact;
  readonly pendingId: string;
  readonly status: TicketStatus;
  readonly events: readonly TicketEvent[];
  readonly createdAt: string;
  readonly answer?: TicketAnswer;
  readonly channelMessage?: ChannelMessageRef;
  /** Bumped on every change; a card carries it so a stale click is caught. */
  readonly version: number;
}

/** A question that got no answer, kept (CPR-free) for the review queue and for escalation. */
export interface PendingQuestion {
  readonly id: string;
  /** CPR numbers already masked. */
  readonly question: string;
  readonly containedCpr: boolean;
  readonly language: 'da' | 'en';
  readonly askedAt: string;
  /** The documents did answer, but the asker gave the answer a thumbs-down. */
  readonly disliked?: boolean;
  /** Set once the question was passed on: a second click is refused. */
  readonly ticketId?: string;
}

/** An owner's answer that the Q&A may answer from and cite. */
export interface KnowledgeEntry {
  readonly id: string;
  readonly ticketId: string;
  readonly question: string;
  readonly answer: string;
  readonly link?: string;
  readonly ownerRole: string;
  readonly createdAt: string;
  readonly retractedAt?: string;
  readonly retractedByRole?: string;
}

export type QuestionErrorCode =
  | 'NOT_FOUND'
  | 'ALREADY_ESCALATED'
  | 'CPR_IN_QUESTION'
  | 'EMPTY_QUESTION'
  | 'UNKNOWN_ROLE'
  | 'NOT_OWNER'
  | 'TICKET_CLOSED'
  | 'ALREADY_ANSWERED'
  | 'EMPTY_ANSWER'
  | 'ANSWER_TOO_LONG'
  | 'CPR_IN_ANSWER'
  | 'INVALID_LINK'
  | 'STALE_CARD'
  | 'NO_QUESTIONS_CHANNEL'
  | 'ALREADY_RETRACTED'
  | 'ONE_TO_ONE_ONLY';

export class QuestionRuleError extends Error {
  constructor(readonly code: QuestionErrorCode) {
    super(code);
    this.name = 'QuestionRuleError';
  }
}

export const MAX_ANSWER_CHARS = 4000;
export const MAX_QUESTION_CHARS = 2000;
/** Unanswered questions are kept this long for the review queue, then pruned. */
export const PENDING_RETENTION_DAYS = 90;

export interface AnswerInput {
  readonly answer: string;
  readonly link?: string;
  readonly addToKnowledge: boolean;
}

/** Checks an owner's answer; returns it trimmed. Never echoes the text in an error. */
export function validateAnswer(input: AnswerInput): AnswerInput {
  const answer = input.answer.normalize('NFC').trim();
  if (answer === '') throw new QuestionRuleError('EMPTY_ANSWER');
  if (answer.length > MAX_ANSWER_CHARS) throw new QuestionRuleError('ANSWER_TOO_LONG');
  const link = input.link?.trim() ?? '';
  if (containsCpr(answer) || containsCpr(link)) throw new QuestionRuleError('CPR_IN_ANSWER');
  if (link !== '' && (!isHttpsUrl(link) || /\s/.test(link))) throw new QuestionRuleError('INVALID_LINK');
  return { answer, addToKnowledge: input.addToKnowledge, ...(link !== '' ? { link } : {}) };
}

function withEvent(ticket: QuestionTicket, status: TicketStatus, byRole: string, at: string): QuestionTicket {
  return {
    ...ticket,
    status,
    events: [...ticket.events, { status, byRole, at }],
    version: ticket.version + 1,
  };
}

/** An owner takes the ticket. Taking an assigned ticket again moves it to the new owner. */
export function assignTicket(ticket: QuestionTicket, ownerRole: string, at: string): QuestionTicket {
  if (ticket.status === 'closed') throw new QuestionRuleError('TICKET_CLOSED');
  if (ticket.status === 'answered') throw new QuestionRuleError('ALREADY_ANSWERED');
  return withEvent(ticket, 'assigned', ownerRole, at);
}

export function answerTicket(ticket: QuestionTicket, answer: TicketAnswer): QuestionTicket {
  if (ticket.status === 'closed') throw new QuestionRuleError('TICKET_CLOSED');
  if (ticket.status === 'answered') throw new QuestionRuleError('ALREADY_ANSWERED');
  return { ...withEvent(ticket, 'answered', answer.byRole, answer.at), answer };
}

export function closeTicket(ticket: QuestionTicket, ownerRole: string, at: string): QuestionTicket {
  if (ticket.status === 'closed') throw new QuestionRuleError('TICKET_CLOSED');
  return withEvent(ticket, 'closed', ownerRole, at);
}

export function isOpen(ticket: QuestionTicket): boolean {
  return ticket.status === 'new' || ticket.status === 'assigned';
}
