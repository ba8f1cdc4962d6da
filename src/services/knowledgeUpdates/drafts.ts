import {
  canDelete,
  createDraft,
  reviseDraft,
  UpdateRuleError,
  validatePostContent,
  type KnowledgePost,
  type PostContentInput,
} from '../../domain/updates';
import { ConcurrencyConflictError } from '../../ports/storage';
import type { PostStore } from './postStore';
import { POSTS } from './records';
import type { UpdatesActor, KnowledgeUpdatesDeps } from './updateTypes';

/** A publisher's drafts: written, revised and deleted before anything reaches a channel. */
export interface Drafts {
  createDraft(actor: UpdatesActor, input: PostContentInput): Promise<KnowledgePost>;
  saveDraft(
    actor: UpdatesActor,
    postId: string,
    expectedVersion: number,
    input: PostContentInput,
  ): Promise<KnowledgePost>;
  deleteDraft(actor: UpdatesActor, postId: string, expectedVersion: number): Promise<void>;
  getOwn(actor: UpdatesActor, postId: string): Promise<KnowledgePost>;
  /** The caller's posts, newest first (drafts, scheduled, published, retracted). */
  listMine(actor: UpdatesActor): Promise<KnowledgePost[]>;
}

const MAX_MY_POSTS = 20;

export function createDrafts(deps: KnowledgeUpdatesDeps, posts: PostStore, newId: () => string): Drafts {
  const { clock } = deps;
  const docs = deps.storage.documents;
  const validate = (input: PostContentInput) =>
    validatePostContent(input, { audiences: deps.audiences, now: clock.now() });
  return {
    async createDraft(actor, input) {
      const publisher = posts.requirePublisher(actor);
      const content = validate(input);
      const author = {
        id: actor.id,
        ...(actor.teamsUserId ? { teamsUserId: actor.teamsUserId } : {}),
        role: publisher.role,
        roleLabel: publisher.roleLabel,
        unit: publisher.unit,
        ...(actor.replyAddress ? { notify: actor.replyAddress } : {}),
      };
      const post = createDraft(newId(), author, content, clock.now());
      await docs.put(POSTS, post.id, post, { ifNoneMatch: '*' });
      await posts.audit('draftCreated', post, actor.id);
      return post;
    },
    async saveDraft(actor, postId, expectedVersion, input) {
      const doc = await posts.loadOwn(actor, postId);
      const content = validate(input);
      const post = await posts.save(reviseDraft(doc.value, expectedVersion, content, clock.now()), doc.etag);
      await posts.audit('draftSaved', post, actor.id);
      return post;
    },
    async deleteDraft(actor, postId, expectedVersion) {
      const doc = await posts.loadOwn(actor, postId);
      canDelete(doc.value);
      if (doc.value.version !== expectedVersion) throw new UpdateRuleError('STALE_VERSION');
      try {
        await docs.delete(POSTS, postId, { ifMatch: doc.etag });
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) throw new UpdateRuleError('STALE_VERSION');
        throw error;
      }
      await posts.audit('draftDeleted', doc.value, actor.id);
    },
    getOwn: async (actor, postId) => (await posts.loadOwn(actor, postId)).value,
    async listMine(actor) {
      posts.requirePublisher(actor);
      const all = await docs.list<KnowledgePost>(POSTS);
      return all
        .map((doc) => doc.value)
        .filter((post) => post.author.id.toLowerCase() === actor.id.toLowerCase())
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
        .slice(0, MAX_MY_POSTS);
    },
  };
}
