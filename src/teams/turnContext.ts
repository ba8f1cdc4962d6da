import type { TurnContext } from 'botbuilder';
import type { ConversationKind } from '../domain/shared/conversationKind';
import type { Logger } from '../ports/logger';

/** The SDK's turn, re-exported so that handler parts name it without importing the SDK themselves. */
export type { TurnContext };

const LOGGER_KEY = Symbol('turnLogger');

/** The logger bound to this turn's correlation id, set by the server before the app runs. */
export function setTurnLogger(context: TurnContext, logger: Logger): void {
  context.turnState.set(LOGGER_KEY, logger);
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(LOGGER_KEY) as Logger | undefined) ?? fallback;
}

export function conversationKind(context: TurnContext): ConversationKind {
  const type = context.activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || context.activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/** Teams sends formatted messages as HTML; commands and questions are read as plain text. */
export function plainText(text: unknown): string {
  return (typeof text === 'string' ? text : '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
