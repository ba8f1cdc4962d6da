/**
 * "Spørg en fagperson" in Teams: the offer under a no-answer reply (1:1 only, where the answer can
 * come back), the ticket card in the knowledge owners' channel, `mine spørgsmål` and `spørgsmålskø`.
 *
 * Need to know: the ticket card is the same for every member of the owners' channel (question,
 * asker's role, status by role, answer); a click is answered with that card or with a message, and
 * the shared message is only ever updated by the service with that same view.
 */
import { z } from 'zod';
import { QuestionRuleError, type AskerContact } from '../../domain/questions/ticket';
import type { UserIdentity } from '../../domain/updates/publishers';
import type { Logger } from '../../ports/logger';
import type { QuestionService } from '../../services/questions/questionService';
import type { Capability, IncomingText } from '../capability';
import {
  renderEscalateCard,
  renderMyQuestionsCard,
  renderQueueCard,
  renderQuestionNotice,
  renderTicketCard,
} from '../cards/questions/questionCards';
import { QUESTION_VERBS } from '../cards/questions/verbs';
import type { AdaptiveCardJson } from '../cards/shared/expandTemplate';
import { matchCommand } from '../commands';
import type { Language, Texts } from '../texts';
import type { CardAction } from '../turn/routes';
import { adaptiveCardAttachment, cardMessage, type Turn, type TurnAttachment } from '../turn/turn';

export interface QuestionsCapabilityDeps {
  readonly service: QuestionService;
  /** The roles an asker chooses from (config/roles.yaml). */
  readonly roles: { readonly roles: readonly { readonly id: string; readonly name: string }[] };
  readonly texts: (language: Language) => Texts;
  readonly logger: Logger;
  /** The caller's UPN, looked up only when owners are listed by UPN (default: the Teams roster). */
  readonly resolveUpn?: (turn: Turn) => Promise<string | undefined>;
}

export interface QuestionsCapability extends Capability {
  /**
   * Called for a question the documents could not answer (CPR already masked): keeps it for the
   * review queue and, in a 1:1 chat, returns the "Spørg en fagperson" card to attach to the reply.
   */
  onUnanswered(
    turn: Turn,
    question: string,
    language: Language,
    containedCpr: boolean,
  ): Promise<TurnAttachment | undefined>;
  /** Like onUnanswered, for an answered question the asker gave a thumbs-down. */
  onDisliked(
    turn: Turn,
    question: string,
    language: Language,
    containedCpr: boolean,
  ): Promise<TurnAttachment | undefined>;
}

const STORED_ID = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,120}$/);
const escalateSchema = z.object({
  questionId: STORED_ID,
  askerRole: z.string().max(60).optional(),
  confirmName: z.enum(['true', 'false']).optional(),
});
const ticketSchema = z.object({ ticketId: STORED_ID });
const answerSchema = z.object({
  ticketId: STORED_ID,
  answer: z.string().max(20_000).optional(),
  link: z.string().max(5_000).optional(),
  addToKnowledge: z.union([z.enum(['true', 'false']), z.boolean()]).optional(),
});
const retractSchema = z.object({ ticketId: STORED_ID, entryId: STORED_ID });

class InvalidCardData extends Error {}

function languageOf(turn: Turn): Language {
  return turn.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function createQuestionsCapability(deps: QuestionsCapabilityDeps): QuestionsCapability {
  const service = deps.service;
  const resolveUpn = deps.resolveUpn ?? ((turn: Turn) => turn.callerUpn());

  async function identityOf(turn: Turn): Promise<UserIdentity> {
    const aadObjectId = turn.activity.from.aadObjectId;
    const identity: UserIdentity = aadObjectId ? { aadObjectId } : {};
    if (!service.ownerFor(identity) && service.ownersIncludeUpns) {
      const upn = await resolveUpn(turn);
      if (upn) return { ...identity, upn };
    }
    return identity;
  }

  function askerOf(turn: Turn): AskerContact {
    const activity = turn.activity;
    const userId = activity.from.aadObjectId ?? activity.from.id;
    if (!userId || !activity.serviceUrl || !activity.conversation.id) throw new InvalidCardData();
    const tenantId = activity.conversation.tenantId;
    return {
      userId,
      serviceUrl: activity.serviceUrl,
      conversationId: activity.conversation.id,
      ...(tenantId ? { tenantId } : {}),
    };
  }

  function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown): T {
    const result = schema.safeParse(data);
    if (!result.success) throw new InvalidCardData();
    return result.data;
  }

  /** Runs a card action; a rule error or bad card data becomes a message and changes nothing. */
  async function guarded(
    turn: Turn,
    verb: string,
    language: Language,
    run: () => Promise<AdaptiveCardJson | string>,
  ): Promise<AdaptiveCardJson | string> {
    const t = deps.texts(language).questions;
    const log = turn.logger;
    try {
      return await run();
    } catch (error) {
      if (error instanceof QuestionRuleError) {
        log.info('question action refused', { verb, code: error.code });
        return t.errors[error.code];
      }
      if (error instanceof InvalidCardData) {
        log.warn('question action with invalid card data', { verb });
        return t.invalidCard;
      }
      throw error;
    }
  }

  /** A card verb, its rule errors and bad card data mapped to messages once. */
  function verb(
    name: string,
    handler: (turn: Turn, data: unknown, language: Language) => Promise<AdaptiveCardJson | string>,
    languageFor: (turn: Turn) => Language,
  ): CardAction {
    return (turn, data) => {
      const language = languageFor(turn);
      return guarded(turn, name, language, () => handler(turn, data, language));
    };
  }

  async function onEscalate(turn: Turn, data: unknown, language: Language) {
    const t = deps.texts(language).questions;
    if (turn.activity.conversation.kind !== 'personal') throw new QuestionRuleError('ONE_TO_ONE_ONLY');
    const input = parse(escalateSchema, data);
    const result = await service.escalate({
      pendingId: input.questionId,
      askerRoleId: input.askerRole ?? '',
      asker: askerOf(turn),
      confirmName: input.confirmName === 'true',
    });
    if (result.kind === 'nameWarning') {
      return renderEscalateCard(t, {
        questionId: input.questionId,
        roles: deps.roles.roles,
        warning: t.escalate.nameWarning,
        selectedRole: input.askerRole ?? '',
        confirmName: true,
      });
    }
    return renderQuestionNotice(t.escalate.sent(result.ticket.reference));
  }

  /** Owner actions answer with the shared ticket card: it holds nothing one member may not see. */
  const owners = () => deps.texts('da').questions;

  async function onAssign(turn: Turn, data: unknown) {
    const { ticketId } = parse(ticketSchema, data);
    return renderTicketCard(owners(), await service.assign(ticketId, await identityOf(turn)));
  }

  async function onAnswer(turn: Turn, data: unknown) {
    const input = parse(answerSchema, data);
    const result = await service.answer(input.ticketId, await identityOf(turn), {
      answer: input.answer ?? '',
      ...(input.link !== undefined ? { link: input.link } : {}),
      addToKnowledge: input.addToKnowledge === true || input.addToKnowledge === 'true',
    });
    return renderTicketCard(owners(), result.ticket);
  }

  async function onClose(turn: Turn, data: unknown) {
    const { ticketId } = parse(ticketSchema, data);
    return renderTicketCard(owners(), await service.close(ticketId, await identityOf(turn)));
  }

  async function onRetract(turn: Turn, data: unknown) {
    const { ticketId, entryId } = parse(retractSchema, data);
    const identity = await identityOf(turn);
    const ticket = await service.getTicket(ticketId);
    if (ticket.answer?.knowledgeEntryId !== entryId) throw new InvalidCardData();
    await service.retractKnowledge(entryId, identity);
    return renderTicketCard(owners(), await service.getTicket(ticketId));
  }

  async function onMessage(turn: Turn, incoming: IncomingText): Promise<void> {
    const language = languageOf(turn) === 'en' || incoming.language === 'en' ? 'en' : 'da';
    const t = deps.texts(language).questions;
    const command = matchCommand(incoming.text)?.command.title;
    const log = incoming.logger;
    if (turn.activity.conversation.kind !== 'personal') {
      await turn.send(t.errors.ONE_TO_ONE_ONLY);
      return;
    }
    if (command === 'spørgsmålskø') {
      const identity = await identityOf(turn);
      if (!service.ownerFor(identity)) {
        log.info('question queue refused', { reason: 'notOwner' });
        await turn.send(t.errors.NOT_OWNER);
        return;
      }
      const queue = await service.reviewQueue();
      await turn.send(cardMessage(renderQueueCard(owners(), queue)));
      log.info('question queue shown', { groups: queue.unanswered.length, total: queue.unansweredTotal });
      return;
    }
    const asker = askerOf(turn);
    const tickets = await service.openTicketsOf(asker.userId);
    await turn.send(cardMessage(renderMyQuestionsCard(t, tickets)));
    log.info('own questions shown', { tickets: tickets.length });
  }

  async function offer(
    turn: Turn,
    question: string,
    language: Language,
    containedCpr: boolean,
    disliked: boolean,
  ): Promise<TurnAttachment | undefined> {
    const log = turn.logger;
    const personal = turn.activity.conversation.kind === 'personal';
    // A thumbs-down elsewhere than 1:1 is only feedback: the answer could not come back privately.
    if (disliked && !personal) return undefined;
    try {
      const pending = await service.recordUnanswered(question, language, containedCpr, { disliked });
      if (!personal) return undefined;
      return adaptiveCardAttachment(
        renderEscalateCard(deps.texts(language).questions, {
          questionId: pending.id,
          roles: deps.roles.roles,
        }),
      );
    } catch (error) {
      log.warn('unanswered question not kept', { error: error instanceof Error ? error.name : 'unknown' });
      return undefined;
    }
  }

  return {
    id: 'questions',
    onMessage,
    onUnanswered: (turn, question, language, containedCpr) =>
      offer(turn, question, language, containedCpr, false),
    onDisliked: (turn, question, language, containedCpr) =>
      offer(turn, question, language, containedCpr, true),
    routes: {
      cardActions: {
        [QUESTION_VERBS.escalate]: verb(QUESTION_VERBS.escalate, onEscalate, languageOf),
        // Owners work in Danish.
        [QUESTION_VERBS.assign]: verb(QUESTION_VERBS.assign, onAssign, () => 'da'),
        [QUESTION_VERBS.answer]: verb(QUESTION_VERBS.answer, onAnswer, () => 'da'),
        [QUESTION_VERBS.close]: verb(QUESTION_VERBS.close, onClose, () => 'da'),
        [QUESTION_VERBS.retract]: verb(QUESTION_VERBS.retract, onRetract, () => 'da'),
      },
    },
  };
}
