import type { KnowledgeOwner, KnowledgeOwnerDirectory } from '../../domain/questions/knowledgeOwners';
import type { SimilarGroup } from '../../domain/questions/similarity';
import type {
  AnswerInput,
  AskerContact,
  KnowledgeEntry,
  PendingQuestion,
  QuestionTicket,
} from '../../domain/questions/ticket';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessage, OutboundMessenger } from '../../ports/outboundMessenger';
import type { QuestionStore } from '../../ports/questionStore';
import type { KnowledgeUpdateSink } from '../contracts';
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
