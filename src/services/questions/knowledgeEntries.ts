import type { KnowledgeEntry } from '../../domain/questions/ticket';
import { formatDanishDate } from '../../domain/updates/time';
import type { PublishedUpdateDocument } from '../contracts';

export const KNOWLEDGE_ENTRY_PREFIX = 'answer-';

/** An answer that became knowledge, as a document the Q&A indexes and cites. */
export function knowledgeEntryDocument(entry: KnowledgeEntry): PublishedUpdateDocument {
  return {
    id: KNOWLEDGE_ENTRY_PREFIX + entry.id,
    title: `Svar fra en videnansvarlig (${entry.ownerRole}, ${formatDanishDate(entry.createdAt)})`,
    bodyMarkdown: `## ${entry.question.replace(/\s+/g, ' ').trim()}\n\n${entry.answer}`,
    authorRole: entry.ownerRole,
    publishedAt: entry.createdAt,
    tags: [],
    ...(entry.link ? { link: entry.link } : {}),
  };
}

/** Ids that sort by creation time: pending questions, tickets and knowledge entries. */
export function timeKey(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}
