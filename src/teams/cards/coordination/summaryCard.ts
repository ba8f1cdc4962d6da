import type { CardTemplates } from '../shared/cardTemplates';
import { type AdaptiveCardJson } from '../shared/expandTemplate';
import { markdownInline, markdownParagraphs } from '../shared/markdown';
import type { CoordinationThread } from '../../../domain/threads/model';
import { danishDateOf, formatDateTimeIn } from '../../../domain/threads/time';
import { taskRow, whoLabel, type CardContext } from './cardContext';
import summaryTemplate from './summaryCard.json';

export interface SummaryCardOptions {
  /** A line under the title (the closed thread's view note). */
  readonly note?: string;
  /** Participants who keep getting this record as their own view of the shared card. */
  readonly refreshUserIds?: readonly string[];
}

/** The record of a closed thread: a participant's own view only, never posted to the shared chat. */
export function renderSummaryCard(
  cardTemplates: CardTemplates,
  thread: CoordinationThread,
  ctx: CardContext,
  options: SummaryCardOptions = {},
): AdaptiveCardJson {
  const t = ctx.texts;
  return cardTemplates.expand(summaryTemplate, {
    threadId: thread.id,
    refreshUserIds: options.refreshUserIds ?? [],
    refreshLabel: t.shared.open,
    note: options.note ?? '',
    title: t.summary.title(thread.caseRef),
    facts: [
      { title: t.card.pathway, value: t.pathways[thread.pathway] },
      { title: t.card.ageOrGrade, value: markdownInline(thread.ageOrGrade) },
      { title: t.card.legalBasis, value: t.legalBases[thread.legalBasis.kind] },
    ],
    outcomeLabel: t.summary.outcome,
    outcome: markdownParagraphs(thread.outcome) || '-',
    decisionsLabel: t.summary.decisions,
    noDecisions: t.card.noDecisions,
    decisions: thread.decisions.map((d) => ({ text: markdownInline(d.text) })),
    openTasksLabel: t.summary.openTasks,
    noOpenTasks: t.summary.noOpenTasks,
    openTasks: thread.tasks
      .filter((task) => !task.done)
      .map((task) => taskRow(task, thread, ctx, false, danishDateOf(new Date()))),
    timelineLabel: t.summary.timeline,
    timeline: thread.timeline.map((e) => ({
      when: formatDateTimeIn(ctx.language ?? 'da', e.at),
      what: `${whoLabel(e.by, thread, ctx)} ${t.events[e.action]}`,
    })),
  });
}
