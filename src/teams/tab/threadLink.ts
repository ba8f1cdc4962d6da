import type { ChannelDirectory, ThreadLocation } from '../../domain/threads';

/**
 * A link that opens a thread's message in Teams ('' when the message is not known). A channel
 * thread links to the channel (and its team) with the root post as parent message; a chat thread
 * to the chat. Same form as the links on the bot's `mine sager` card.
 */
export function teamsMessageLink(channels: ChannelDirectory, location: ThreadLocation | undefined): string {
  if (!location?.activityId) return '';
  const channel = location.channelRef ? channels.byId(location.channelRef) : undefined;
  const conversation = channel?.channelId ?? location.conversationId.split(';messageid=')[0];
  const url = new URL(
    `https://teams.microsoft.com/l/message/${encodeURIComponent(conversation!)}/${encodeURIComponent(location.activityId)}`,
  );
  if (location.kind === 'channel') {
    if (channel) url.searchParams.set('groupId', channel.teamId);
    url.searchParams.set('parentMessageId', location.activityId);
  } else {
    url.searchParams.set('context', JSON.stringify({ contextType: 'chat' }));
  }
  return url.toString();
}
