import { QuestionRuleError } from '../../../domain/questions/ticket';
import type { CardTemplates } from '../../cards/shared/cardTemplates';
import type { UserIdentity } from '../../../domain/shared/listedPeople';
import type { QuestionService } from '../../../services/questions/questionService';
import {
  renderEscalateCard,
  renderQuestionNotice,
  renderTicketCard,
} from '../../cards/questions/questionCards';
import { QUESTION_VERBS } from '../../cards/questions/verbs';
import type { AdaptiveCardJson } from '../../cards/shared/expandTemplate';
import type { Language, Texts } from '../../texts';
import type { CardAction } from '../../turn/routes';
import type { Turn } from '../../turn/turn';
import {
  answerSchema,
  askerOf,
  escalateSchema,
  InvalidCardData,
  languageOf,
  parseCardData,
  retractSchema,
  ticketSchema,
} from './cardData';

export interface QuestionCardVerbsDeps {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly service: QuestionService;
  readonly roles: { readonly roles: readonly { readonly id: string; readonly name: string }[] };
  readonly texts: (language: Language) => Texts;
  readonly identityOf: (turn: Turn) => Promise<UserIdentity>;
}

type VerbHandler = (turn: Turn, data: unknown, language: Language) => Promise<AdaptiveCardJson | string>;

/** Runs a card action; a rule error or bad card data becomes a message and changes nothing. */
async function guarded(
  texts: QuestionCardVerbsDeps['texts'],
  turn: Turn,
  verb: string,
  language: Language,
  run: () => Promise<AdaptiveCardJson | string>,
): Promise<AdaptiveCardJson | string> {
  const t = texts(language).questions;
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
  texts: QuestionCardVerbsDeps['texts'],
  name: string,
  handler: VerbHandler,
  languageFor: (turn: Turn) => Language,
): CardAction {
  return (turn, data) => {
    const language = languageFor(turn);
    return guarded(texts, turn, name, language, () => handler(turn, data, language));
  };
}

/** The card verbs of "Spørg en fagperson": the asker's escalation and the owners' ticket actions. */
export function questionCardVerbs(deps: QuestionCardVerbsDeps): Record<string, CardAction> {
  const { service, identityOf } = deps;
  /** Owner actions answer with the shared ticket card: it holds nothing one member may not see. */
  const owners = () => deps.texts('da').questions;

  async function onEscalate(turn: Turn, data: unknown, language: Language) {
    const t = deps.texts(language).questions;
    if (turn.activity.conversation.kind !== 'personal') throw new QuestionRuleError('ONE_TO_ONE_ONLY');
    const input = parseCardData(escalateSchema, data);
    const result = await service.escalate({
      pendingId: input.questionId,
      askerRoleId: input.askerRole ?? '',
      asker: askerOf(turn),
      confirmName: input.confirmName === 'true',
    });
    if (result.kind === 'nameWarning') {
      return renderEscalateCard(deps.cardTemplates, t, {
        questionId: input.questionId,
        roles: deps.roles.roles,
        warning: t.escalate.nameWarning,
        selectedRole: input.askerRole ?? '',
        confirmName: true,
      });
    }
    return renderQuestionNotice(deps.cardTemplates, t.escalate.sent(result.ticket.reference));
  }

  async function onAssign(turn: Turn, data: unknown) {
    const { ticketId } = parseCardData(ticketSchema, data);
    return renderTicketCard(
      deps.cardTemplates,
      owners(),
      await service.assign(ticketId, await identityOf(turn)),
    );
  }

  async function onAnswer(turn: Turn, data: unknown) {
    const input = parseCardData(answerSchema, data);
    const result = await service.answer(input.ticketId, await identityOf(turn), {
      answer: input.answer ?? '',
      ...(input.link !== undefined ? { link: input.link } : {}),
      addToKnowledge: input.addToKnowledge === true || input.addToKnowledge === 'true',
    });
    return renderTicketCard(deps.cardTemplates, owners(), result.ticket);
  }

  async function onClose(turn: Turn, data: unknown) {
    const { ticketId } = parseCardData(ticketSchema, data);
    return renderTicketCard(
      deps.cardTemplates,
      owners(),
      await service.close(ticketId, await identityOf(turn)),
    );
  }

  async function onRetract(turn: Turn, data: unknown) {
    const { ticketId, entryId } = parseCardData(retractSchema, data);
    const identity = await identityOf(turn);
    const ticket = await service.getTicket(ticketId);
    if (ticket.answer?.knowledgeEntryId !== entryId) throw new InvalidCardData();
    await service.retractKnowledge(entryId, identity);
    return renderTicketCard(deps.cardTemplates, owners(), await service.getTicket(ticketId));
  }

  const inDanish = () => 'da' as const;
  return {
    [QUESTION_VERBS.escalate]: verb(deps.texts, QUESTION_VERBS.escalate, onEscalate, languageOf),
    // Owners work in Danish.
    [QUESTION_VERBS.assign]: verb(deps.texts, QUESTION_VERBS.assign, onAssign, inDanish),
    [QUESTION_VERBS.answer]: verb(deps.texts, QUESTION_VERBS.answer, onAnswer, inDanish),
    [QUESTION_VERBS.close]: verb(deps.texts, QUESTION_VERBS.close, onClose, inDanish),
    [QUESTION_VERBS.retract]: verb(deps.texts, QUESTION_VERBS.retract, onRetract, inDanish),
  };
}
