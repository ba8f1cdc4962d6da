import { isoWeekOf } from '../../domain/overview/counts';
import type { KnowledgeGapSource } from '../../ports/knowledgeGaps';
import type { QuestionStore } from '../../ports/questionStore';

/**
 * The Overblik tab's knowledge gaps, read from the knowledge loop's store: unanswered questions
 * counted per ISO week, and the tickets still waiting for an answer. A ticket is shown by its
 * reference (SP-...) and state, never by the asker's words.
 */
export function knowledgeGapsFromQuestions(store: QuestionStore): KnowledgeGapSource {
  return {
    async unansweredPerWeek(weeks) {
      const counts = new Map<string, number>(weeks.map((week) => [week, 0]));
      for (const question of await store.listPending()) {
        if (question.disliked) continue;
        const week = isoWeekOf(new Date(question.askedAt));
        if (counts.has(week)) counts.set(week, (counts.get(week) ?? 0) + 1);
      }
      return weeks.map((week) => ({ week, count: counts.get(week) ?? 0 }));
    },
    async openTickets() {
      const tickets = await store.listTickets();
      return tickets
        .filter((t) => t.status === 'new' || t.status === 'assigned')
        .map((t) => ({ id: t.id, topic: `${t.reference} (${t.status})`, openedAt: t.createdAt }));
    },
  };
}
