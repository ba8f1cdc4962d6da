/**
 * The one place that builds the turn port from botbuilder's TurnContext. Everything else in
 * src/teams (bar app.ts, adapter.ts and server.ts) works with ./turn.ts and ./routes.ts only.
 */
import type { AdaptiveCard } from '@microsoft/teams-ai';
import { ActivityTypes, TeamsInfo, type Activity, type TurnContext } from 'botbuilder';
import type { ConversationKind } from '../../domain/shared/conversationKind';
import type { Logger } from '../../ports/logger';
import type { AdaptiveCardJson } from '../cards/shared/expandTemplate';
import type { OutgoingMessage, Turn, TurnActivity } from './turn';

export type { TurnContext };

const LOGGER_KEY = Symbol('turnLogger');
const TURN_KEY = Symbol('turnPort');

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

function activityView(context: TurnContext): TurnActivity {
  const activity = context.activity;
  const conversation = activity.conversation;
  const from = activity.from;
  const tenantId =
    (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? conversation?.tenantId;
  return {
    type: activity.type,
    ...(activity.channelId !== undefined ? { channelId: activity.channelId } : {}),
    ...(activity.text !== undefined ? { text: activity.text } : {}),
    ...(activity.value !== undefined ? { value: activity.value as unknown } : {}),
    ...(activity.locale !== undefined ? { locale: activity.locale } : {}),
    ...(activity.replyToId !== undefined ? { replyToId: activity.replyToId } : {}),
    ...(activity.serviceUrl !== undefined ? { serviceUrl: activity.serviceUrl } : {}),
    conversation: {
      ...(conversation?.id !== undefined ? { id: conversation.id } : {}),
      kind: conversationKind(context),
      ...(conversation?.conversationType !== undefined ? { type: conversation.conversationType } : {}),
      ...(conversation?.isGroup !== undefined ? { isGroup: conversation.isGroup } : {}),
      ...(tenantId !== undefined ? { tenantId } : {}),
    },
    from: {
      ...(from?.id !== undefined ? { id: from.id } : {}),
      ...(from?.aadObjectId !== undefined ? { aadObjectId: from.aadObjectId } : {}),
      ...(from?.name !== undefined ? { name: from.name } : {}),
    },
    attachments: (activity.attachments ?? []).map((a) => ({
      contentType: a.contentType,
      ...(a.content !== undefined ? { content: a.content as unknown } : {}),
      ...(a.name !== undefined ? { name: a.name } : {}),
    })),
  };
}

function sdkActivity(message: OutgoingMessage): Partial<Activity> {
  return { type: ActivityTypes.Message, ...message } as Partial<Activity>;
}

/** The turn port over botbuilder's TurnContext (one per context, built on first use). */
export function sdkTurn(context: TurnContext, fallbackLogger: Logger): Turn {
  const existing = context.turnState.get(TURN_KEY) as Turn | undefined;
  if (existing) return existing;
  const turn: Turn = {
    activity: activityView(context),
    logger: turnLogger(context, fallbackLogger),
    async send(message) {
      const sent = await context.sendActivity(typeof message === 'string' ? message : sdkActivity(message));
      return sent?.id ? { id: sent.id } : {};
    },
    async update(activityId, message) {
      await context.updateActivity({ ...sdkActivity(message), id: activityId });
    },
    async delete(activityId) {
      await context.deleteActivity(activityId);
    },
    async callerUpn() {
      try {
        const member = await TeamsInfo.getMember(context, context.activity.from.id);
        return member?.userPrincipalName ?? undefined;
      } catch {
        return undefined;
      }
    },
    async member(id) {
      try {
        const member = await TeamsInfo.getMember(context, id);
        if (!member?.aadObjectId) return undefined;
        return {
          aadObjectId: member.aadObjectId,
          teamsUserId: member.id,
          name: member.name,
          upn: member.userPrincipalName,
        };
      } catch {
        return undefined;
      }
    },
    async members(limit) {
      try {
        const page = await TeamsInfo.getPagedMembers(context, limit);
        return page.members
          .filter((m) => m.aadObjectId)
          .map((m) => ({ aadObjectId: m.aadObjectId as string, teamsUserId: m.id, name: m.name }));
      } catch {
        return [];
      }
    },
  };
  context.turnState.set(TURN_KEY, turn);
  return turn;
}

/**
 * Answers an Action.Execute invoke with the card built for the user who clicked, and nothing else.
 *
 * The answer is sent here rather than by teams-ai: for a card with a `refresh` block teams-ai
 * switches to "replace for all" and would overwrite the message everyone in a chat or channel
 * sees with this one user's personal view (and send one more update per click). What is shared
 * is updated only by the capability, with the shared view.
 */
export async function answerForThisUser(
  context: TurnContext,
  result: Promise<AdaptiveCardJson | string>,
): Promise<AdaptiveCard | string> {
  const value = await result;
  if (typeof value !== 'string') {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value },
      },
    });
  }
  return value as AdaptiveCard | string;
}
