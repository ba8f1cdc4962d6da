import type { Turn } from '../../turn/turn';
import type { ResolvedMember } from './env';

const ROSTER_LIMIT = 50;

/** The default member lookup: the conversation's roster in Teams (undefined when it cannot be read). */
export function rosterMember(turn: Turn, id: string): Promise<ResolvedMember | undefined> {
  return turn.member(id);
}

/** The default roster: the team or group chat members, none in a personal chat. */
export async function conversationRoster(turn: Turn): Promise<readonly ResolvedMember[]> {
  if (turn.activity.conversation.type === 'personal') return [];
  return turn.members(ROSTER_LIMIT);
}
