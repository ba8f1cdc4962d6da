/**
 * Policy Q&A in Teams: a question in chat gets ONE reply with the answer quoted from the
 * municipality's documents, [n] markers backed by Teams citation entities, Teams' feedback buttons
 * and follow-up suggestions. Also registers the feedback routes and the `searchPolicy` message
 * extension that inserts a cited passage into any chat.
 *
 * The parts: the reply texts (policyQuestion/replies.ts), feedback (policyQuestion/feedback.ts) and
 * the message extension's search (policyQuestion/search.ts); this file takes the question turn.
 *
 * Privacy: the question text is never logged; a CPR number in the question is never echoed (the
 * service redacts it before any processing) and the reply reminds the user not to share CPR numbers.
 */
import type { CardTemplates } from '../cards/shared/cardTemplates';
import { CPR_MASK, containsCpr, redactCpr } from '../../domain/privacy/cpr';
import type { Logger } from '../../ports/logger';
import type { FeedbackService } from '../../services/feedback/feedbackService';
import type { PolicyAnswer, PolicyQaService } from '../../services/policyQa/types';
import type { Capability, IncomingText } from '../capability';
import {
  POLICY_FEEDBACK_HELPFUL_VERB,
  POLICY_FEEDBACK_NOT_HELPFUL_VERB,
  renderFeedbackCard,
} from '../cards/policy/policyCards';
import type { Language, Texts } from '../texts';
import { adaptiveCardAttachment, type OutgoingMessage, type Turn, type TurnAttachment } from '../turn/turn';
import { createAnsweredQuestions, createPolicyFeedback } from './policyQuestion/feedback';
import { answerActivity, inputRefusal, isPersonal, noAnswerActivity } from './policyQuestion/replies';
import { createPolicySearch } from './policyQuestion/search';

export { parseFeedbackLoop } from './policyQuestion/feedback';
export { MAX_SEARCH_RESULTS, SEARCH_POLICY_PARAMETER } from './policyQuestion/search';

/** Command id of the search message extension (appPackage/manifest.json composeExtensions). */
export const SEARCH_POLICY_COMMAND_ID = 'searchPolicy';

/**
 * When to attach the "Var svaret nyttigt?" card. `auto` (default): only outside Teams (Web Chat,
 * Direct Line), because in Teams `channelData.feedbackLoopEnabled` already shows thumbs up/down
 * with a comment box and a second set of buttons would confuse.
 */
export type FallbackFeedbackCard = 'auto' | 'always' | 'never';

/** Hands a question on (CPR already masked); a returned card is attached to the reply. */
export type QuestionHandOver = (
  turn: Turn,
  question: string,
  language: Language,
  containedCpr: boolean,
) => Promise<TurnAttachment | undefined>;

export interface PolicyQuestionDeps {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly policyQa: Pick<PolicyQaService, 'ask' | 'searchPassages'>;
  readonly feedback: FeedbackService;
  readonly texts: (language: Language) => Texts;
  readonly logger: Logger;
  /** Longest question accepted, in characters. */
  readonly maxQuestionLength: number;
  readonly fallbackFeedbackCard?: FallbackFeedbackCard;
  /**
   * A question the documents could not answer (CPR already masked) is handed on here; a returned
   * card ("Spørg en fagperson") is attached to the reply.
   */
  readonly onUnanswered?: QuestionHandOver;
  /** Like onUnanswered, for an answer the asker gave a thumbs-down in Teams' feedback form. */
  readonly onDisliked?: QuestionHandOver;
}

async function sendPlain(turn: Turn, text: string): Promise<void> {
  await turn.send({ text, textFormat: 'markdown' });
}

function wantsFallbackCard(mode: FallbackFeedbackCard, turn: Turn): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return turn.activity.channelId !== 'msteams';
}

/** The one reply to the question: the answer or the abstention, with what is attached to it. */
async function replyTo(
  deps: PolicyQuestionDeps,
  turn: Turn,
  answer: PolicyAnswer,
  containedCpr: boolean,
): Promise<OutgoingMessage> {
  const t = deps.texts(answer.language).policy;
  const cprNote = containedCpr ? [t.cprReminder] : [];
  const activity =
    answer.kind === 'answer' && answer.answer.trim() !== ''
      ? answerActivity(turn, answer, t, cprNote)
      : noAnswerActivity(turn, answer, t, cprNote, deps.maxQuestionLength);
  if (activity.channelData && wantsFallbackCard(deps.fallbackFeedbackCard ?? 'auto', turn)) {
    activity.attachments = [adaptiveCardAttachment(renderFeedbackCard(deps.cardTemplates, t))];
  }
  if (answer.kind === 'noAnswer' && (answer.reason === 'noMatch' || answer.reason === 'outOfScope')) {
    const offer = await deps.onUnanswered?.(turn, answer.question, answer.language, containedCpr);
    if (offer) activity.attachments = [...(activity.attachments ?? []), offer];
  }
  if (turn.activity.channelId === 'msteams' && activity.text) {
    // Teams collapses single line breaks in bot messages; teams-ai's own AI replies use <br> too.
    activity.text = activity.text.split('\n').join('<br>');
  }
  return activity;
}

export function createPolicyQuestionCapability(deps: PolicyQuestionDeps): Capability {
  const answeredQuestions = createAnsweredQuestions();
  const feedback = createPolicyFeedback({ ...deps, answeredQuestions });

  async function onMessage(turn: Turn, incoming: IncomingText): Promise<void> {
    const log = incoming.logger;
    const question = incoming.argument.trim();
    const hadCpr = containsCpr(question);
    const refusal = inputRefusal(
      question,
      deps.texts(incoming.language).policy,
      deps.maxQuestionLength,
      hadCpr,
    );
    if (refusal) {
      await sendPlain(turn, refusal.text);
      log.info('policy question rejected', refusal.logFields);
      return;
    }

    const started = Date.now();
    let answer: PolicyAnswer;
    try {
      // Redact here as well: the service redacts too, but the number must never cross this line.
      answer = await deps.policyQa.ask(hadCpr ? redactCpr(question).split(CPR_MASK).join(' ') : question);
    } catch (error) {
      log.error('policy question failed', {
        error: error instanceof Error ? error.name : 'unknown',
        code: (error as { code?: unknown })?.code,
      });
      await sendPlain(turn, deps.texts(incoming.language).policy.failure);
      return;
    }

    const containedCpr = hadCpr || answer.containedCpr;
    const sent = await turn.send(await replyTo(deps, turn, answer, containedCpr));
    if (deps.onDisliked && answer.kind === 'answer' && isPersonal(turn) && sent.id) {
      answeredQuestions.remember(sent.id, {
        question: answer.question,
        language: answer.language,
        containedCpr,
      });
    }
    log.info('policy question answered', {
      kind: answer.kind,
      reason: answer.reason,
      language: answer.language,
      confidence: Math.round(answer.confidence * 1000) / 1000,
      citations: answer.citations.length,
      aiGenerated: answer.aiGenerated,
      containedCpr,
      durationMs: Date.now() - started,
    });
  }

  return {
    id: 'policyQuestion',
    onMessage,
    routes: {
      cardActions: {
        [POLICY_FEEDBACK_HELPFUL_VERB]: feedback.onCardFeedback('like'),
        [POLICY_FEEDBACK_NOT_HELPFUL_VERB]: feedback.onCardFeedback('dislike'),
      },
      searchCommands: { [SEARCH_POLICY_COMMAND_ID]: createPolicySearch(deps) },
      feedback: (turn, data) => feedback.onFeedbackLoop(turn, data),
    },
  };
}
