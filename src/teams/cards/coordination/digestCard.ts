import type { CardTemplates } from '../shared/cardTemplates';
import type { DigestTask, UserDigest } from '../../../domain/threads/digest';
import { formatDateIn } from '../../../domain/threads/time';
import type { OutboundMessage } from '../../../ports/outboundMessenger';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import type { CardContext } from './coordinationCards';
import digestTemplate from './digestCard.json';

/** Rows shown in one digest; the rest are one tap away in `mine opgaver`. */
export const DIGEST_ROWS = 15;

/**
 * The daily digest in a person's 1:1 chat: their overdue tasks first, then those due soon, each with
 * a link to its thread's message. Only ever sent to the task owner, who is a participant.
 */
export function renderDigestCard(
  cardTemplates: CardTemplates,
  digest: UserDigest,
  ctx: CardContext,
  linkOf: (task: DigestTask) => string,
): AdaptiveCardJson {
  const t = ctx.texts;
  const d = t.digest;
  let room = DIGEST_ROWS;
  const rowsOf = (tasks: readonly DigestTask[]) => {
    const shown = tasks.slice(0, Math.max(0, room));
    room -= shown.length;
    return shown.map((task) => ({
      title: templateSafe(task.title),
      meta: `${task.caseRef} · ${t.card.taskDue}: ${formatDateIn(ctx.language ?? 'da', task.due)}`,
      link: linkOf(task),
    }));
  };
  const sections = [
    { heading: d.overdue(digest.overdue.length), color: 'Attention', rows: rowsOf(digest.overdue) },
    { heading: d.dueSoon(digest.dueSoon.length), color: 'Default', rows: rowsOf(digest.dueSoon) },
  ].filter((section) => section.rows.length > 0);
  const total = digest.overdue.length + digest.dueSoon.length;
  return cardTemplates.expand(digestTemplate, {
    title: d.title,
    intro: d.intro,
    sections,
    moreNote: total > DIGEST_ROWS ? d.more(total - DIGEST_ROWS) : '',
    openThread: t.myWork.openThread,
    showTasks: t.myWork.showTasks,
  });
}

export function presentDigest(
  cardTemplates: CardTemplates,
  digest: UserDigest,
  ctx: CardContext,
  linkOf: (task: DigestTask) => string,
): OutboundMessage {
  return { card: renderDigestCard(cardTemplates, digest, ctx, linkOf) };
}
