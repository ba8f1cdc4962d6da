/** The psychologist's own lists (`mine sager`, `mine opgaver`) and daily digest, built from catalogue threads. */
import { selectDigests } from '../../domain/threads/digest';
import type { CoordinationThread } from '../../domain/threads/model';
import { myWorkIn } from '../../domain/threads/myWork';
import type { CardContext } from '../../teams/cards/coordination/coordinationCards';
import { renderDigestCard } from '../../teams/cards/coordination/digestCard';
import { renderMyWorkCard } from '../../teams/cards/coordination/myWorkCard';
import type { CatalogueCard } from './catalogueCard';
import { PPR } from './coordinationActors';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

/** `mine sager` and `mine opgaver` for the psychologist: a first page, and an empty list. */
export function myWorkCards(ctx: CardContext, threads: readonly CoordinationThread[]): CatalogueCard[] {
  const many = Array.from({ length: 12 }, (_, i) =>
    threads.map((thread) => ({
      ...thread,
      id: `BU-2026-${String(100 + i)}${thread.id.slice(-1)}`,
      caseRef: `BU-2026-${String(100 + i)}${thread.id.slice(-1)}`,
    })),
  ).flat();
  const work = myWorkIn(many, PPR, '2026-12-02');
  const linkOf = () => 'https://teams.microsoft.com/l/message/19%3Anord%40thread.tacv2/1700000000000';
  const card = (name: string, options: Parameters<typeof renderMyWorkCard>[3], w = work): CatalogueCard => ({
    name,
    template: 'coordination/myWorkCard.json',
    renderer: 'renderMyWorkCard',
    card: renderMyWorkCard(cardTemplates, w, ctx, options),
  });
  return [
    card('coordination-my-cases', { list: 'cases', page: 0, linkOf }),
    card('coordination-my-tasks-page-2', { list: 'tasks', page: 1, linkOf }),
    card('coordination-my-cases-empty', { list: 'cases', page: 0, linkOf }, { threads: [], tasks: [] }),
  ];
}

/** The daily digest of one participant: overdue tasks first, then those due soon, each linked. */
export function digestCards(ctx: CardContext, threads: readonly CoordinationThread[]): CatalogueCard[] {
  const located = threads.map((thread, i) => ({
    ...thread,
    location: thread.location ?? {
      kind: 'chat' as const,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversationId: `19:chat${i}@thread.v2`,
      activityId: `17000000000${i}`,
    },
  }));
  const { digests } = selectDigests(located, '2026-12-10', 6);
  const linkOf = () => 'https://teams.microsoft.com/l/message/19%3Achat0%40thread.v2/170000000000';
  return digests.slice(0, 1).map((digest) => ({
    name: 'coordination-daily-digest',
    template: 'coordination/digestCard.json',
    renderer: 'renderDigestCard',
    card: renderDigestCard(cardTemplates, digest, ctx, linkOf),
  }));
}
