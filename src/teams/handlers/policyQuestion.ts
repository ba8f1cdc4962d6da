/**
 * Policy Q&A in Teams: a question in chat gets ONE reply with the answer quoted from the
 * municipality's documents, [n] markers backed by Teams citation entities, Teams' feedback buttons
 * and follow-up suggestions. Also registers the feedback routes and the `searchPolicy` message
 * extension that inserts a cited passage into any chat.
 *
 * Privacy: the question text is never logged; a CPR number in the question is never echoed (the
 * service redacts it before any processing) and the reply reminds the user not to share CPR numbers.
 */
import type { Citation } from '../../domain/citations';
import { CPR_MASK, containsCpr, redactCpr } from '../../domain/privacy/cpr';
import { sanitiseQuotedMarkdown, sanitiseQuotedPlainText } from '../../domain/text/quotedMarkdown';
import type { Logger } from '../../ports/logger';
import type { RecordedConversationKind } from '../../domain/shared/conversationKind';
import type { FeedbackReaction, FeedbackService } from '../../services/feedback/feedbackService';
import type { PassageHit, PolicyAnswer, PolicyQaService } from '../../services/policyQa/types';
import type { Capability, IncomingText } from '../capability';
import {
  POLICY_FEEDBACK_HELPFUL_VERB,
  POLICY_FEEDBACK_NOT_HELPFUL_VERB,
  renderFeedbackCard,
  renderFeedbackThanksCard,
  renderPassageCard,
} from '../cards/policy/policyCards';
import type { AdaptiveCardJson } from '../cards/shared/expandTemplate';
import { buildCitedText, shorten } from '../citations';
import type { Language, Texts } from '../texts';
import type { FeedbackSubmission, SearchQuery, SearchResult, SearchResultItem } from '../turn/routes';
import {
  adaptiveCardAttachment,
  THUMBNAIL_CARD_CONTENT_TYPE,
  type OutgoingMessage,
  type SuggestedAction,
  type Turn,
  type TurnAttachment,
} from '../turn/turn';

/** Command id of the search message extension (appPackage/manifest.json composeExtensions). */
export const SEARCH_POLICY_COMMAND_ID = 'searchPolicy';
/** Name of the search command's parameter in the manifest. */
export const SEARCH_POLICY_PARAMETER = 'query';
export const MAX_SEARCH_RESULTS = 10;
const MAX_SUGGESTIONS = 3;
const MAX_SUGGESTION_TITLE = 60;

/**
 * When to attach the "Var svaret nyttigt?" card. `auto` (default): only outside Teams (Web Chat,
 * Direct Line), because in Teams `channelData.feedbackLoopEnabled` already shows thumbs up/down
 * with a comment box and a second set of buttons would confuse.
 */
export type FallbackFeedbackCard = 'auto' | 'always' | 'never';

export interface PolicyQuestionDeps {
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
  readonly onUnanswered?: (
    turn: Turn,
    question: string,
    language: Language,
    containedCpr: boolean,
  ) => Promise<TurnAttachment | undefined>;
  /** Like onUnanswered, for an answer the asker gave a thumbs-down in Teams' feedback form. */
  readonly onDisliked?: (
    turn: Turn,
    question: string,
    language: Language,
    containedCpr: boolean,
  ) => Promise<TurnAttachment | undefined>;
}

/** How many recent 1:1 answers are remembered (in memory only) so a thumbs-down can offer escalation. */
const REMEMBERED_ANSWERS = 1000;

type PolicyTexts = Texts['policy'];

function recordedConversationKind(turn: Turn): RecordedConversationKind {
  const type = turn.activity.conversation.type;
  if (type === 'personal' || type === 'groupChat' || type === 'channel') return type;
  return 'unknown';
}

/** Suggested actions only work in one-to-one chat; elsewhere follow-ups become a line of text. */
function isPersonal(turn: Turn): boolean {
  const type = turn.activity.conversation.type;
  if (type !== undefined) return type === 'personal';
  return turn.activity.conversation.isGroup !== true;
}

/** A thumbnail card (title, text, subtitle), as Teams shows a search result in its list. */
function thumbnailCard(title: string, text: string, subtitle: string): TurnAttachment {
  return {
    contentType: THUMBNAIL_CARD_CONTENT_TYPE,
    content: { subtitle, ...(title ? { title } : {}), ...(text ? { text } : {}) },
  };
}

function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
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

export function createPolicyQuestionCapability(deps: PolicyQuestionDeps): Capability {
  const fallbackMode = deps.fallbackFeedbackCard ?? 'auto';
  /** Answer message id -> the CPR-masked question it answered (1:1 only, newest last). */
  const answeredQuestions = new Map<
    string,
    { question: string; language: Language; containedCpr: boolean }
  >();

  function wantsFallbackCard(turn: Turn): boolean {
    if (fallbackMode === 'never') return false;
    if (fallbackMode === 'always') return true;
    return turn.activity.channelId !== 'msteams';
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

  async function sendPlain(turn: Turn, text: string): Promise<void> {
    await turn.send({ text, textFormat: 'markdown' });
  }

  function answerActivity(
    turn: Turn,
    answer: PolicyAnswer,
    t: PolicyTexts,
    cprNote: string[],
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

  function noAnswerActivity(
    turn: Turn,
    answer: PolicyAnswer,
    t: PolicyTexts,
    cprNote: string[],
  ): OutgoingMessage {
    const personal = isPersonal(turn);
    const topics = answer.closestTopics.map(sanitiseQuotedPlainText).filter((topic) => topic.trim() !== '');
    const paragraphs: string[] = [];
    if (answer.reason === 'empty') paragraphs.push(t.input.noWords);
    else if (answer.reason === 'tooLong') paragraphs.push(t.input.tooLong(deps.maxQuestionLength));
    else {
      paragraphs.push(answer.reason === 'outOfScope' ? t.noAnswer.outOfScope : t.noAnswer.noMatch);
      if (answer.reason === 'outOfScope') {
        const topic = answer.outOfScopeTopic ?? 'general';
        paragraphs.push(t.noAnswer.pointers[topic] ?? t.noAnswer.pointers.general);
      }
      if (topics.length > 0) {
        paragraphs.push(`${t.noAnswer.closestTopics}\n\n${topics.map((topic) => `- ${topic}`).join('\n')}`);
      }
      paragraphs.push(t.noAnswer.rephrase);
    }
    paragraphs.push(...cprNote);
    const isAbstention =
      answer.reason === 'noMatch' || answer.reason === 'outOfScope' || answer.reason === undefined;
    return {
      text: paragraphs.join('\n\n'),
      textFormat: 'markdown',
      // Feedback on an abstention tells the editors which topics the documents lack.
      ...(isAbstention ? { channelData: { feedbackLoopEnabled: true } } : {}),
      ...(personal && isAbstention && topics.length > 0
        ? { suggestedActions: suggestedActions(topics) }
        : {}),
    };
  }

  async function onMessage(turn: Turn, incoming: IncomingText): Promise<void> {
    const log = incoming.logger;
    const question = incoming.argument.trim();
    const framing = deps.texts(incoming.language).policy;
    const hadCpr = containsCpr(question);
    const cprNoteFor = (t: PolicyTexts): string[] => (hadCpr ? [t.cprReminder] : []);

    if (question === '') {
      await sendPlain(turn, framing.input.empty);
      log.info('policy question rejected', { reason: 'empty' });
      return;
    }
    if (question.length > deps.maxQuestionLength) {
      await sendPlain(
        turn,
        [framing.input.tooLong(deps.maxQuestionLength), ...cprNoteFor(framing)].join('\n\n'),
      );
      log.info('policy question rejected', {
        reason: 'tooLong',
        length: question.length,
        containedCpr: hadCpr,
      });
      return;
    }
    if (!hasWords(question)) {
      await sendPlain(turn, framing.input.noWords);
      log.info('policy question rejected', { reason: 'noWords' });
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
      await sendPlain(turn, framing.failure);
      return;
    }

    const t = deps.texts(answer.language).policy;
    const cprNote = hadCpr || answer.containedCpr ? [t.cprReminder] : [];
    const activity =
      answer.kind === 'answer' && answer.answer.trim() !== ''
        ? answerActivity(turn, answer, t, cprNote)
        : noAnswerActivity(turn, answer, t, cprNote);
    if (activity.channelData && wantsFallbackCard(turn)) {
      activity.attachments = [adaptiveCardAttachment(renderFeedbackCard(t))];
    }
    if (answer.kind === 'noAnswer' && (answer.reason === 'noMatch' || answer.reason === 'outOfScope')) {
      const offer = await deps.onUnanswered?.(
        turn,
        answer.question,
        answer.language,
        hadCpr || answer.containedCpr,
      );
      if (offer) activity.attachments = [...(activity.attachments ?? []), offer];
    }
    if (turn.activity.channelId === 'msteams' && activity.text) {
      // Teams collapses single line breaks in bot messages; teams-ai's own AI replies use <br> too.
      activity.text = activity.text.split('\n').join('<br>');
    }
    const sent = await turn.send(activity);
    if (deps.onDisliked && answer.kind === 'answer' && isPersonal(turn) && sent.id) {
      answeredQuestions.set(sent.id, {
        question: answer.question,
        language: answer.language,
        containedCpr: hadCpr || answer.containedCpr,
      });
      if (answeredQuestions.size > REMEMBERED_ANSWERS) {
        answeredQuestions.delete(answeredQuestions.keys().next().value as string);
      }
    }
    log.info('policy question answered', {
      kind: answer.kind,
      reason: answer.reason,
      language: answer.language,
      confidence: Math.round(answer.confidence * 1000) / 1000,
      citations: answer.citations.length,
      aiGenerated: answer.aiGenerated,
      containedCpr: hadCpr || answer.containedCpr,
      durationMs: Date.now() - started,
    });
  }

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

  function toCitation(hit: PassageHit): Citation {
    return { title: hit.title, section: hit.section, quote: hit.snippet, source: hit.source };
  }

  function searchHits(rawQuery: string): { hits: PassageHit[]; empty: boolean } {
    // A CPR number is removed, not searched for and not echoed.
    const query = redactCpr(rawQuery).split(CPR_MASK).join(' ').replace(/\s+/g, ' ').trim();
    if (query !== '' && hasWords(query)) {
      return { hits: deps.policyQa.searchPassages(query, MAX_SEARCH_RESULTS), empty: false };
    }
    const seen = new Set<string>();
    const hits: PassageHit[] = [];
    for (const starter of deps.texts('da').policy.search.starterQueries) {
      for (const hit of deps.policyQa.searchPassages(starter, 1)) {
        if (seen.has(hit.id)) continue;
        seen.add(hit.id);
        hits.push(hit);
      }
      if (hits.length >= MAX_SEARCH_RESULTS) break;
    }
    return { hits, empty: true };
  }

  /** Message extension search: passages as a list; each inserts an Adaptive Card citing the passage. */
  async function onSearch(_turn: Turn, query: SearchQuery): Promise<SearchResult> {
    const t = deps.texts('da').policy;
    const raw = query.parameters?.[SEARCH_POLICY_PARAMETER];
    const { hits, empty } = searchHits(typeof raw === 'string' ? raw : '');
    const skip = Math.max(0, Number.isFinite(query.skip) ? query.skip : 0);
    const count = Math.max(
      1,
      Math.min(MAX_SEARCH_RESULTS, Number.isFinite(query.count) ? query.count : MAX_SEARCH_RESULTS),
    );
    const page = hits.slice(0, MAX_SEARCH_RESULTS).slice(skip, skip + count);
    deps.logger.info('policy search', { results: page.length, emptyQuery: empty, skip });
    if (hits.length === 0) {
      return { type: 'message', text: empty ? t.search.hint : t.search.noResults };
    }
    const attachments: SearchResultItem[] = page.map((hit) => ({
      ...adaptiveCardAttachment(renderPassageCard(toCitation(hit), t)),
      preview: thumbnailCard(
        sanitiseQuotedPlainText(hit.title),
        shorten(sanitiseQuotedPlainText(hit.snippet), 140),
        sanitiseQuotedPlainText(hit.section),
      ),
    }));
    return { type: 'result', attachmentLayout: 'list', attachments };
  }

  async function onFeedbackLoop(turn: Turn, data: FeedbackSubmission): Promise<void> {
    const { reaction, comment } = parseFeedbackLoop(data);
    if (reaction === undefined) {
      deps.logger.warn('policy feedback ignored', { reason: 'unknownReaction' });
      return;
    }
    await storeFeedback(turn, reaction, comment, 'feedbackLoop');
    const answered = turn.activity.replyToId ? answeredQuestions.get(turn.activity.replyToId) : undefined;
    if (reaction === 'dislike' && answered && deps.onDisliked) {
      const offer = await deps.onDisliked(turn, answered.question, answered.language, answered.containedCpr);
      if (offer) await turn.send({ attachments: [offer] });
    }
  }

  const onCardFeedback =
    (reaction: FeedbackReaction) =>
    async (turn: Turn, data: unknown): Promise<AdaptiveCardJson> => {
      const raw = data as Record<string, unknown> | undefined;
      const comment = typeof raw?.comment === 'string' ? raw.comment : undefined;
      const stored = await storeFeedback(turn, reaction, comment, 'card');
      const t = deps.texts('da').policy;
      const card = renderFeedbackThanksCard(stored ? t.feedback.thanks : t.feedback.notStored);
      return { ...card, type: 'AdaptiveCard' };
    };

  return {
    id: 'policyQuestion',
    onMessage,
    routes: {
      cardActions: {
        [POLICY_FEEDBACK_HELPFUL_VERB]: onCardFeedback('like'),
        [POLICY_FEEDBACK_NOT_HELPFUL_VERB]: onCardFeedback('dislike'),
      },
      searchCommands: { [SEARCH_POLICY_COMMAND_ID]: onSearch },
      feedback: onFeedbackLoop,
    },
  };
}
