import { sanitiseQuotedMarkdown, sanitiseQuotedPlainText } from '../../../domain/text/quotedMarkdown';
import type { LogFields } from '../../../ports/logger';
import type { PolicyAnswer } from '../../../services/policyQa/types';
import { buildCitedText, shorten } from '../../citations';
import type { Texts } from '../../texts';
import type { OutgoingMessage, SuggestedAction, Turn } from '../../turn/turn';
import { hasWords } from './search';

const MAX_SUGGESTIONS = 3;
const MAX_SUGGESTION_TITLE = 60;

export type PolicyTexts = Texts['policy'];

/** Suggested actions only work in one-to-one chat; elsewhere follow-ups become a line of text. */
export function isPersonal(turn: Turn): boolean {
  const type = turn.activity.conversation.type;
  if (type !== undefined) return type === 'personal';
  return turn.activity.conversation.isGroup !== true;
}

/** imBack buttons above the compose box (no `to`: shown to the one user of a personal chat). */
function suggestedActions(titles: readonly string[]): OutgoingMessage['suggestedActions'] {
  const actions: SuggestedAction[] = titles.slice(0, MAX_SUGGESTIONS).map((title) => ({
    type: 'imBack',
    title: shorten(title, MAX_SUGGESTION_TITLE),
    value: title,
  }));
  return { actions };
}

/** The message for a question that is empty, too long or wordless, and what the log says; undefined to ask it. */
export function inputRefusal(
  question: string,
  t: PolicyTexts,
  maxQuestionLength: number,
  hadCpr: boolean,
): { readonly text: string; readonly logFields: LogFields } | undefined {
  if (question === '') return { text: t.input.empty, logFields: { reason: 'empty' } };
  if (question.length > maxQuestionLength) {
    const cprNote = hadCpr ? [t.cprReminder] : [];
    return {
      text: [t.input.tooLong(maxQuestionLength), ...cprNote].join('\n\n'),
      logFields: { reason: 'tooLong', length: question.length, containedCpr: hadCpr },
    };
  }
  if (!hasWords(question)) return { text: t.input.noWords, logFields: { reason: 'noWords' } };
  return undefined;
}

/** The reply to an answered question: the cited text, its follow-ups and Teams' feedback buttons. */
export function answerActivity(
  turn: Turn,
  answer: PolicyAnswer,
  t: PolicyTexts,
  cprNote: readonly string[],
): OutgoingMessage {
  const personal = isPersonal(turn);
  // The answer quotes documents and published updates: sanitised before it is sent as Markdown.
  const cited = buildCitedText(sanitiseQuotedMarkdown(answer.answer), answer.citations, {
    aiGenerated: answer.aiGenerated,
  });
  const paragraphs = [answer.aiGenerated ? t.answer.introAiGenerated : t.answer.intro, cited.text];
  const followUps = answer.followUps.map(sanitiseQuotedPlainText).filter((f) => f.trim() !== '');
  if (!personal && followUps.length > 0)
    paragraphs.push(t.answer.followUpsLine(followUps.slice(0, MAX_SUGGESTIONS)));
  paragraphs.push(...cprNote);
  return {
    text: paragraphs.join('\n\n'),
    textFormat: 'markdown',
    entities: [cited.entity],
    channelData: { feedbackLoopEnabled: true },
    ...(personal && followUps.length > 0 ? { suggestedActions: suggestedActions(followUps) } : {}),
  };
}

/** Why the documents gave no answer, and for an abstention, where else to look. */
function noAnswerParagraphs(
  answer: PolicyAnswer,
  t: PolicyTexts,
  topics: readonly string[],
  maxQuestionLength: number,
): string[] {
  if (answer.reason === 'empty') return [t.input.noWords];
  if (answer.reason === 'tooLong') return [t.input.tooLong(maxQuestionLength)];
  const paragraphs = [answer.reason === 'outOfScope' ? t.noAnswer.outOfScope : t.noAnswer.noMatch];
  if (answer.reason === 'outOfScope') {
    const topic = answer.outOfScopeTopic ?? 'general';
    paragraphs.push(t.noAnswer.pointers[topic] ?? t.noAnswer.pointers.general);
  }
  if (topics.length > 0) {
    paragraphs.push(`${t.noAnswer.closestTopics}\n\n${topics.map((topic) => `- ${topic}`).join('\n')}`);
  }
  paragraphs.push(t.noAnswer.rephrase);
  return paragraphs;
}

/** The reply when the documents do not answer: the reason, the closest topics as suggestions. */
export function noAnswerActivity(
  turn: Turn,
  answer: PolicyAnswer,
  t: PolicyTexts,
  cprNote: readonly string[],
  maxQuestionLength: number,
): OutgoingMessage {
  const personal = isPersonal(turn);
  const topics = answer.closestTopics.map(sanitiseQuotedPlainText).filter((topic) => topic.trim() !== '');
  const paragraphs = [...noAnswerParagraphs(answer, t, topics, maxQuestionLength), ...cprNote];
  const isAbstention =
    answer.reason === 'noMatch' || answer.reason === 'outOfScope' || answer.reason === undefined;
  return {
    text: paragraphs.join('\n\n'),
    textFormat: 'markdown',
    // Feedback on an abstention tells the editors which topics the documents lack.
    ...(isAbstention ? { channelData: { feedbackLoopEnabled: true } } : {}),
    ...(personal && isAbstention && topics.length > 0 ? { suggestedActions: suggestedActions(topics) } : {}),
  };
}
