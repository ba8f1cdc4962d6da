import { containsCpr } from '../privacy/cpr';
import type { AudienceDirectory } from './audiences';
import { UpdateRuleError } from './errors';
import type { Publisher } from './publishers';
import { isThemeTag, type ThemeTagId } from './themes';

/**
 * A knowledge-sharing update (videndeling) and its life cycle:
 *
 *   draft --publish(sendAt in future)--> scheduled --due--> published --retract--> retracted
 *   draft --publish(now)---------------------------------> published
 *   scheduled --save as draft--> draft;   scheduled --retract--> retracted (never sent)
 *
 * Every change increments `version`; a change must name the version it was based on, so an old
 * card can never overwrite a newer edit (STALE_VERSION). Audience is fixed once published: the
 * copies already in channels are what edit and retract act on.
 */
export type PostStatus = 'draft' | 'scheduled' | 'published' | 'retracted';

/**
 * Teams refuses an activity larger than about 28 KB (HTTP 413). The post card carries the body
 * once; title, tags, facts, actions, the refresh block and the author's acknowledgement summary
 * take at most about 8 KB. The body is therefore limited to 16 KB measured the way it travels:
 * UTF-8 bytes of its JSON string form (æ, ø, å count 2 bytes; quotes and line breaks 2).
 */
export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_TITLE_CHARS = 150;
export const MAX_LINK_CHARS = 1000;
export const MAX_AUDIENCES = 500;
/** A send time may lie at most this far back (the form's minute precision and slow clicks). */
export const SEND_TIME_GRACE_MS = 2 * 60 * 1000;
export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

export interface PostAuthor {
  /** Entra object id when known, otherwise the Teams user id. */
  readonly id: string;
  /** Teams user id (29:...), used for the card's refresh block so the author's view auto-refreshes. */
  readonly teamsUserId?: string;
  readonly role: Publisher['role'];
  readonly roleLabel: string;
  readonly unit: string;
  /** The author's 1:1 chat with the bot: where the delivery report goes. */
  readonly notify?: {
    readonly serviceUrl: string;
    readonly conversationId: string;
    readonly tenantId?: string;
  };
}

export interface PostContent {
  readonly title: string;
  readonly bodyMarkdown: string;
  readonly tags: readonly ThemeTagId[];
  readonly audienceIds: readonly string[];
  readonly link?: string;
  readonly addToKnowledgeBase: boolean;
  /** ISO 8601; absent = publish when the author clicks publish. */
  readonly sendAt?: string;
}

export interface KnowledgePost extends PostContent {
  readonly id: string;
  readonly version: number;
  readonly status: PostStatus;
  readonly author: PostAuthor;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly publishedAt?: string;
  /** Set when a published post was edited (the card says "Redigeret"). */
  readonly editedAt?: string;
  readonly retractedAt?: string;
}

/** Raw form input, as a card submits it. */
export interface PostContentInput {
  readonly title?: unknown;
  readonly bodyMarkdown?: unknown;
  readonly tags?: unknown;
  readonly audienceIds?: unknown;
  readonly link?: unknown;
  readonly addToKnowledgeBase?: unknown;
  readonly sendAt?: unknown;
}

export function utf8JsonBytes(text: string): number {
  let bytes = 2;
  for (const char of JSON.stringify(text).slice(1, -1)) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes - 2;
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A card's multi-select submits "a,b,c"; an API caller may send an array. */
export function asIdList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const ids = parts.filter((part): part is string => typeof part === 'string').map((part) => part.trim());
  return [...new Set(ids.filter((id) => id !== ''))];
}

function asBoolean(value: unknown): boolean {
  return value === true || value === 'true';
}

/**
 * Checks and normalises post content. Throws UpdateRuleError for the first problem. `now` is used
 * for the send time; pass `checkSendTime: false` when the send time is irrelevant (published edit).
 */
export function validatePostContent(
  input: PostContentInput,
  context: { readonly audiences: AudienceDirectory; readonly now: Date; readonly checkSendTime?: boolean },
): PostContent {
  const title = asString(input.title).replace(/\s+/g, ' ').trim();
  if (title === '') throw new UpdateRuleError('EMPTY_TITLE');
  if ([...title].length > MAX_TITLE_CHARS)
    throw new UpdateRuleError('TITLE_TOO_LONG', { max: MAX_TITLE_CHARS });

  const bodyMarkdown = asString(input.bodyMarkdown).replace(/\r\n?/g, '\n').trim();
  if (bodyMarkdown === '') throw new UpdateRuleError('EMPTY_BODY');
  const bodyBytes = utf8JsonBytes(bodyMarkdown);
  if (bodyBytes > MAX_BODY_BYTES) {
    throw new UpdateRuleError('BODY_TOO_LARGE', { bytes: bodyBytes, max: MAX_BODY_BYTES });
  }
  if (containsCpr(title) || containsCpr(bodyMarkdown)) throw new UpdateRuleError('CPR_IN_CONTENT');

  const tags = asIdList(input.tags);
  const unknownTag = tags.find((tag) => !isThemeTag(tag));
  if (unknownTag !== undefined) throw new UpdateRuleError('UNKNOWN_TAG');

  const audienceIds = asIdList(input.audienceIds);
  if (audienceIds.length === 0) throw new UpdateRuleError('NO_AUDIENCE');
  if (audienceIds.length > MAX_AUDIENCES) throw new UpdateRuleError('UNKNOWN_AUDIENCE');
  const unknownAudience = audienceIds.find((id) => context.audiences.get(id) === undefined);
  if (unknownAudience !== undefined) throw new UpdateRuleError('UNKNOWN_AUDIENCE', { count: 1 });

  const linkText = asString(input.link).trim();
  let link: string | undefined;
  if (linkText !== '') {
    if (linkText.length > MAX_LINK_CHARS) throw new UpdateRuleError('INVALID_LINK');
    let url: URL;
    try {
      url = new URL(linkText);
    } catch {
      throw new UpdateRuleError('INVALID_LINK');
    }
    // Links are https only, as the message asks: no http, javascript:, data: or mailto: targets.
    if (url.protocol !== 'https:') throw new UpdateRuleError('INVALID_LINK');
    link = url.toString();
  }

  const sendAt = parseSendTime(input.sendAt);
  if (sendAt !== undefined && context.checkSendTime !== false) checkSendTime(sendAt, context.now);

  return {
    title,
    bodyMarkdown,
    tags: tags as ThemeTagId[],
    audienceIds,
    ...(link !== undefined ? { link } : {}),
    addToKnowledgeBase: asBoolean(input.addToKnowledgeBase),
    ...(sendAt !== undefined ? { sendAt } : {}),
  };
}

/** Accepts an ISO 8601 timestamp with a zone; '' or absent means "no send time". */
export function parseSendTime(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw new UpdateRuleError('INVALID_SEND_TIME');
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UpdateRuleError('INVALID_SEND_TIME');
  return new Date(time).toISOString();
}

export function checkSendTime(sendAt: string, now: Date): void {
  const time = Date.parse(sendAt);
  if (time < now.getTime() - SEND_TIME_GRACE_MS) throw new UpdateRuleError('SEND_TIME_IN_PAST');
  if (time > now.getTime() + MAX_SCHEDULE_AHEAD_MS) throw new UpdateRuleError('SEND_TIME_TOO_FAR');
}

function expectVersion(post: KnowledgePost, expectedVersion: number): void {
  if (post.version !== expectedVersion) {
    throw new UpdateRuleError('STALE_VERSION', { expected: expectedVersion, actual: post.version });
  }
}

export function createDraft(id: string, author: PostAuthor, content: PostContent, now: Date): KnowledgePost {
  const at = now.toISOString();
  return { id, version: 1, status: 'draft', author, ...content, createdAt: at, updatedAt: at };
}

/** Saving a draft (or a scheduled post, which then becomes a draft again until published). */
export function reviseDraft(
  post: KnowledgePost,
  expectedVersion: number,
  content: PostContent,
  now: Date,
): KnowledgePost {
  if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
  if (post.status === 'published') throw new UpdateRuleError('INVALID_TRANSITION');
  expectVersion(post, expectedVersion);
  return {
    ...withoutOptional(post),
    ...content,
    status: 'draft',
    version: post.version + 1,
    updatedAt: now.toISOString(),
  };
}

/** Publish now, or schedule when the post has a send time in the future. */
export function publishOrSchedule(post: KnowledgePost, expectedVersion: number, now: Date): KnowledgePost {
  if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
  if (post.status === 'published') throw new UpdateRuleError('INVALID_TRANSITION');
  expectVersion(post, expectedVersion);
  const at = now.toISOString();
  if (post.sendAt !== undefined) {
    checkSendTime(post.sendAt, now);
    if (Date.parse(post.sendAt) > now.getTime()) {
      return { ...post, status: 'scheduled', version: post.version + 1, updatedAt: at };
    }
  }
  return { ...post, status: 'published', version: post.version + 1, updatedAt: at, publishedAt: at };
}

export function isDue(post: KnowledgePost, now: Date): boolean {
  return post.status === 'scheduled' && post.sendAt !== undefined && Date.parse(post.sendAt) <= now.getTime();
}

/** Used by the scheduler: a due scheduled post becomes published. */
export function publishDue(post: KnowledgePost, now: Date): KnowledgePost {
  if (!isDue(post, now)) throw new UpdateRuleError('INVALID_TRANSITION');
  const at = now.toISOString();
  return { ...post, status: 'published', version: post.version + 1, updatedAt: at, publishedAt: at };
}

/** Edit of a published post: title, body, tags, link and the knowledge-base flag; audience stays. */
export function editPublished(
  post: KnowledgePost,
  expectedVersion: number,
  content: PostContent,
  now: Date,
): KnowledgePost {
  if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
  if (post.status !== 'published') throw new UpdateRuleError('INVALID_TRANSITION');
  expectVersion(post, expectedVersion);
  const at = now.toISOString();
  const { link: _link, ...rest } = post;
  return {
    ...rest,
    title: content.title,
    bodyMarkdown: content.bodyMarkdown,
    tags: content.tags,
    ...(content.link !== undefined ? { link: content.link } : {}),
    addToKnowledgeBase: content.addToKnowledgeBase,
    version: post.version + 1,
    updatedAt: at,
    editedAt: at,
  };
}

export function retract(post: KnowledgePost, expectedVersion: number, now: Date): KnowledgePost {
  if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
  if (post.status === 'draft') throw new UpdateRuleError('INVALID_TRANSITION');
  expectVersion(post, expectedVersion);
  const at = now.toISOString();
  return { ...post, status: 'retracted', version: post.version + 1, updatedAt: at, retractedAt: at };
}

export function canDelete(post: KnowledgePost): void {
  if (post.status !== 'draft') throw new UpdateRuleError('INVALID_TRANSITION');
}

export function assertAcknowledgeable(post: KnowledgePost): void {
  if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
  if (post.status !== 'published') throw new UpdateRuleError('NOT_PUBLISHED');
}

export function assertAuthor(post: KnowledgePost, authorId: string): void {
  if (post.author.id.toLowerCase() !== authorId.toLowerCase()) throw new UpdateRuleError('NOT_AUTHOR');
}

function withoutOptional(post: KnowledgePost): Omit<KnowledgePost, 'link' | 'sendAt'> {
  const { link: _link, sendAt: _sendAt, ...rest } = post;
  return rest;
}
