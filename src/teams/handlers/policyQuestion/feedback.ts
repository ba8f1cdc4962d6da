import type { RecordedConversationKind } from '../../../domain/shared/conversationKind';
import type { CardTemplates } from '../../cards/shared/cardTemplates';
import type { Logger } from '../../../ports/logger';
import type { FeedbackReaction, FeedbackService } from '../../../services/feedback/feedbackService';
import { renderFeedbackThanksCard } from '../../cards/policy/policyCards';
import type { AdaptiveCardJson } from '../../cards/shared/expandTemplate';
import type { Language, Texts } from '../../texts';
import type { FeedbackSubmission } from '../../turn/routes';
import type { Turn, TurnAttachment } from '../../turn/turn';

/** How many recent 1:1 answers are remembered (in memory only) so a thumbs-down can offer escalation. */
const REMEMBERED_ANSWERS = 1000;

export interface AnsweredQuestion {
  readonly question: string;
  readonly language: Language;
  readonly containedCpr: boolean;
}

/** Answer message id -> the CPR-masked question it answered (1:1 only, oldest forgotten first). */
export interface AnsweredQuestions {
  remember(messageId: string, answered: AnsweredQuestion): void;
  recall(messageId: string | undefined): AnsweredQuestion | undefined;
}

export function createAnsweredQuestions(): AnsweredQuestions {
  const answers = new Map<string, AnsweredQuestion>();
  return {
    remember(messageId, answered) {
      answers.set(messageId, answered);
      if (answers.size > REMEMBERED_ANSWERS) answers.delete(answers.keys().next().value as string);
    },
    recall: (messageId) => (messageId ? answers.get(messageId) : undefined),
  };
}

/** The reaction and comment from Teams' feedback form: `feedback` is usually a JSON string with `feedbackText`. */
export function parseFeedbackLoop(data: FeedbackSubmission): {
  reaction?: FeedbackReaction;
  comment?: string;
} {
  const value = data?.actionValue;
  const reaction = value?.reaction === 'like' || value?.reaction === 'dislike' ? value.reaction : undefined;
  let comment: string | undefined;
  const raw = value?.feedback;
  if (typeof raw === 'string') {
    comment = raw;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object') {
        const text = (parsed as Record<string, unknown>).feedbackText;
        comment = typeof text === 'string' ? text : undefined;
      }
    } catch {
      // plain text comment
    }
  } else if (raw && typeof raw === 'object') {
    const text = (raw as Record<string, unknown>).feedbackText;
    comment = typeof text === 'string' ? text : undefined;
  }
  return { reaction, comment };
}

function recordedConversationKind(turn: Turn): RecordedConversationKind {
  const type = turn.activity.conversation.type;
  if (type === 'personal' || type === 'groupChat' || type === 'channel') return type;
  return 'unknown';
}

export interface PolicyFeedbackDeps {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly feedback: FeedbackService;
  readonly texts: (language: Language) => Texts;
  readonly logger: Logger;
  readonly answeredQuestions: AnsweredQuestions;
  readonly onDisliked?: (
    turn: Turn,
    question: string,
    language: Language,
    containedCpr: boolean,
  ) => Promise<TurnAttachment | undefined>;
}

export interface PolicyFeedback {
  /** Teams' own thumbs up/down form; a thumbs-down on a remembered 1:1 answer may offer escalation. */
  onFeedbackLoop(turn: Turn, data: FeedbackSubmission): Promise<void>;
  /** The fallback "Var svaret nyttigt?" card's buttons, answered with a thank-you card. */
  onCardFeedback(reaction: FeedbackReaction): (turn: Turn, data: unknown) => Promise<AdaptiveCardJson>;
}

export function createPolicyFeedback(deps: PolicyFeedbackDeps): PolicyFeedback {
  async function storeFeedback(
    turn: Turn,
    reaction: FeedbackReaction,
    comment: string | undefined,
    channel: 'feedbackLoop' | 'card',
  ): Promise<boolean> {
    try {
      await deps.feedback.record({
        reaction,
        comment,
        replyToId: turn.activity.replyToId,
        conversationType: recordedConversationKind(turn),
        channel,
      });
      deps.logger.info('policy feedback stored', {
        reaction,
        channel,
        withComment: Boolean(comment?.trim()),
      });
      return true;
    } catch (error) {
      deps.logger.warn('policy feedback not stored', {
        channel,
        error: error instanceof Error ? error.name : 'unknown',
        code: (error as { code?: unknown })?.code,
      });
      return false;
    }
  }

  return {
    async onFeedbackLoop(turn, data) {
      const { reaction, comment } = parseFeedbackLoop(data);
      if (reaction === undefined) {
        deps.logger.warn('policy feedback ignored', { reason: 'unknownReaction' });
        return;
      }
      await storeFeedback(turn, reaction, comment, 'feedbackLoop');
      const answered = deps.answeredQuestions.recall(turn.activity.replyToId);
      if (reaction === 'dislike' && answered && deps.onDisliked) {
        const offer = await deps.onDisliked(
          turn,
          answered.question,
          answered.language,
          answered.containedCpr,
        );
        if (offer) await turn.send({ attachments: [offer] });
      }
    },
    onCardFeedback: (reaction) => async (turn, data) => {
      const raw = data as Record<string, unknown> | undefined;
      const comment = typeof raw?.comment === 'string' ? raw.comment : undefined;
      const stored = await storeFeedback(turn, reaction, comment, 'card');
      const t = deps.texts('da').policy;
      const card = renderFeedbackThanksCard(
        deps.cardTemplates,
        stored ? t.feedback.thanks : t.feedback.notStored,
      );
      return { ...card, type: 'AdaptiveCard' };
    },
  };
}
