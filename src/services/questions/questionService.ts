/**
 * "Spørg en fagperson": questions the documents could not answer are kept (CPR-free, 90 days),
 * can be passed on as a ticket to the knowledge owners' channel, and an owner's answer goes back to
 * the asker one-to-one and, when the owner chooses, into the Q&A index as a cited knowledge entry.
 *
 * Privacy: the ticket carries the asker's role, never their name; the asker's ids are kept only to
 * send the answer and to list their own tickets. Question and answer texts are never logged.
 */
import { randomUUID } from 'node:crypto';
import { containsCpr, redactCpr } from '../../domain/privacy/cpr';
import { looksLikeFullName } from '../../domain/questions/fullName';
import type { KnowledgeOwner, KnowledgeOwnerDirectory } from '../../domain/questions/knowledgeOwners';
import { groupBySimilarity, questionKey, type SimilarGroup } from '../../domain/questions/similarity';
import {
  answerTicket,
  assignTicket,
  closeTicket,
  isOpen,
  MAX_QUESTION_CHARS,
  PENDING_RETENTION_DAYS,
  QuestionRuleError,
  validateAnswer,
  type AnswerInput,
  type AskerContact,
  type KnowledgeEntry,
  type PendingQuestion,
  type QuestionTicket,
} from '../../domain/questions/ticket';
import type { UserIdentity } from '../../domain/updates/publishers';
import { formatDanishDate } from '../../domain/updates/time';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessage, OutboundMessenger } from '../../ports/outboundMessenger';
import type { QuestionStore } from '../../ports/questionStore';
import { ConcurrencyConflictError } from '../../ports/storage';
import type { KnowledgeUpdateSink, PublishedUpdateDocument } from '../contracts';
import type { FeedbackEntry, FeedbackService } from '../feedback/feedbackService';

/** Renders what the service sends; implemented in the Teams layer. */
export interface QuestionMessageRenderer {
  /** The shared ticket card in the knowledge owners' channel. */
  ticketCard(ticket: QuestionTicket): Record<string, unknown>;
  /** The answer as the asker gets it one-to-one. */
  answerForAsker(ticket: QuestionTicket): OutboundMessage;
}

export interface QuestionsChannel {
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly tenantId?: string;
}

export interface QuestionServiceDeps {
  readonly store: QuestionStore;
  readonly messenger: OutboundMessenger;
  readonly owners: KnowledgeOwnerDirectory;
  /** Role ids the asker may choose (config/roles.yaml) and their labels. */
  readonly askerRoles: { readonly roleIds: ReadonlySet<string>; nameOf(roleId: string): string };
  /** The channel with `usedFor: questions`; undefined when none is configured. */
  readonly channel: QuestionsChannel | undefined;
  readonly renderer: QuestionMessageRenderer;
  readonly knowledgeSink?: KnowledgeUpdateSink;
  readonly feedback?: Pick<FeedbackService, 'list'>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly newId?: () => string;
}

export interface EscalateInput {
  readonly pendingId: string;
  readonly askerRoleId: string;
  readonly asker: AskerContact;
  /** The asker saw the full-name warning and sends anyway. */
  readonly confirmName: boolean;
}

export type EscalateResult =
  | { readonly kind: 'nameWarning'; readonly pending: PendingQuestion }
  | { readonly kind: 'escalated'; readonly ticket: QuestionTicket };

export interface AnswerResult {
  readonly ticket: QuestionTicket;
  readonly entry?: KnowledgeEntry;
  readonly askerNotified: boolean;
}

export interface ReviewQueue {
  readonly unanswered: readonly SimilarGroup<PendingQuestion>[];
  readonly unansweredTotal: number;
  readonly negativeFeedback: readonly SimilarGroup<FeedbackEntry>[];
  readonly negativeWithoutComment: number;
}

export interface QuestionService {
  /** `question` arrives with CPR numbers already masked; `containedCpr` says whether it had any. */
  recordUnanswered(
    question: string,
    language: 'da' | 'en',
    containedCpr: boolean,
    options?: { readonly disliked?: boolean },
  ): Promise<PendingQuestion>;
  ownerFor(identity: UserIdentity): KnowledgeOwner | undefined;
  readonly ownersIncludeUpns: boolean;
  escalate(input: EscalateInput): Promise<EscalateResult>;
  assign(ticketId: string, identity: UserIdentity): Promise<QuestionTicket>;
  answer(ticketId: string, identity: UserIdentity, input: AnswerInput): Promise<AnswerResult>;
  close(ticketId: string, identity: UserIdentity): Promise<QuestionTicket>;
  retractKnowledge(entryId: string, identity: UserIdentity): Promise<KnowledgeEntry>;
  getTicket(ticketId: string): Promise<QuestionTicket>;
  openTicketsOf(userId: string): Promise<QuestionTicket[]>;
  reviewQueue(): Promise<ReviewQueue>;
  /** Feeds the stored, not retracted knowledge entries into the Q&A index (at start-up). */
  syncKnowledgeBase(): Promise<number>;
  prune(): Promise<number>;
}

export const KNOWLEDGE_ENTRY_PREFIX = 'answer-';
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function timeKey(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** An answer that became knowledge, as a document the Q&A indexes and cites. */
export function knowledgeEntryDocument(entry: KnowledgeEntry): PublishedUpdateDocument {
  return {
    id: KNOWLEDGE_ENTRY_PREFIX + entry.id,
    title: `Svar fra en videnansvarlig (${entry.ownerRole}, ${formatDanishDate(entry.createdAt)})`,
    bodyMarkdown: `## ${entry.question.replace(/\s+/g, ' ').trim()}\n\n${entry.answer}`,
    authorRole: entry.ownerRole,
    publishedAt: entry.createdAt,
    tags: [],
    ...(entry.link ? { link: entry.link } : {}),
  };
}

export function createQuestionService(deps: QuestionServiceDeps): QuestionService {
  const newId = deps.newId ?? randomUUID;
  const log = deps.logger;

  function ownerOrThrow(identity: UserIdentity): KnowledgeOwner {
    const owner = deps.owners.find(identity);
    if (!owner) throw new QuestionRuleError('NOT_OWNER');
    return owner;
  }

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
      log.warn('question ticket card not updated', {
        ticketId: ticket.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }

  /** Applies a change to the stored ticket; a concurrent change reads as a stale card. */
  async function change(
    ticketId: string,
    apply: (ticket: QuestionTicket) => QuestionTicket,
  ): Promise<QuestionTicket> {
    const stored = await loadTicket(ticketId);
    const next = apply(stored.value);
    try {
      await deps.store.updateTicket(next, stored.etag);
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) throw new QuestionRuleError('STALE_CARD');
      throw error;
    }
    await refreshCard(next);
    return next;
  }

  function indexEntry(entry: KnowledgeEntry): void {
    deps.knowledgeSink?.upsertUpdate(knowledgeEntryDocument(entry));
  }

  return {
    async recordUnanswered(question, language, containedCpr, options = {}) {
      const now = deps.clock.now();
      const clipped = question.slice(0, MAX_QUESTION_CHARS);
      const pending: PendingQuestion = {
        id: `${timeKey(now)}-${newId()}`,
        question: redactCpr(clipped).trim(),
        containedCpr: containedCpr || containsCpr(clipped),
        language,
        askedAt: now.toISOString(),
        ...(options.disliked ? { disliked: true } : {}),
      };
      await deps.store.createPending(pending);
      return pending;
    },

    ownerFor: (identity) => deps.owners.find(identity),
    ownersIncludeUpns: deps.owners.hasUpnEntries,

    async escalate(input) {
      const stored = await deps.store.getPending(input.pendingId);
      if (!stored) throw new QuestionRuleError('NOT_FOUND');
      const pending = stored.value;
      if (pending.ticketId) throw new QuestionRuleError('ALREADY_ESCALATED');
      if (pending.containedCpr || containsCpr(pending.question))
        throw new QuestionRuleError('CPR_IN_QUESTION');
      if (!/[\p{L}\p{N}]/u.test(pending.question)) throw new QuestionRuleError('EMPTY_QUESTION');
      if (!deps.askerRoles.roleIds.has(input.askerRoleId)) throw new QuestionRuleError('UNKNOWN_ROLE');
      if (!deps.channel) throw new QuestionRuleError('NO_QUESTIONS_CHANNEL');
      const key = questionKey(pending.question);
      const open = (await deps.store.listTickets()).filter(
        (t) => t.asker.userId === input.asker.userId && isOpen(t) && t.questionKey === key,
      );
      if (open.length > 0) throw new QuestionRuleError('ALREADY_ESCALATED');
      if (!input.confirmName && looksLikeFullName(pending.question)) return { kind: 'nameWarning', pending };

      const now = deps.clock.now();
      const id = `${timeKey(now)}-${newId()}`;
      // Claim the pending question first: of two clicks at once, only one creates a ticket.
      try {
        await deps.store.updatePending({ ...pending, ticketId: id }, stored.etag);
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) throw new QuestionRuleError('ALREADY_ESCALATED');
        throw error;
      }
      const askerRole = deps.askerRoles.nameOf(input.askerRoleId);
      const at = now.toISOString();
      let ticket: QuestionTicket = {
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
      const etag = await deps.store.createTicket(ticket);
      const channel = deps.channel;
      const posted = await deps.messenger.startChannelThread(
        channel.serviceUrl,
        channel.channelId,
        { card: deps.renderer.ticketCard(ticket) },
        channel.tenantId,
      );
      ticket = {
        ...ticket,
        channelMessage: {
          serviceUrl: channel.serviceUrl,
          conversationId: posted.conversationId,
          activityId: posted.activityId,
          ...(channel.tenantId ? { tenantId: channel.tenantId } : {}),
        },
      };
      await deps.store.updateTicket(ticket, etag);
      log.info('question escalated', { ticketId: id });
      return { kind: 'escalated', ticket };
    },

    async assign(ticketId, identity) {
      const owner = ownerOrThrow(identity);
      const ticket = await change(ticketId, (t) =>
        assignTicket(t, owner.roleLabel, deps.clock.now().toISOString()),
      );
      log.info('question assigned', { ticketId });
      return ticket;
    },

    async answer(ticketId, identity, raw) {
      const owner = ownerOrThrow(identity);
      const input = validateAnswer(raw);
      const stored = await loadTicket(ticketId);
      const at = deps.clock.now().toISOString();
      const entryId = input.addToKnowledge ? `${timeKey(new Date(at))}-${newId()}` : undefined;
      const next = answerTicket(stored.value, {
        text: input.answer,
        ...(input.link ? { link: input.link } : {}),
        byRole: owner.roleLabel,
        at,
        ...(entryId ? { knowledgeEntryId: entryId } : {}),
      });
      try {
        await deps.store.updateTicket(next, stored.etag);
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) throw new QuestionRuleError('STALE_CARD');
        throw error;
      }
      let entry: KnowledgeEntry | undefined;
      if (entryId) {
        entry = {
          id: entryId,
          ticketId,
          question: next.question,
          answer: input.answer,
          ...(input.link ? { link: input.link } : {}),
          ownerRole: owner.roleLabel,
          createdAt: at,
        };
        await deps.store.putKnowledgeEntry(entry);
        indexEntry(entry);
      }
      await refreshCard(next);
      let askerNotified = true;
      try {
        await deps.messenger.post(
          {
            serviceUrl: next.asker.serviceUrl,
            conversationId: next.asker.conversationId,
            ...(next.asker.tenantId ? { tenantId: next.asker.tenantId } : {}),
          },
          deps.renderer.answerForAsker(next),
        );
      } catch (error) {
        askerNotified = false;
        log.warn('question answer not delivered', {
          ticketId,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
      log.info('question answered', { ticketId, addedToKnowledge: entry !== undefined, askerNotified });
      return { ticket: next, ...(entry ? { entry } : {}), askerNotified };
    },

    async close(ticketId, identity) {
      const owner = ownerOrThrow(identity);
      const ticket = await change(ticketId, (t) =>
        closeTicket(t, owner.roleLabel, deps.clock.now().toISOString()),
      );
      log.info('question closed', { ticketId });
      return ticket;
    },

    async retractKnowledge(entryId, identity) {
      const owner = ownerOrThrow(identity);
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
      const stored = await deps.store.getTicket(entry.ticketId);
      if (stored?.value.answer) {
        const ticket: QuestionTicket = {
          ...stored.value,
          answer: { ...stored.value.answer, knowledgeRetractedAt: retracted.retractedAt },
          version: stored.value.version + 1,
        };
        await deps.store.updateTicket(ticket, stored.etag);
        await refreshCard(ticket);
      }
      log.info('question knowledge retracted', { entryId });
      return retracted;
    },

    async getTicket(ticketId) {
      return (await loadTicket(ticketId)).value;
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

    async syncKnowledgeBase() {
      let count = 0;
      for (const entry of await deps.store.listKnowledgeEntries()) {
        if (entry.retractedAt) continue;
        indexEntry(entry);
        count += 1;
      }
      return count;
    },

    async prune() {
      const cutoff = new Date(deps.clock.now().getTime() - PENDING_RETENTION_DAYS * 86_400_000);
      const removed = await deps.store.prunePending(cutoff.toISOString());
      if (removed > 0) log.info('unanswered questions pruned', { removed });
      return removed;
    },
  };
}
