import type { Acknowledgement, KnowledgePost } from '../../domain/updates';
import type { AudienceRoster } from '../../ports/audienceRoster';
import type { Clock } from '../../ports/clock';
import type { KnowledgeUpdatesService } from '../knowledgeUpdates';
import type { Refused } from './overviewService';
import { updatesActorOf, type TabUser } from './tabUser';
import type { AudienceAcknowledgements, PostRow, UpdatesView } from './tabViews';

/** Only the parts of the knowledge-updates service the tab reads (its public interface). */
export type UpdatesReader = Pick<
  KnowledgeUpdatesService,
  'publisherFor' | 'listMine' | 'view' | 'exportAcknowledgements' | 'audiences'
>;

export interface UpdateViewsDeps {
  readonly updates: UpdatesReader;
  readonly roster: AudienceRoster;
  readonly clock: Clock;
}

/** Videndeling: a publisher's own posts and who acknowledged them. */
export interface UpdateViews {
  isPublisher(user: TabUser): boolean;
  /** The publisher's own posts with their acknowledgements. */
  updates(user: TabUser): Promise<UpdatesView | Refused>;
  acknowledgementsCsv(
    user: TabUser,
    postId: string,
    headers: { name: string; upn: string; time: string; version: string },
  ): Promise<{ title: string; csv: string } | Refused>;
}

const DAY_MS = 86_400_000;
/** The longest acknowledgement timeline drawn (days after publishing). */
const MAX_TIMELINE_DAYS = 90;

/** Same key as the acknowledgement store: Entra object id, compared without case. */
const sameUser = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function createUpdateViews(deps: UpdateViewsDeps): UpdateViews {
  function isPublisher(user: TabUser): boolean {
    return deps.updates.publisherFor(updatesActorOf(user)) !== undefined;
  }

  /** Acknowledgements per audience; an audience whose members are not known counts as unknown. */
  async function audienceRows(post: KnowledgePost, acks: readonly Acknowledgement[]) {
    const audiences: AudienceAcknowledgements[] = [];
    const memberSets = new Map<string, Set<string>>();
    for (const audienceId of post.audienceIds) {
      const name = deps.updates.audiences().find((a) => a.id === audienceId)?.name ?? audienceId;
      const members = await deps.roster.membersOf(audienceId);
      if (!members) {
        audiences.push({ audienceId, name, members: null, acknowledged: null, notYet: null });
        continue;
      }
      const ids = new Set(members.map((m) => m.userId.toLowerCase()));
      memberSets.set(audienceId, ids);
      const acknowledged = acks.filter((a) => ids.has(a.userId.toLowerCase()));
      audiences.push({
        audienceId,
        name,
        members: members.length,
        acknowledged: acknowledged.length,
        notYet: members
          .filter((m) => !acks.some((a) => sameUser(a.userId, m.userId)))
          .map((m) => m.name ?? m.userId),
      });
    }
    return { audiences, memberSets };
  }

  async function postRow(user: TabUser, post: KnowledgePost): Promise<PostRow> {
    const view = await deps.updates.view(updatesActorOf(user), post.id);
    const acks: readonly Acknowledgement[] = view.acknowledgements ?? [];
    const { audiences, memberSets } = await audienceRows(post, acks);
    return {
      id: post.id,
      title: post.title,
      status: post.status,
      ...(post.publishedAt ? { publishedAt: post.publishedAt } : {}),
      ackCount: view.ackCount,
      audiences,
      timeline: timelineOf(post, acks, memberSets, deps.clock.now()),
      acknowledgements: acks.map((a) => ({ name: a.name ?? a.upn ?? a.userId, at: a.acknowledgedAt })),
    };
  }

  return {
    isPublisher,

    async updates(user) {
      if (!isPublisher(user)) return { kind: 'forbidden' };
      const posts = await deps.updates.listMine(updatesActorOf(user));
      return { posts: await Promise.all(posts.map((post) => postRow(user, post))) };
    },

    async acknowledgementsCsv(user, postId, headers) {
      if (!isPublisher(user)) return { kind: 'forbidden' };
      const own = await deps.updates.listMine(updatesActorOf(user));
      if (!own.some((post) => post.id === postId)) return { kind: 'notFound' };
      const exported = await deps.updates.exportAcknowledgements(updatesActorOf(user), postId, headers);
      return { title: exported.post.title, csv: exported.csv };
    },
  };
}

/**
 * Cumulative acknowledgements per Danish calendar day since publishing: `all`, and one series per
 * audience whose members are known.
 */
function timelineOf(
  post: KnowledgePost,
  acks: readonly Acknowledgement[],
  memberSets: ReadonlyMap<string, ReadonlySet<string>>,
  now: Date,
): PostRow['timeline'] {
  if (!post.publishedAt) return [];
  const start = Date.parse(post.publishedAt);
  const days = Math.min(MAX_TIMELINE_DAYS, Math.max(1, Math.ceil((now.getTime() - start) / DAY_MS) + 1));
  const sorted = [...acks].sort((a, b) => (a.acknowledgedAt < b.acknowledgedAt ? -1 : 1));
  const points: { date: string; counts: Record<string, number> }[] = [];
  const counts: Record<string, number> = { all: 0 };
  for (const audienceId of memberSets.keys()) counts[audienceId] = 0;
  let next = 0;
  for (let day = 0; day < days; day++) {
    const end = start + (day + 1) * DAY_MS;
    // Acknowledgements are sorted by time: each day adds the ones before its end to the totals.
    for (; next < sorted.length && Date.parse(sorted[next]!.acknowledgedAt) < end; next++) {
      const userId = sorted[next]!.userId.toLowerCase();
      counts.all!++;
      for (const [audienceId, ids] of memberSets) if (ids.has(userId)) counts[audienceId]!++;
    }
    points.push({ date: new Date(start + day * DAY_MS).toISOString().slice(0, 10), counts: { ...counts } });
  }
  return points;
}
