import { isDue, publishDue, UpdateRuleError, type KnowledgePost } from '../../domain/updates';
import type { StoredDocument } from '../../ports/storage';
import type { PostStore } from './postStore';
import type { Publishing } from './publishing';
import { DELIVERIES, POSTS, type DeliveryRecord } from './records';
import type { KnowledgeUpdatesDeps } from './updateTypes';

/** Work no user asked for in this turn: the scheduler's passes and the start-up sync of the index. */
export interface ScheduledPasses {
  /**
   * One scheduler pass: publishes due scheduled posts (the etag-guarded state change means only
   * one instance wins and delivers) and resumes deliveries interrupted by a restart.
   */
  runScheduledPass(): Promise<{ published: string[]; resumed: string[] }>;
  /** Pushes every published knowledge-base post to the sink (the Q&A index is in memory). */
  syncKnowledgeBase(): Promise<number>;
}

export interface ScheduledPassesDeps {
  readonly service: KnowledgeUpdatesDeps;
  readonly posts: PostStore;
  readonly publishing: Publishing;
  /** A delivery run whose records have not changed for this long was interrupted. */
  readonly staleAfterMs: number;
}

/** A published post whose delivery went quiet (a restart) with channels still to go. */
async function needsResuming(deps: ScheduledPassesDeps, post: KnowledgePost, now: Date): Promise<boolean> {
  const docs = deps.service.storage.documents;
  const records = await docs.list<DeliveryRecord>(DELIVERIES, { prefix: `${post.id}.` });
  const unfinished =
    records.length < post.audienceIds.length ||
    records.some((record) => record.value.state === 'pending' || record.value.state === 'sending');
  // Only runs that went quiet (a restart): a live run keeps touching its records.
  const lastTouch = Math.max(
    Date.parse(post.publishedAt ?? post.updatedAt),
    ...records.map((record) => Date.parse(record.value.updatedAt)),
  );
  return (
    unfinished && now.getTime() - lastTouch >= deps.staleAfterMs && !deps.publishing.isDelivering(post.id)
  );
}

/** Publishes a due post unless another instance or the author got there first. */
async function publishIfDue(
  deps: ScheduledPassesDeps,
  doc: StoredDocument<KnowledgePost>,
  now: Date,
): Promise<string | undefined> {
  let next: KnowledgePost;
  try {
    next = await deps.posts.save(publishDue(doc.value, now), doc.etag);
  } catch (error) {
    if (error instanceof UpdateRuleError) return undefined;
    throw error;
  }
  await deps.posts.audit('publishedOnSchedule', next);
  await deps.publishing.afterPublish(next);
  return next.id;
}

export function createScheduledPasses(deps: ScheduledPassesDeps): ScheduledPasses {
  const docs = deps.service.storage.documents;
  return {
    async runScheduledPass() {
      const now = deps.service.clock.now();
      const published: string[] = [];
      const resumed: string[] = [];
      for (const doc of await docs.list<KnowledgePost>(POSTS)) {
        const post = doc.value;
        if (isDue(post, now)) {
          const id = await publishIfDue(deps, doc, now);
          if (id !== undefined) published.push(id);
        } else if (post.status === 'published' && (await needsResuming(deps, post, now))) {
          resumed.push(post.id);
          await deps.publishing.deliverAndReport(post.id);
        }
      }
      return { published, resumed };
    },
    async syncKnowledgeBase() {
      let count = 0;
      for (const doc of await docs.list<KnowledgePost>(POSTS)) {
        if (doc.value.status === 'published' && doc.value.addToKnowledgeBase) {
          deps.posts.syncSink(doc.value);
          count++;
        }
      }
      return count;
    },
  };
}
