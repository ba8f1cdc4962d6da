import type { ChannelTarget } from '../../../domain/threads/channels';
import type { NewParticipantInput } from '../../../domain/threads/creation';
import type { CoordinationThread, ThreadLocation } from '../../../domain/threads/model';
import { NONE, type FormValues } from '../../cards/coordination/coordinationCards';
import { renderSharedThreadCard } from '../../cards/coordination/sharedThreadCard';
import type { Turn } from '../../turn/turn';
import { serviceUrlOf, tenantOf, type CoordinationEnv, type Ui } from './env';

/**
 * The form's participant rows as the service's participants, or undefined when a row is incomplete
 * or names nobody Teams knows. Display names go to `names`: they are used only to @mention invitees
 * in a channel, never stored for them.
 */
export async function resolveParticipants(
  env: CoordinationEnv,
  turn: Turn,
  values: FormValues,
  names: Map<string, string>,
): Promise<NewParticipantInput[] | undefined> {
  const result: NewParticipantInput[] = [];
  for (const row of values.participants ?? []) {
    const roleId = row.roleId && row.roleId !== NONE ? row.roleId : undefined;
    const userId = row.userId && row.userId !== NONE ? row.userId.trim() : undefined;
    const email = row.email?.trim() || undefined;
    if (!roleId && !userId && !email) continue;
    // A suggested role nobody was chosen for is a suggestion not taken, not a mistake.
    if (row.suggested && roleId && !userId && !email) continue;
    if (!roleId || (!userId && !email)) return undefined;
    if (userId) {
      const member = await env.resolveMember(turn, userId);
      if (member?.name) names.set(member.aadObjectId, member.name);
      result.push({ aadObjectId: member?.aadObjectId ?? userId, teamsUserId: member?.teamsUserId, roleId });
    } else {
      const member = await env.resolveMember(turn, email as string);
      if (!member) return undefined;
      if (member.name) names.set(member.aadObjectId, member.name);
      result.push({ aadObjectId: member.aadObjectId, teamsUserId: member.teamsUserId, roleId });
    }
  }
  return result;
}

/** Posts a new thread's shared card and says where it lives. */
export type ThreadPublisher = (thread: CoordinationThread) => Promise<ThreadLocation>;

/**
 * Where the shared card goes: a new post in the chosen coordination channel (invitees @mentioned,
 * by `names`), else the card the form was on, else a new message in this conversation.
 */
export function publisherFor(
  env: CoordinationEnv,
  turn: Turn,
  ui: Ui,
  placement: ChannelTarget | undefined,
  names: ReadonlyMap<string, string>,
): ThreadPublisher {
  const { deps, sharedUi } = env;
  const tenantId = tenantOf(turn);
  const sharedCard = (thread: CoordinationThread) =>
    renderSharedThreadCard(env.cardTemplates, thread, sharedUi(thread).cardContext);

  async function inChannel(channel: ChannelTarget, thread: CoordinationThread): Promise<ThreadLocation> {
    const serviceUrl = channel.serviceUrl ?? serviceUrlOf(turn);
    const invitees = thread.participants.filter((p) => p.aadObjectId !== thread.ownerId);
    const posted = await deps.messenger.startChannelThread(
      serviceUrl,
      channel.channelId,
      {
        text: invitees.length > 0 ? ui.t.channelMentionIntro(thread.caseRef) : undefined,
        card: sharedCard(thread),
        mentions: invitees.map((p) => ({
          id: p.teamsUserId ?? p.aadObjectId,
          name: names.get(p.aadObjectId) ?? ui.t.shared.mentionFallback,
        })),
      },
      tenantId,
    );
    return {
      kind: 'channel',
      serviceUrl,
      conversationId: posted.conversationId,
      tenantId,
      activityId: posted.activityId,
      channelRef: channel.id,
    };
  }

  async function here(thread: CoordinationThread): Promise<ThreadLocation> {
    const activity = turn.activity;
    const address = {
      serviceUrl: serviceUrlOf(turn),
      // Every Teams activity names its conversation.
      conversationId: activity.conversation.id as string,
      tenantId,
    };
    if (activity.replyToId) return { kind: 'chat', ...address, activityId: activity.replyToId };
    const posted = await deps.messenger.post(address, { card: sharedCard(thread) });
    return { kind: 'chat', ...address, activityId: posted.activityId };
  }

  return (thread) => (placement ? inChannel(placement, thread) : here(thread));
}
