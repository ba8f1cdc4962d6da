/** The need-to-know check: nothing private in any card the bot posts or updates in a shared chat. */
import type { CoordinationThread } from '../../../domain/threads/model';
import { presentReminder } from '../../../teams/cards/coordination/coordinationCards';
import { renderSharedThreadCard } from '../../../teams/cards/coordination/sharedThreadCard';
import { da } from '../../../teams/texts/da';
import { benchRoles } from '../../benchSeeding';
import { createCardTemplates } from '../../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

/**
 * Every card variant the bot posts or updates in a shared conversation, for each thread: the
 * shared card (open, and the closing announcement) and both reminder kinds. Counts the private
 * fields found in them: description, task titles, role names and the legal basis (must be 0).
 */
export function sharedCardLeaks(threads: readonly CoordinationThread[]): Record<string, number> {
  const roles = benchRoles();
  const ctx = { texts: da.coordination, roles };
  const privateWords = ['PRIVAT-BESKRIVELSE', 'PRIVAT-OPGAVE', ...roles.roles.map((r) => r.name)];
  let variants = 0;
  let leaks = 0;
  for (const thread of threads) {
    const closed = { ...thread, status: 'closed' as const, outcome: 'PRIVAT-RESULTAT' };
    const reminder = (kind: 'task' | 'meeting' | 'review') =>
      presentReminder(
        cardTemplates,
        {
          id: 'r',
          threadId: thread.id,
          kind,
          targetId: kind === 'task' ? 't1' : kind,
          targetWhen:
            kind === 'task'
              ? (thread.tasks[0]?.due ?? '2026-12-01')
              : kind === 'review'
                ? (thread.reviewDate ?? '2027-01-10')
                : '2026-12-03T14:30',
          dueAt: '',
          state: 'pending',
          attempts: 0,
        },
        thread,
        ctx,
      );
    const cards = [
      renderSharedThreadCard(cardTemplates, thread, ctx),
      renderSharedThreadCard(cardTemplates, closed, ctx, { headline: da.coordination.shared.closedHeadline }),
      reminder('task'),
      reminder('meeting'),
      reminder('review'),
      // After a review the shared card shows the new date; after a step up, the same neutral card.
      renderSharedThreadCard(
        cardTemplates,
        { ...thread, reviewDate: '2027-03-01', status: 'inProgress' },
        ctx,
      ),
      // After consent is withdrawn: the shared card the chat keeps.
      renderSharedThreadCard(
        cardTemplates,
        { ...thread, consentWithdrawnAt: '2026-12-04T10:00:00.000Z' },
        ctx,
      ),
    ];
    for (const card of cards) {
      variants++;
      const text = JSON.stringify(card);
      leaks += [
        ...privateWords,
        'PRIVAT-RESULTAT',
        da.coordination.legalBases[thread.legalBasis.kind],
      ].filter((word) => text.includes(word)).length;
    }
  }
  return { sharedVariantsChecked: variants, privateFieldsFound: leaks };
}
