import {
  acknowledgementsCsv,
  assertAcknowledgeable,
  type Acknowledgement,
  type KnowledgePost,
} from '../../domain/updates';
import { ConcurrencyConflictError, type DocumentStore } from '../../ports/storage';
import type { DeliveryEngine } from './delivery';
import type { PostStore } from './postStore';
import { userKey } from './postStore';
import { ACKS } from './records';
import type { AckResult, UpdatesActor, KnowledgeUpdatesDeps, PostView } from './updateTypes';

/** "Læst og forstået": who read a post, the count on its cards and the author's list. */
export interface Acknowledgements {
  /** Counts afresh (channel copies and the author's view). */
  ackCount(postId: string): Promise<number>;
  acknowledge(actor: UpdatesActor, postId: string): Promise<AckResult>;
  view(actor: UpdatesActor, postId: string): Promise<PostView>;
  /** CSV of who acknowledged, for the author only. */
  exportAcknowledgements(
    actor: UpdatesActor,
    postId: string,
    headers: { name: string; upn: string; time: string; version: string },
  ): Promise<{ post: KnowledgePost; csv: string; count: number }>;
}

export interface AcknowledgementsDeps {
  readonly service: KnowledgeUpdatesDeps;
  readonly posts: PostStore;
  readonly engine: DeliveryEngine;
  /** Called after a new acknowledgement, so the channel copies show the new count (debounced). */
  readonly onAcknowledged: (postId: string) => void;
  /** Renders acknowledgement times in the CSV. */
  readonly localTime: (iso: string) => string;
}

interface AckState {
  readonly deps: AcknowledgementsDeps;
  readonly docs: DocumentStore;
  /** The last count per post and when its listing started. */
  readonly countCache: Map<string, { count: Promise<number>; at: number }>;
  readonly countCacheMs: number;
}

async function ackList(state: AckState, postId: string): Promise<Acknowledgement[]> {
  const startedAt = performance.now();
  const list = await state.docs.list<Acknowledgement>(ACKS, { prefix: `${postId}.` });
  const acks = list.map((doc) => doc.value).filter((ack) => ack.postId === postId);
  state.countCache.set(postId, { count: Promise.resolve(acks.length), at: startedAt });
  return acks;
}

/**
 * The count a reader's card shows. Listing every acknowledgement on each click would cost
 * O(n) reads per click (O(n²) for a wave of clicks; on Azure Blob one GET per record), so a
 * reader's count may be up to `ackCountCacheMs` old; concurrent readers share one listing.
 * The channel copies and the author's view always count afresh.
 */
function cachedAckCount(state: AckState, postId: string): Promise<number> {
  const { countCache } = state;
  const entry = countCache.get(postId);
  if (entry && performance.now() - entry.at < state.countCacheMs) return entry.count;
  const at = performance.now();
  const count = state.docs
    .list<Acknowledgement>(ACKS, { prefix: `${postId}.` })
    .then((list) => list.filter((doc) => doc.value.postId === postId).length);
  countCache.set(postId, { count, at });
  count.catch(() => countCache.delete(postId));
  return count;
}

/** What this user should see on the card: their own state; the author also sees who read it. */
async function view(state: AckState, actor: UpdatesActor, postId: string): Promise<PostView> {
  const { posts, engine } = state.deps;
  const { value: post } = await posts.load(postId);
  const isAuthor =
    post.author.id.toLowerCase() === actor.id.toLowerCase() &&
    state.deps.service.publishers.find(actor) !== undefined;
  const mine = (await state.docs.get<Acknowledgement>(ACKS, `${postId}.${userKey(actor.id)}`))?.value;
  if (!isAuthor) {
    return {
      post,
      ackCount: await cachedAckCount(state, postId),
      isAuthor,
      ...(mine ? { myAcknowledgement: mine } : {}),
    };
  }
  const acks = await ackList(state, postId);
  return {
    post,
    ackCount: acks.length,
    isAuthor,
    ...(mine ? { myAcknowledgement: mine } : {}),
    acknowledgements: acks.sort((a, b) => (a.acknowledgedAt < b.acknowledgedAt ? -1 : 1)),
    ...(post.status === 'published' || post.status === 'retracted'
      ? { delivery: await engine.report(post) }
      : {}),
  };
}

/** Idempotent per user; refused on retracted and unpublished posts. */
async function acknowledge(state: AckState, actor: UpdatesActor, postId: string): Promise<AckResult> {
  const { value: post } = await state.deps.posts.load(postId);
  assertAcknowledgeable(post);
  const ack: Acknowledgement = {
    postId,
    userId: actor.id,
    ...(actor.displayName ? { name: actor.displayName } : {}),
    ...(actor.upn ? { upn: actor.upn } : {}),
    acknowledgedAt: state.deps.service.clock.now().toISOString(),
    postVersion: post.version,
  };
  let alreadyAcknowledged = false;
  const writeStartedAt = performance.now();
  try {
    // One document per user: concurrent acknowledgements never overwrite each other.
    await state.docs.put(ACKS, `${postId}.${userKey(actor.id)}`, ack, { ifNoneMatch: '*' });
  } catch (error) {
    if (!(error instanceof ConcurrencyConflictError)) throw error;
    alreadyAcknowledged = true;
  }
  if (!alreadyAcknowledged) {
    // A count listed before this write cannot contain it.
    const entry = state.countCache.get(postId);
    if (entry && entry.at < writeStartedAt) {
      state.countCache.set(postId, { count: entry.count.then((n) => n + 1), at: entry.at });
    }
    state.deps.onAcknowledged(postId);
  }
  return { ...(await view(state, actor, postId)), alreadyAcknowledged };
}

export function createAcknowledgements(deps: AcknowledgementsDeps): Acknowledgements {
  const state: AckState = {
    deps,
    docs: deps.service.storage.documents,
    countCache: new Map(),
    countCacheMs: deps.service.ackCountCacheMs ?? 3000,
  };
  return {
    ackCount: async (postId) => (await ackList(state, postId)).length,
    acknowledge: (actor, postId) => acknowledge(state, actor, postId),
    view: (actor, postId) => view(state, actor, postId),
    async exportAcknowledgements(actor, postId, headers) {
      const { value: post } = await deps.posts.loadOwn(actor, postId);
      const acks = await ackList(state, postId);
      return { post, csv: acknowledgementsCsv(acks, headers, deps.localTime), count: acks.length };
    },
  };
}
