import { z } from 'zod';
import type { AskerContact } from '../../../domain/questions/ticket';
import type { Language } from '../../texts';
import type { Turn } from '../../turn/turn';

const STORED_ID = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,120}$/);
export const escalateSchema = z.object({
  questionId: STORED_ID,
  askerRole: z.string().max(60).optional(),
  confirmName: z.enum(['true', 'false']).optional(),
});
export const ticketSchema = z.object({ ticketId: STORED_ID });
export const answerSchema = z.object({
  ticketId: STORED_ID,
  answer: z.string().max(20_000).optional(),
  link: z.string().max(5_000).optional(),
  addToKnowledge: z.union([z.enum(['true', 'false']), z.boolean()]).optional(),
});
export const retractSchema = z.object({ ticketId: STORED_ID, entryId: STORED_ID });

/** Card data or a turn that cannot be acted on; answered with the "invalid card" message. */
export class InvalidCardData extends Error {}

export function parseCardData<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new InvalidCardData();
  return result.data;
}

export function languageOf(turn: Turn): Language {
  return turn.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/** Where an answer can reach the asker later: their id and this 1:1 conversation. */
export function askerOf(turn: Turn): AskerContact {
  const activity = turn.activity;
  const userId = activity.from.aadObjectId ?? activity.from.id;
  if (!userId || !activity.serviceUrl || !activity.conversation.id) throw new InvalidCardData();
  const tenantId = activity.conversation.tenantId;
  return {
    userId,
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    ...(tenantId ? { tenantId } : {}),
  };
}
