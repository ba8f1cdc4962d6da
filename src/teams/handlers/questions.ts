/**
 * "Spørg en fagperson" in Teams: the offer under a no-answer reply (1:1 only, where the answer can
 * come back), the ticket card in the knowledge owners' channel, `mine spørgsmål` and `spørgsmålskø`.
 *
 * Need to know: the ticket card is the same for every member of the owners' channel (question,
 * asker's role, status by role, answer); a click is answered with that card or with a message, and
 * the shared message is only ever updated by the service with that same view.
 */
import type { CardTemplates } from '../cards/shared/cardTemplates';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import type { Logger } from '../../ports/logger';
import type { QuestionService } from '../../services/questions/questionService';
import type { Capability, IncomingText } from '../capability';
import { renderEscalateCard, renderMyQuestionsCard, renderQueueCard } from '../cards/questions/questionCards';
import { matchCommand } from '../commands';
import type { Language, Texts } from '../texts';
import { adaptiveCardAttachment, cardMessage, type Turn, type TurnAttachment } from '../turn/turn';
import { askerOf, languageOf } from './questions/cardData';
import { questionCardVerbs } from './questions/cardVerbs';

export interface QuestionsCapabilityDeps {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
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

  /** Owners read the queue in Danish. */
  const owners = () => deps.texts('da').questions;

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
      await turn.send(cardMessage(renderQueueCard(deps.cardTemplates, owners(), queue)));
      log.info('question queue shown', { groups: queue.unanswered.length, total: queue.unansweredTotal });
      return;
    }
    const asker = askerOf(turn);
    const tickets = await service.openTicketsOf(asker.userId);
    await turn.send(cardMessage(renderMyQuestionsCard(deps.cardTemplates, t, tickets)));
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
        renderEscalateCard(deps.cardTemplates, deps.texts(language).questions, {
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
    routes: { cardActions: questionCardVerbs({ ...deps, identityOf }) },
  };
}
