import {
  editPublished,
  publishOrSchedule,
  retract,
  UpdateRuleError,
  validatePostContent,
  type KnowledgePost,
  type PostContentInput,
} from '../../domain/updates';
import { ConcurrencyConflictError } from '../../ports/storage';
import type { DeliveryEngine } from './delivery';
import type { PostStore } from './postStore';
import { DELIVERIES, type DeliveryRecord, type DeliveryReport } from './records';
import type { Sleep } from './retry';
import type { UpdatesActor, KnowledgeUpdatesDeps } from './updateTypes';

type CopiesRun = Promise<{ updated: number; failed: string[]; retries: number }>;

/** Publishing and what follows it: delivery to the channels, edits and retractions of the copies. */
export interface Publishing {
  /**
   * Publishes now (delivery runs in the background; `whenIdle` waits for it) or schedules the
   * post when its send time lies ahead. Validation is repeated: the audience list or the clock
   * may have changed since the draft was saved.
   */
  publish(
    actor: UpdatesActor,
    postId: string,
    expectedVersion: number,
  ): Promise<{ post: KnowledgePost; delivery: Promise<DeliveryReport> | undefined }>;
  editPublished(
    actor: UpdatesActor,
    postId: string,
    expectedVersion: number,
    input: PostContentInput,
  ): Promise<{ post: KnowledgePost; copies: CopiesRun }>;
  /**
   * The author checked the channels whose delivery was unconfirmed (a crash between send and
   * record) and asks to send there again: only then is a copy sent a second time.
   */
  resendUnconfirmed(
    actor: UpdatesActor,
    postId: string,
  ): Promise<{ channels: number; delivery: Promise<DeliveryReport> }>;
  retract(
    actor: UpdatesActor,
    postId: string,
    expectedVersion: number,
  ): Promise<{ post: KnowledgePost; copies: CopiesRun }>;
  /** Delivers (or resumes) a published post now; used by tests, the bench and the scheduler. */
  deliver(postId: string): Promise<DeliveryReport>;
  /** Delivers, then tells the author how it went (best effort: the card's author view has it too). */
  deliverAndReport(postId: string): Promise<DeliveryReport>;
  /** A post just published: into the Q&A index when marked so, then out to its channels. */
  afterPublish(post: KnowledgePost): Promise<DeliveryReport>;
  /** Puts the current acknowledgement count on every channel copy. */
  refreshCopies(postId: string): Promise<void>;
  /** True while this process is delivering the post. */
  isDelivering(postId: string): boolean;
}

export interface PublishingDeps {
  readonly service: KnowledgeUpdatesDeps;
  readonly posts: PostStore;
  readonly engine: DeliveryEngine;
  readonly ackCount: (postId: string) => Promise<number>;
  readonly sleep: Sleep;
}

interface PublishingState extends PublishingDeps {
  /** Posts this process is delivering right now. */
  readonly active: Set<string>;
}

async function deliver(state: PublishingState, postId: string): Promise<DeliveryReport> {
  const { value: post } = await state.posts.load(postId);
  if (post.status !== 'published') throw new UpdateRuleError('NOT_PUBLISHED');
  const card = state.service.renderer.channelCard(post, await state.ackCount(post.id));
  state.active.add(postId);
  try {
    return await state.engine.deliver(post, { card });
  } finally {
    state.active.delete(postId);
  }
}

async function deliverAndReport(state: PublishingState, postId: string): Promise<DeliveryReport> {
  const report = await deliver(state, postId);
  const { value: post } = await state.posts.load(postId);
  const address = post.author.notify;
  if (address) {
    const message = { card: state.service.renderer.deliveryReportCard(post, report) };
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await state.service.messenger.post(address, message);
        break;
      } catch (error) {
        state.service.logger.warn('update delivery report failed', {
          postId,
          attempt,
          error: (error as Error)?.name,
        });
        if (attempt < 3) await state.sleep(1000 * attempt);
      }
    }
  }
  return report;
}

async function resendUnconfirmed(state: PublishingState, actor: UpdatesActor, postId: string) {
  const { posts, service } = state;
  const docs = service.storage.documents;
  const { value: post } = await posts.loadOwn(actor, postId);
  if (post.status !== 'published') throw new UpdateRuleError('NOT_PUBLISHED');
  let channels = 0;
  for (const doc of await docs.list<DeliveryRecord>(DELIVERIES, { prefix: `${postId}.` })) {
    if (doc.value.postId !== postId || doc.value.state !== 'unconfirmed') continue;
    const pending: DeliveryRecord = {
      ...doc.value,
      state: 'pending',
      lastError: 'resend-requested',
      updatedAt: service.clock.now().toISOString(),
    };
    try {
      await docs.put(DELIVERIES, doc.id, pending, { ifMatch: doc.etag });
      channels++;
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
  }
  await posts.audit('resendRequested', post, actor.id);
  return { channels, delivery: posts.track(deliverAndReport(state, postId)) };
}

export function createPublishing(deps: PublishingDeps): Publishing {
  const state: PublishingState = { ...deps, active: new Set() };
  const { posts, engine, service } = deps;
  const { clock, renderer } = service;
  const afterPublish = (post: KnowledgePost) => {
    posts.syncSink(post);
    return deliverAndReport(state, post.id);
  };
  return {
    async publish(actor, postId, expectedVersion) {
      const doc = await posts.loadOwn(actor, postId);
      validatePostContent(doc.value, { audiences: service.audiences, now: clock.now() });
      const post = await posts.save(publishOrSchedule(doc.value, expectedVersion, clock.now()), doc.etag);
      await posts.audit(post.status === 'published' ? 'published' : 'scheduled', post, actor.id);
      const delivery = post.status === 'published' ? posts.track(afterPublish(post)) : undefined;
      return { post, delivery };
    },
    async editPublished(actor, postId, expectedVersion, input) {
      const doc = await posts.loadOwn(actor, postId);
      const content = validatePostContent(
        { ...input, audienceIds: doc.value.audienceIds, sendAt: undefined },
        { audiences: service.audiences, now: clock.now(), checkSendTime: false },
      );
      const post = await posts.save(
        editPublished(doc.value, expectedVersion, content, clock.now()),
        doc.etag,
      );
      await posts.audit('edited', post, actor.id);
      posts.syncSink(post);
      const card = renderer.channelCard(post, await deps.ackCount(post.id));
      return { post, copies: posts.track(engine.updateCopies(post, { card }, 'edit')) };
    },
    resendUnconfirmed: (actor, postId) => resendUnconfirmed(state, actor, postId),
    async retract(actor, postId, expectedVersion) {
      const doc = await posts.loadOwn(actor, postId);
      const post = await posts.save(retract(doc.value, expectedVersion, clock.now()), doc.etag);
      await posts.audit('retracted', post, actor.id);
      posts.syncSink(post);
      const copies = posts.track(
        engine.updateCopies(post, { card: renderer.withdrawnCard(post) }, 'retract'),
      );
      return { post, copies };
    },
    deliver: (postId) => deliver(state, postId),
    deliverAndReport: (postId) => deliverAndReport(state, postId),
    afterPublish,
    async refreshCopies(postId) {
      const { value: post } = await posts.load(postId);
      if (post.status !== 'published') return;
      const card = renderer.channelCard(post, await deps.ackCount(post.id));
      await engine.updateCopies(post, { card }, 'refresh');
    },
    isDelivering: (postId) => state.active.has(postId),
  };
}
