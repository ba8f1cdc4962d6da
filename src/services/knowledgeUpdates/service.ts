import { createHash, randomBytes } from 'node:crypto';
import {
  acknowledgementsCsv,
  assertAcknowledgeable,
  assertAuthor,
  canDelete,
  createDraft,
  editPublished,
  isDue,
  publishDue,
  publishOrSchedule,
  retract,
  reviseDraft,
  themeLabel,
  UpdateRuleError,
  validatePostContent,
  type Acknowledgement,
  type AudienceDirectory,
  type KnowledgePost,
  type PostContentInput,
  type Publisher,
  type PublisherDirectory,
  type UpdateAudience,
  type UserIdentity,
} from '../../domain/updates';
import { DANISH_TIME_ZONE } from '../../domain/shared/danishTime';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessenger } from '../../ports/outboundMessenger';
import { ConcurrencyConflictError, type Storage } from '../../ports/storage';
import type { KnowledgeUpdateSink, PublishedUpdateDocument } from '../contracts';
import { AckRefresher } from './ackRefresher';
import { createDeliveryEngine, DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions } from './delivery';
import { ACKS, DELIVERIES, POSTS, type DeliveryRecord, type DeliveryReport } from './records';
import { realSleep, type Sleep } from './retry';

/** Turns posts into the expanded Adaptive Cards the channels show. Implemented in the Teams layer. */
export interface UpdateCardRenderer {
  /** The shared card in every audience channel (no personal data: only the count). */
  channelCard(post: KnowledgePost, ackCount: number): Record<string, unknown>;
  /** Replaces every copy when the author retracts the post. */
  withdrawnCard(post: KnowledgePost): Record<string, unknown>;
  /** Sent to the author's 1:1 chat when a delivery run ends (which channels got it, which failed). */
  deliveryReportCard(post: KnowledgePost, report: DeliveryReport): Record<string, unknown>;
}

/** The user behind a turn, as the Teams layer knows it. */
export interface Actor extends UserIdentity {
  /** Entra object id when present, else the Teams user id: the stable key for authorship and acks. */
  readonly id: string;
  readonly teamsUserId?: string;
  readonly name?: string;
  /** The caller's 1:1 chat with the bot, when the turn came from there. */
  readonly replyAddress?: {
    readonly serviceUrl: string;
    readonly conversationId: string;
    readonly tenantId?: string;
  };
}

export interface KnowledgeUpdatesDeps {
  readonly storage: Storage;
  readonly messenger: OutboundMessenger;
  readonly renderer: UpdateCardRenderer;
  readonly publishers: PublisherDirectory;
  readonly audiences: AudienceDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly knowledgeSink?: KnowledgeUpdateSink;
  readonly tenantId?: string;
  readonly defaultServiceUrl?: string;
  readonly delivery?: Partial<DeliveryOptions>;
  /** Debounce for updating the count on channel copies (default 5 s). */
  readonly ackRefreshDelayMs?: number;
  /** How old the count on a reader's own card may be (default 3 s); see cachedAckCount. */
  readonly ackCountCacheMs?: number;
  /** IANA zone for times in the CSV (default Europe/Copenhagen). */
  readonly timeZone?: string;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly newId?: () => string;
}

export interface PostView {
  readonly post: KnowledgePost;
  readonly ackCount: number;
  readonly isAuthor: boolean;
  readonly myAcknowledgement?: Acknowledgement;
  /** Only for the author. */
  readonly acknowledgements?: readonly Acknowledgement[];
  /** Only for the author of a published or retracted post. */
  readonly delivery?: DeliveryReport;
}

export interface AckResult extends PostView {
  readonly alreadyAcknowledged: boolean;
}

const MAX_MY_POSTS = 20;

function defaultId(): string {
  return `u${Date.now().toString(36)}${randomBytes(5).toString('hex')}`;
}

/** "2026-03-02 10:00:00" in the given zone: sortable, and read correctly by spreadsheets. */
export function localTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

function userKey(userId: string): string {
  return createHash('sha256').update(userId.toLowerCase()).digest('hex').slice(0, 32);
}

export function createKnowledgeUpdatesService(deps: KnowledgeUpdatesDeps) {
  const { storage, clock, logger } = deps;
  const docs = storage.documents;
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const newId = deps.newId ?? defaultId;
  const timeZone = deps.timeZone ?? DANISH_TIME_ZONE;
  const engine = createDeliveryEngine({
    storage,
    messenger: deps.messenger,
    audiences: deps.audiences,
    clock,
    logger,
    sleep,
    random,
    monotonicNow: () => performance.now(),
    ...(deps.tenantId ? { tenantId: deps.tenantId } : {}),
    ...(deps.defaultServiceUrl ? { defaultServiceUrl: deps.defaultServiceUrl } : {}),
    options: {
      ...DEFAULT_DELIVERY_OPTIONS,
      ...deps.delivery,
      retry: { ...DEFAULT_DELIVERY_OPTIONS.retry, ...deps.delivery?.retry },
    },
  });
  const background = new Set<Promise<unknown>>();
  /** Posts this process is delivering right now. */
  const active = new Set<string>();
  const countCache = new Map<string, { count: Promise<number>; at: number }>();
  const countCacheMs = deps.ackCountCacheMs ?? 3000;
  const staleAfterMs = deps.delivery?.staleSendingMs ?? DEFAULT_DELIVERY_OPTIONS.staleSendingMs;
  const refresher = new AckRefresher(
    (postId) => refreshCopies(postId),
    deps.ackRefreshDelayMs ?? 5000,
    logger,
  );

  function track<T>(promise: Promise<T>): Promise<T> {
    const guarded = promise.catch((error: unknown) => {
      logger.error('update background work failed', {
        error: (error as Error)?.name,
        code: (error as { code?: string })?.code,
      });
      return undefined;
    });
    background.add(guarded);
    void guarded.finally(() => background.delete(guarded));
    return promise;
  }

  function requirePublisher(actor: Actor): Publisher {
    const publisher = deps.publishers.find(actor);
    if (!publisher) throw new UpdateRuleError('NOT_PUBLISHER');
    return publisher;
  }

  async function load(postId: string) {
    if (typeof postId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/.test(postId)) {
      throw new UpdateRuleError('NOT_FOUND');
    }
    const doc = await docs.get<KnowledgePost>(POSTS, postId);
    if (!doc) throw new UpdateRuleError('NOT_FOUND');
    return doc;
  }

  async function loadOwn(actor: Actor, postId: string) {
    requirePublisher(actor);
    const doc = await load(postId);
    assertAuthor(doc.value, actor.id);
    return doc;
  }

  async function save(post: KnowledgePost, etag: string): Promise<KnowledgePost> {
    try {
      await docs.put(POSTS, post.id, post, { ifMatch: etag });
      return post;
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) throw new UpdateRuleError('STALE_VERSION');
      throw error;
    }
  }

  async function audit(event: string, post: KnowledgePost, actorId?: string): Promise<void> {
    await storage.auditLog.append('updates-audit', {
      at: clock.now().toISOString(),
      event,
      postId: post.id,
      version: post.version,
      ...(actorId ? { actor: userKey(actorId) } : {}),
    });
  }

  function toDocument(post: KnowledgePost): PublishedUpdateDocument {
    return {
      id: post.id,
      title: post.title,
      bodyMarkdown: post.bodyMarkdown,
      authorRole: post.author.roleLabel,
      unit: post.author.unit,
      publishedAt: post.publishedAt ?? post.updatedAt,
      tags: post.tags.map((tag) => themeLabel(tag)),
      ...(post.link ? { link: post.link } : {}),
    };
  }

  function syncSink(post: KnowledgePost): void {
    const sink = deps.knowledgeSink;
    if (!sink) return;
    try {
      if (post.status === 'published' && post.addToKnowledgeBase) sink.upsertUpdate(toDocument(post));
      else sink.removeUpdate(post.id);
    } catch (error) {
      logger.warn('update knowledge sink failed', { postId: post.id, error: (error as Error)?.name });
    }
  }

  async function ackList(postId: string): Promise<Acknowledgement[]> {
    const startedAt = performance.now();
    const list = await docs.list<Acknowledgement>(ACKS, { prefix: `${postId}.` });
    const acks = list.map((doc) => doc.value).filter((ack) => ack.postId === postId);
    countCache.set(postId, { count: Promise.resolve(acks.length), at: startedAt });
    return acks;
  }

  async function ackCount(postId: string): Promise<number> {
    return (await ackList(postId)).length;
  }

  /**
   * The count a reader's card shows. Listing every acknowledgement on each click would cost
   * O(n) reads per click (O(n²) for a wave of clicks; on Azure Blob one GET per record), so a
   * reader's count may be up to `ackCountCacheMs` old; concurrent readers share one listing.
   * The channel copies and the author's view always count afresh.
   */
  function cachedAckCount(postId: string): Promise<number> {
    const entry = countCache.get(postId);
    if (entry && performance.now() - entry.at < countCacheMs) return entry.count;
    const at = performance.now();
    const count = docs
      .list<Acknowledgement>(ACKS, { prefix: `${postId}.` })
      .then((list) => list.filter((doc) => doc.value.postId === postId).length);
    countCache.set(postId, { count, at });
    count.catch(() => countCache.delete(postId));
    return count;
  }

  async function myAcknowledgement(postId: string, actor: Actor): Promise<Acknowledgement | undefined> {
    return (await docs.get<Acknowledgement>(ACKS, `${postId}.${userKey(actor.id)}`))?.value;
  }

  async function deliver(postId: string): Promise<DeliveryReport> {
    const { value: post } = await load(postId);
    if (post.status !== 'published') throw new UpdateRuleError('NOT_PUBLISHED');
    const card = deps.renderer.channelCard(post, await ackCount(post.id));
    active.add(postId);
    try {
      return await engine.deliver(post, { card });
    } finally {
      active.delete(postId);
    }
  }

  async function refreshCopies(postId: string): Promise<void> {
    const { value: post } = await load(postId);
    if (post.status !== 'published') return;
    await engine.updateCopies(
      post,
      { card: deps.renderer.channelCard(post, await ackCount(post.id)) },
      'refresh',
    );
  }

  /** Delivers, then tells the author how it went (best effort: the card's author view has it too). */
  async function deliverAndReport(postId: string): Promise<DeliveryReport> {
    const report = await deliver(postId);
    const { value: post } = await load(postId);
    const address = post.author.notify;
    if (address) {
      const message = { card: deps.renderer.deliveryReportCard(post, report) };
      for (let attempt = 1; attempt <= 3; attempt++) {
        try {
          await deps.messenger.post(address, message);
          break;
        } catch (error) {
          logger.warn('update delivery report failed', { postId, attempt, error: (error as Error)?.name });
          if (attempt < 3) await sleep(1000 * attempt);
        }
      }
    }
    return report;
  }

  async function afterPublish(post: KnowledgePost): Promise<DeliveryReport> {
    syncSink(post);
    return deliverAndReport(post.id);
  }

  return {
    /** Channels a post may go to (config/channels.yaml, usedFor: updates). */
    audiences(): readonly UpdateAudience[] {
      return deps.audiences.list();
    },

    /** True when publishers.yaml lists UPNs, so the Teams layer should look the caller's UPN up. */
    publishersIncludeUpns(): boolean {
      return deps.publishers.hasUpnEntries;
    },

    /** The caller's publisher entry, or undefined: the handler refuses anyone else. */
    publisherFor(actor: Actor): Publisher | undefined {
      return deps.publishers.find(actor);
    },

    async createDraft(actor: Actor, input: PostContentInput): Promise<KnowledgePost> {
      const publisher = requirePublisher(actor);
      const content = validatePostContent(input, { audiences: deps.audiences, now: clock.now() });
      const post = createDraft(
        newId(),
        {
          id: actor.id,
          ...(actor.teamsUserId ? { teamsUserId: actor.teamsUserId } : {}),
          role: publisher.role,
          roleLabel: publisher.roleLabel,
          unit: publisher.unit,
          ...(actor.replyAddress ? { notify: actor.replyAddress } : {}),
        },
        content,
        clock.now(),
      );
      await docs.put(POSTS, post.id, post, { ifNoneMatch: '*' });
      await audit('draftCreated', post, actor.id);
      return post;
    },

    async saveDraft(actor: Actor, postId: string, expectedVersion: number, input: PostContentInput) {
      const doc = await loadOwn(actor, postId);
      const content = validatePostContent(input, { audiences: deps.audiences, now: clock.now() });
      const post = await save(reviseDraft(doc.value, expectedVersion, content, clock.now()), doc.etag);
      await audit('draftSaved', post, actor.id);
      return post;
    },

    async deleteDraft(actor: Actor, postId: string, expectedVersion: number): Promise<void> {
      const doc = await loadOwn(actor, postId);
      canDelete(doc.value);
      if (doc.value.version !== expectedVersion) throw new UpdateRuleError('STALE_VERSION');
      try {
        await docs.delete(POSTS, postId, { ifMatch: doc.etag });
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) throw new UpdateRuleError('STALE_VERSION');
        throw error;
      }
      await audit('draftDeleted', doc.value, actor.id);
    },

    async getOwn(actor: Actor, postId: string): Promise<KnowledgePost> {
      return (await loadOwn(actor, postId)).value;
    },

    /** The caller's posts, newest first (drafts, scheduled, published, retracted). */
    async listMine(actor: Actor): Promise<KnowledgePost[]> {
      requirePublisher(actor);
      const all = await docs.list<KnowledgePost>(POSTS);
      return all
        .map((doc) => doc.value)
        .filter((post) => post.author.id.toLowerCase() === actor.id.toLowerCase())
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
        .slice(0, MAX_MY_POSTS);
    },

    /**
     * Publishes now (delivery runs in the background; `whenIdle` waits for it) or schedules the
     * post when its send time lies ahead. Validation is repeated: the audience list or the clock
     * may have changed since the draft was saved.
     */
    async publish(actor: Actor, postId: string, expectedVersion: number) {
      const doc = await loadOwn(actor, postId);
      validatePostContent(doc.value, { audiences: deps.audiences, now: clock.now() });
      const post = await save(publishOrSchedule(doc.value, expectedVersion, clock.now()), doc.etag);
      await audit(post.status === 'published' ? 'published' : 'scheduled', post, actor.id);
      const delivery = post.status === 'published' ? track(afterPublish(post)) : undefined;
      return { post, delivery };
    },

    async editPublished(actor: Actor, postId: string, expectedVersion: number, input: PostContentInput) {
      const doc = await loadOwn(actor, postId);
      const content = validatePostContent(
        { ...input, audienceIds: doc.value.audienceIds, sendAt: undefined },
        { audiences: deps.audiences, now: clock.now(), checkSendTime: false },
      );
      const post = await save(editPublished(doc.value, expectedVersion, content, clock.now()), doc.etag);
      await audit('edited', post, actor.id);
      syncSink(post);
      const count = await ackCount(post.id);
      const copies = track(
        engine.updateCopies(post, { card: deps.renderer.channelCard(post, count) }, 'edit'),
      );
      return { post, copies };
    },

    /**
     * The author checked the channels whose delivery was unconfirmed (a crash between send and
     * record) and asks to send there again: only then is a copy sent a second time.
     */
    async resendUnconfirmed(
      actor: Actor,
      postId: string,
    ): Promise<{ channels: number; delivery: Promise<DeliveryReport> }> {
      const { value: post } = await loadOwn(actor, postId);
      if (post.status !== 'published') throw new UpdateRuleError('NOT_PUBLISHED');
      let channels = 0;
      for (const doc of await docs.list<DeliveryRecord>(DELIVERIES, { prefix: `${postId}.` })) {
        if (doc.value.postId !== postId || doc.value.state !== 'unconfirmed') continue;
        try {
          await docs.put(
            DELIVERIES,
            doc.id,
            {
              ...doc.value,
              state: 'pending',
              lastError: 'resend-requested',
              updatedAt: clock.now().toISOString(),
            },
            { ifMatch: doc.etag },
          );
          channels++;
        } catch (error) {
          if (!(error instanceof ConcurrencyConflictError)) throw error;
        }
      }
      await audit('resendRequested', post, actor.id);
      return { channels, delivery: track(deliverAndReport(postId)) };
    },

    async retract(actor: Actor, postId: string, expectedVersion: number) {
      const doc = await loadOwn(actor, postId);
      const post = await save(retract(doc.value, expectedVersion, clock.now()), doc.etag);
      await audit('retracted', post, actor.id);
      syncSink(post);
      const copies = track(engine.updateCopies(post, { card: deps.renderer.withdrawnCard(post) }, 'retract'));
      return { post, copies };
    },

    /** "Læst og forstået": idempotent per user; refused on retracted and unpublished posts. */
    async acknowledge(actor: Actor, postId: string): Promise<AckResult> {
      const { value: post } = await load(postId);
      assertAcknowledgeable(post);
      const ack: Acknowledgement = {
        postId,
        userId: actor.id,
        ...(actor.name ? { name: actor.name } : {}),
        ...(actor.upn ? { upn: actor.upn } : {}),
        acknowledgedAt: clock.now().toISOString(),
        postVersion: post.version,
      };
      let alreadyAcknowledged = false;
      const writeStartedAt = performance.now();
      try {
        // One document per user: concurrent acknowledgements never overwrite each other.
        await docs.put(ACKS, `${postId}.${userKey(actor.id)}`, ack, { ifNoneMatch: '*' });
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError)) throw error;
        alreadyAcknowledged = true;
      }
      if (!alreadyAcknowledged) {
        // A count listed before this write cannot contain it.
        const entry = countCache.get(postId);
        if (entry && entry.at < writeStartedAt) {
          countCache.set(postId, { count: entry.count.then((n) => n + 1), at: entry.at });
        }
        refresher.touch(postId);
      }
      const view = await this.view(actor, postId);
      return { ...view, alreadyAcknowledged };
    },

    /** What this user should see on the card: their own state; the author also sees who read it. */
    async view(actor: Actor, postId: string): Promise<PostView> {
      const { value: post } = await load(postId);
      const isAuthor =
        post.author.id.toLowerCase() === actor.id.toLowerCase() && deps.publishers.find(actor) !== undefined;
      const mine = await myAcknowledgement(postId, actor);
      if (!isAuthor) {
        return {
          post,
          ackCount: await cachedAckCount(postId),
          isAuthor,
          ...(mine ? { myAcknowledgement: mine } : {}),
        };
      }
      const acks = await ackList(postId);
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
    },

    /** CSV of who acknowledged, for the author only. */
    async exportAcknowledgements(
      actor: Actor,
      postId: string,
      headers: { name: string; upn: string; time: string; version: string },
    ): Promise<{ post: KnowledgePost; csv: string; count: number }> {
      const { value: post } = await loadOwn(actor, postId);
      const acks = await ackList(postId);
      return {
        post,
        csv: acknowledgementsCsv(acks, headers, (iso) => localTime(iso, timeZone)),
        count: acks.length,
      };
    },

    /** Delivers (or resumes) a published post now; used by tests, the bench and the scheduler. */
    deliver,

    /**
     * One scheduler pass: publishes due scheduled posts (the etag-guarded state change means only
     * one instance wins and delivers) and resumes deliveries interrupted by a restart.
     */
    async runScheduledPass(): Promise<{ published: string[]; resumed: string[] }> {
      const now = clock.now();
      const published: string[] = [];
      const resumed: string[] = [];
      for (const doc of await docs.list<KnowledgePost>(POSTS)) {
        const post = doc.value;
        if (isDue(post, now)) {
          let next: KnowledgePost;
          try {
            next = await save(publishDue(post, now), doc.etag);
          } catch (error) {
            if (error instanceof UpdateRuleError) continue; // another instance or the author got there first
            throw error;
          }
          await audit('publishedOnSchedule', next);
          published.push(next.id);
          await afterPublish(next);
        } else if (post.status === 'published') {
          const records = await docs.list<DeliveryRecord>(DELIVERIES, { prefix: `${post.id}.` });
          const unfinished =
            records.length < post.audienceIds.length ||
            records.some((record) => record.value.state === 'pending' || record.value.state === 'sending');
          // Only runs that went quiet (a restart): a live run keeps touching its records.
          const lastTouch = Math.max(
            Date.parse(post.publishedAt ?? post.updatedAt),
            ...records.map((record) => Date.parse(record.value.updatedAt)),
          );
          if (unfinished && now.getTime() - lastTouch >= staleAfterMs && !active.has(post.id)) {
            resumed.push(post.id);
            await deliverAndReport(post.id);
          }
        }
      }
      return { published, resumed };
    },

    /** Pushes every published knowledge-base post to the sink (the Q&A index is in memory). */
    async syncKnowledgeBase(): Promise<number> {
      let count = 0;
      for (const doc of await docs.list<KnowledgePost>(POSTS)) {
        if (doc.value.status === 'published' && doc.value.addToKnowledgeBase) {
          syncSink(doc.value);
          count++;
        }
      }
      return count;
    },

    /** Waits for background deliveries, copy updates and pending count refreshes. */
    async whenIdle(): Promise<void> {
      while (background.size > 0) await Promise.all([...background]);
      await refresher.flush();
      while (background.size > 0) await Promise.all([...background]);
    },

    async stop(): Promise<void> {
      await refresher.stop();
      await Promise.all([...background]);
    },
  };
}

export type KnowledgeUpdatesService = ReturnType<typeof createKnowledgeUpdatesService>;
