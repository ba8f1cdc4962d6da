import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { ResolvedMember } from './env';

const ROSTER_LIMIT = 50;

/** The default member lookup: the conversation's roster in Teams (undefined when it cannot be read). */
export async function teamsResolveMember(
  context: TurnContext,
  id: string,
): Promise<ResolvedMember | undefined> {
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
}

/** The default roster: the team or group chat members, none in a personal chat. */
export async function teamsRoster(context: TurnContext): Promise<readonly ResolvedMember[]> {
  if (context.activity.conversation?.conversationType === 'personal') return [];
  try {
    const page = await TeamsInfo.getPagedMembers(context, ROSTER_LIMIT);
    return page.members
      .filter((m) => m.aadObjectId)
      .map((m) => ({ aadObjectId: m.aadObjectId as string, teamsUserId: m.id, name: m.name }));
  } catch {
    return [];
  }
}
