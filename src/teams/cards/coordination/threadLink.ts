import type { ChannelDirectory } from '../../../domain/threads/channels';
import type { ThreadLocation } from '../../../domain/threads/model';

/** A link that opens the thread's message in Teams ('' when the message is not known). */
export function threadLinkOf(location: ThreadLocation | undefined, channels: ChannelDirectory): string {
  if (!location?.activityId) return '';
  // A channel thread links to the channel (and its team) with the root post as parent message.
  const channel = location.channelRef ? channels.byId(location.channelRef) : undefined;
  const conversation = channel?.channelId ?? location.conversationId.split(';messageid=')[0];
  const url = new URL(
    `https://teams.microsoft.com/l/message/${encodeURIComponent(conversation)}/${encodeURIComponent(location.activityId)}`,
  );
  if (location.kind === 'channel') {
    if (channel) url.searchParams.set('groupId', channel.teamId);
    url.searchParams.set('parentMessageId', location.activityId);
  } else {
    url.searchParams.set('context', JSON.stringify({ contextType: 'chat' }));
  }
  return url.toString();
}
