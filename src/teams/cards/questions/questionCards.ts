/**
 * Typed render functions for the "Spørg en fagperson" card templates in this folder.
 *
 * The ticket card is shared in the knowledge owners' channel: it shows the question, the asker's
 * role, the status history by role and the answer; never the asker's name.
 */
import type { CardTemplates } from '../shared/cardTemplates';
import type { FeedbackEntry } from '../../../services/feedback/feedbackService';
import type { PendingQuestion, QuestionTicket } from '../../../domain/questions/ticket';
import type { SimilarGroup } from '../../../domain/questions/similarity';
import { formatDanishDate, formatDanishDateTime } from '../../../domain/updates/time';
import { sanitiseQuotedMarkdown } from '../../../domain/text/quotedMarkdown';
import type { OutboundMessage } from '../../../ports/outboundMessenger';
import type { QuestionMessageRenderer, ReviewQueue } from '../../../services/questions/questionService';
import { isWebUrl } from '../../citations';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import type { Texts } from '../../texts';
import escalateCardTemplate from './escalateCard.json';
import listCardTemplate from './listCard.json';
import noticeCardTemplate from './noticeCard.json';
import ticketCardTemplate from './ticketCard.json';
import { actionExecuteVerbsIn } from '../shared/templateVerbs';

type QuestionTexts = Texts['questions'];

/** The most groups a list card shows per section: the card must stay within Teams' 28 KB. */
export const MAX_LIST_ROWS = 25;

function safe(text: string): string {
  return templateSafe(sanitiseQuotedMarkdown(text));
}

export interface EscalateCardInput {
  readonly questionId: string;
  readonly roles: readonly { readonly id: string; readonly name: string }[];
  readonly warning?: string;
  readonly selectedRole?: string;
  readonly confirmName?: boolean;
}

/** The offer under a no-answer reply (and the name warning that may follow it). */
export function renderEscalateCard(
  cardTemplates: CardTemplates,
  t: QuestionTexts,
  input: EscalateCardInput,
): AdaptiveCardJson {
  return cardTemplates.expand(escalateCardTemplate, {
    title: t.escalate.title,
    intro: t.escalate.intro,
    warning: input.warning ?? '',
    roleLabel: t.escalate.roleLabel,
    selectedRole: input.selectedRole ?? '',
    roles: input.roles.map((r) => ({ id: r.id, name: templateSafe(r.name) })),
    send: input.confirmName ? t.escalate.sendAnyway : t.escalate.send,
    questionId: input.questionId,
    confirmName: input.confirmName ? 'true' : 'false',
  });
}

export function renderQuestionNotice(cardTemplates: CardTemplates, message: string): AdaptiveCardJson {
  return cardTemplates.expand(noticeCardTemplate, { message: templateSafe(message) });
}

export function renderTicketCard(
  cardTemplates: CardTemplates,
  t: QuestionTexts,
  ticket: QuestionTicket,
): AdaptiveCardJson {
  const knowledgeRetracted = ticket.answer?.knowledgeRetractedAt !== undefined;
  const open = ticket.status === 'new' || ticket.status === 'assigned';
  const answer = ticket.answer;
  const entryId = answer?.knowledgeEntryId ?? '';
  return cardTemplates.expand(ticketCardTemplate, {
    title: t.ticket.title(ticket.reference),
    question: safe(ticket.question),
    askerRole: templateSafe(ticket.askerRole),
    statusName: t.ticket.statusNames[ticket.status],
    events: ticket.events.map((e) => ({
      line: templateSafe(`${t.ticket.statusNames[e.status]} · ${e.byRole} · ${formatDanishDateTime(e.at)}`),
    })),
    answered: answer !== undefined,
    answerText: answer ? safe(answer.text) : '',
    answerLink: answer?.link && isWebUrl(answer.link) ? templateSafe(answer.link) : '',
    knowledgeNote: entryId ? (knowledgeRetracted ? t.ticket.retracted : t.ticket.inKnowledge) : '',
    open,
    canAssign: ticket.status === 'new',
    canRetract: entryId !== '' && !knowledgeRetracted,
    canClose: ticket.status !== 'closed',
    ticketId: ticket.id,
    entryId,
    labels: t.ticket,
  });
}

/** The answer the asker gets one-to-one: the owner's role and the date, never a name. */
export function renderAnswerForAsker(
  cardTemplates: CardTemplates,
  t: QuestionTexts,
  ticket: QuestionTicket,
): OutboundMessage {
  const answer = ticket.answer;
  if (!answer) throw new Error('ticket has no answer');
  const paragraphs = [
    t.answer.intro(answer.byRole, formatDanishDate(answer.at)),
    sanitiseQuotedMarkdown(answer.text),
    `${t.answer.yourQuestion} ${sanitiseQuotedMarkdown(ticket.question)}`,
  ];
  if (answer.link && isWebUrl(answer.link)) paragraphs.push(`${t.answer.link} ${answer.link}`);
  return { text: paragraphs.join('\n\n') };
}

function groupRows<T>(groups: readonly SimilarGroup<T>[], textOf: (item: T) => string, t: QuestionTexts) {
  return groups.slice(0, MAX_LIST_ROWS).map((g) => ({
    text: safe(textOf(g.representative)),
    count: t.queue.count(g.items.length),
  }));
}

export function renderQueueCard(
  cardTemplates: CardTemplates,
  t: QuestionTexts,
  queue: ReviewQueue,
): AdaptiveCardJson {
  const unansweredMore = queue.unanswered.length - MAX_LIST_ROWS;
  const negativeMore = queue.negativeFeedback.length - MAX_LIST_ROWS;
  const negativeFooter = [
    negativeMore > 0 ? t.queue.more(negativeMore) : '',
    queue.negativeWithoutComment > 0 ? t.queue.withoutComment(queue.negativeWithoutComment) : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return cardTemplates.expand(listCardTemplate, {
    title: t.queue.title,
    sections: [
      {
        heading: t.queue.unanswered(queue.unansweredTotal),
        empty: queue.unanswered.length === 0 ? t.queue.none : '',
        rows: groupRows<PendingQuestion>(queue.unanswered, (p) => p.question, t),
        footer: unansweredMore > 0 ? t.queue.more(unansweredMore) : '',
      },
      {
        heading: t.queue.negative,
        empty: queue.negativeFeedback.length === 0 ? t.queue.negativeNone : '',
        rows: groupRows<FeedbackEntry>(queue.negativeFeedback, (f) => f.comment ?? '', t),
        footer: negativeFooter,
      },
    ],
  });
}

export function renderMyQuestionsCard(
  cardTemplates: CardTemplates,
  t: QuestionTexts,
  tickets: readonly QuestionTicket[],
): AdaptiveCardJson {
  return cardTemplates.expand(listCardTemplate, {
    title: t.mine.title,
    sections: [
      {
        heading: t.mine.title,
        empty: tickets.length === 0 ? t.mine.none : '',
        rows: tickets.slice(0, MAX_LIST_ROWS).map((ticket) => ({
          text: safe(`${ticket.reference}: ${ticket.question}`),
          count: t.ticket.statusNames[ticket.status],
        })),
        footer: '',
      },
    ],
  });
}

/** The renderer the service posts and updates with (Danish: the owners' channel is a Danish workflow). */
export function createQuestionMessageRenderer(
  cardTemplates: CardTemplates,
  texts: (language: 'da' | 'en') => Texts,
): QuestionMessageRenderer {
  return {
    ticketCard: (ticket) => renderTicketCard(cardTemplates, texts('da').questions, ticket),
    answerForAsker: (ticket) => renderAnswerForAsker(cardTemplates, texts(ticket.language).questions, ticket),
  };
}

/** Every Action.Execute verb used in this folder's templates (for the verb/handler test). */
export function verbsInTemplates(): string[] {
  return actionExecuteVerbsIn([
    escalateCardTemplate,
    ticketCardTemplate,
    listCardTemplate,
    noticeCardTemplate,
  ]);
}
