import type { CardTemplates } from '../shared/cardTemplates';
import type { CoordinationThread } from '../../../domain/threads/model';
import { formatDateIn, formatDateTimeIn } from '../../../domain/threads/time';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { markdownInline, markdownParagraphs } from '../shared/markdown';
import { participantLabel, type CardContext } from './coordinationCards';
import journalTemplate from './journalCard.json';

/**
 * The thread's record for the case file, as Markdown: legal basis, participants by role, the
 * timeline, decisions, tasks and the outcome. For the lead or an administrator only, in 1:1.
 */
export function journalMarkdown(thread: CoordinationThread, ctx: CardContext, exportedAt: Date): string {
  const t = ctx.texts;
  const j = t.journal;
  const who = (id: string) => {
    const p = thread.participants.find((x) => x.aadObjectId === id);
    return p ? participantLabel(p, thread, ctx) : t.card.someone;
  };
  const list = (items: string[]) => (items.length > 0 ? items.map((i) => `- ${i}`).join('\n') : j.none);
  const legal = thread.legalBasis;
  const legalLines = [
    t.legalBases[legal.kind],
    ...(legal.kind === 'consent'
      ? [t.card.consent(markdownInline(legal.scope), markdownInline(legal.recipients))]
      : []),
    ...(thread.legalBasisRecordedAt
      ? [t.card.legalBasisSince(formatDateTimeIn(ctx.language ?? 'da', thread.legalBasisRecordedAt))]
      : []),
    ...(thread.consentWithdrawnAt
      ? [j.consentWithdrawn(formatDateTimeIn(ctx.language ?? 'da', thread.consentWithdrawnAt))]
      : []),
  ];
  return [
    `# ${j.heading(thread.caseRef)}`,
    '',
    `${t.card.pathway}: ${t.pathways[thread.pathway]} · ${t.card.ageOrGrade}: ${markdownInline(thread.ageOrGrade)} · ${t.card.status}: ${t.statuses[thread.status]}`,
    '',
    j.exported(formatDateTimeIn(ctx.language ?? 'da', exportedAt)),
    '',
    `## ${j.legalBasis}`,
    legalLines.join(' '),
    '',
    `## ${t.card.summary}`,
    markdownParagraphs(thread.summary),
    '',
    `## ${j.participants}`,
    list(
      thread.participants.map((p) => `${participantLabel(p, thread, ctx)} · ${t.participantStates[p.state]}`),
    ),
    '',
    `## ${j.timeline}`,
    list(
      thread.timeline.map(
        (e) => `${formatDateTimeIn(ctx.language ?? 'da', e.at)}: ${who(e.by)} ${t.events[e.action]}`,
      ),
    ),
    '',
    `## ${j.decisions}`,
    list(
      thread.decisions.map(
        (d) => `${formatDateTimeIn(ctx.language ?? 'da', d.at)}, ${who(d.by)}: ${markdownInline(d.text)}`,
      ),
    ),
    '',
    `## ${j.tasks}`,
    list(
      thread.tasks.map(
        (task) =>
          `${markdownInline(task.title)} · ${t.card.taskOwner}: ${task.ownerId ? who(task.ownerId) : t.card.someone}` +
          `${task.due ? ` · ${t.card.taskDue}: ${formatDateIn(ctx.language ?? 'da', task.due)}` : ''} · ${task.done ? t.card.taskDone : t.card.taskOpen}`,
      ),
    ),
    '',
    `## ${j.outcome}`,
    thread.outcome ? markdownParagraphs(thread.outcome) : j.pending,
    '',
  ].join('\n');
}

/** The Markdown in a multi-line text field of a card, where it can be selected and copied as it is. */
export function renderJournalCard(
  cardTemplates: CardTemplates,
  thread: CoordinationThread,
  ctx: CardContext,
  markdown: string,
): AdaptiveCardJson {
  return cardTemplates.expand(journalTemplate, {
    title: ctx.texts.journal.cardTitle(thread.caseRef),
    intro: ctx.texts.journal.cardIntro,
    label: ctx.texts.journal.markdownLabel,
    markdown: templateSafe(markdown),
  });
}
