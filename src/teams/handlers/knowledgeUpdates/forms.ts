import { z } from 'zod';
import { containsCpr } from '../../../domain/privacy/cpr';
import {
  localToIso,
  UpdateRuleError,
  utf8JsonBytes,
  type PostContentInput,
  type UpdateErrorCode,
} from '../../../domain/updates';
import type { ComposeValues } from '../../cards/updates/updatesCards';

/** Card data that is not what our cards send (old cards, tampered data). */
export class InvalidCardData extends Error {}

const POST_ID = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/);
const VERSION = z.coerce.number().int().min(0).max(1_000_000);
export const refSchema = z.object({ postId: POST_ID });
export const versionedRefSchema = z.object({ postId: POST_ID, version: VERSION });
export const maybeNewRefSchema = z.object({
  postId: z.union([z.literal(''), POST_ID]).optional(),
  version: VERSION.optional(),
});
export const exportSchema = z.object({
  postId: POST_ID,
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
export const formSchema = z.object({
  title: z.string().max(2_000).optional(),
  bodyMarkdown: z.string().max(200_000).optional(),
  tags: z.string().max(2_000).optional(),
  audienceIds: z.string().max(50_000).optional(),
  link: z.string().max(5_000).optional(),
  addToKnowledgeBase: z.string().max(10).optional(),
  sendDate: z.string().max(20).optional(),
  sendTime: z.string().max(20).optional(),
});

/** Codes that concern what the author typed: the form comes back with the message and their input. */
export const FORM_ERRORS = new Set<UpdateErrorCode>([
  'EMPTY_TITLE',
  'TITLE_TOO_LONG',
  'EMPTY_BODY',
  'BODY_TOO_LARGE',
  'CPR_IN_CONTENT',
  'UNKNOWN_TAG',
  'NO_AUDIENCE',
  'UNKNOWN_AUDIENCE',
  'INVALID_LINK',
  'INVALID_SEND_TIME',
  'SEND_TIME_IN_PAST',
  'SEND_TIME_TOO_FAR',
]);

/** The most of an oversize body the returned form carries (the rest of the form is ~4 KB). */
const ECHO_BODY_BYTES = 20 * 1024;

function clipToBytes(text: string, maxBytes: number): string {
  if (utf8JsonBytes(text) <= maxBytes) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8JsonBytes(text.slice(0, mid)) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low);
}

export function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new InvalidCardData();
  return result.data;
}

export function hasForm(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'title' in data;
}

export function formValues(data: unknown): ComposeValues {
  return parse(formSchema, data);
}

/**
 * Form values to echo back: minus any field that holds a CPR number (never echoed), and an
 * oversize body clipped so the returned form itself still fits in a Teams message.
 */
export function withoutCpr(values: ComposeValues): ComposeValues {
  const clean: ComposeValues = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string' && containsCpr(value) ? '' : value,
    ]),
  );
  return { ...clean, bodyMarkdown: clipToBytes(clean.bodyMarkdown ?? '', ECHO_BODY_BYTES) };
}

/** The form's fields as the service takes them; a send date needs a time and the other way round. */
export function contentOf(values: ComposeValues): PostContentInput {
  const date = values.sendDate?.trim() ?? '';
  const time = values.sendTime?.trim() ?? '';
  let sendAt: string | undefined;
  if (date !== '' || time !== '') {
    sendAt = date && time ? localToIso(date, time) : undefined;
    if (!sendAt) throw new UpdateRuleError('INVALID_SEND_TIME');
  }
  return {
    title: values.title,
    bodyMarkdown: values.bodyMarkdown,
    tags: values.tags,
    audienceIds: values.audienceIds,
    link: values.link,
    addToKnowledgeBase: values.addToKnowledgeBase,
    sendAt,
  };
}
