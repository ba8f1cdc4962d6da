import type { AdaptiveCard } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from './cards/shared/expandTemplate';

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
