import { createHash } from 'node:crypto';
import {
  assertAuthor,
  themeLabel,
  UpdateRuleError,
  type KnowledgePost,
  type Publisher,
} from '../../domain/updates';
import { ConcurrencyConflictError, type StoredDocument } from '../../ports/storage';
import type { PublishedUpdateDocument } from '../contracts';
import { POSTS } from './records';
import type { UpdatesActor, KnowledgeUpdatesDeps } from './updateTypes';

/** What every part of the updates service shares: loading and saving posts, the audit, the sink. */
export interface PostStore {
  requirePublisher(actor: UpdatesActor): Publisher;
  load(postId: string): Promise<StoredDocument<KnowledgePost>>;
  /** The caller's own post: refused unless the caller is a publisher and its author. */
  loadOwn(actor: UpdatesActor, postId: string): Promise<StoredDocument<KnowledgePost>>;
  /** Saves guarded by the etag; a concurrent change becomes STALE_VERSION. */
  save(post: KnowledgePost, etag: string): Promise<KnowledgePost>;
  audit(event: string, post: KnowledgePost, actorId?: string): Promise<void>;
  /** Keeps the Q&A index in step: published knowledge-base posts in, everything else out. */
  syncSink(post: KnowledgePost): void;
  /** Runs work in the background; a failure is logged, and `whenIdle` waits for it. */
  track<T>(promise: Promise<T>): Promise<T>;
  whenBackgroundIdle(): Promise<void>;
}

/** The key of a user's acknowledgement and audit entries: a hash, never the id itself. */
export function userKey(userId: string): string {
  return createHash('sha256').update(userId.toLowerCase()).digest('hex').slice(0, 32);
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

export function createPostStore(deps: KnowledgeUpdatesDeps): PostStore {
  const { storage, clock, logger } = deps;
  const docs = storage.documents;
  const background = new Set<Promise<unknown>>();

  function requirePublisher(actor: UpdatesActor): Publisher {
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

  return {
    requirePublisher,
    load,
    async loadOwn(actor, postId) {
      requirePublisher(actor);
      const doc = await load(postId);
      assertAuthor(doc.value, actor.id);
      return doc;
    },
    async save(post, etag) {
      try {
        await docs.put(POSTS, post.id, post, { ifMatch: etag });
        return post;
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) throw new UpdateRuleError('STALE_VERSION');
        throw error;
      }
    },
    async audit(event, post, actorId) {
      await storage.auditLog.append('updates-audit', {
        at: clock.now().toISOString(),
        event,
        postId: post.id,
        version: post.version,
        ...(actorId ? { actor: userKey(actorId) } : {}),
      });
    },
    syncSink(post) {
      const sink = deps.knowledgeSink;
      if (!sink) return;
      try {
        if (post.status === 'published' && post.addToKnowledgeBase) sink.upsertUpdate(toDocument(post));
        else sink.removeUpdate(post.id);
      } catch (error) {
        logger.warn('update knowledge sink failed', { postId: post.id, error: (error as Error)?.name });
      }
    },
    track(promise) {
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
    },
    async whenBackgroundIdle() {
      while (background.size > 0) await Promise.all([...background]);
    },
  };
}
