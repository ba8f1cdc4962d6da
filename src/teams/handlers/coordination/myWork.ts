import { z } from 'zod';
import type { Logger } from '../../../ports/logger';
import type { AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import { renderMyWorkCard, type MyWorkList } from '../../cards/coordination/myWorkCard';
import { threadLinkOf } from '../../cards/coordination/threadLink';
import { cardMessage, type Turn } from '../../turn/turn';
import { actorOf, InvalidCardData, isPersonal, type CoordinationEnv, type Ui } from './env';

/** `mine sager` / `mine opgaver` and their pages: a person's own list, only in their 1:1 chat. */
export function createMyWork(env: CoordinationEnv) {
  const { deps, uiOf } = env;
  const threadLink = (location: Parameters<typeof threadLinkOf>[0]) => threadLinkOf(location, deps.channels);

  /** `mine sager` / `mine opgaver`: the person's own list, only ever in their 1:1 chat. */
  async function myWorkCard(ui: Ui, turn: Turn, list: MyWorkList, page: number) {
    const actor = actorOf(turn);
    if (!actor) throw new InvalidCardData();
    const work = await deps.service.myWork(actor);
    return renderMyWorkCard(env.cardTemplates, work, ui.cardContext, { list, page, linkOf: threadLink });
  }

  async function onMyWork(ui: Ui, turn: Turn, list: MyWorkList, logger: Logger): Promise<void> {
    if (!isPersonal(turn)) {
      logger.info('my work refused', { reason: 'notPersonal' });
      await turn.send(ui.t.myWork.personalOnly);
      return;
    }
    await turn.send(cardMessage(await myWorkCard(ui, turn, list, 0)));
    logger.info('my work sent', { list });
  }

  const pageSchema = z.object({
    list: z.enum(['cases', 'tasks']),
    page: z.number().int().min(0).max(10_000),
  });

  async function onMyWorkPage(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const ui = uiOf(turn);
    if (!isPersonal(turn)) return ui.t.myWork.personalOnly;
    const parsed = pageSchema.safeParse(raw);
    if (!parsed.success) throw new InvalidCardData();
    return myWorkCard(ui, turn, parsed.data.list, parsed.data.page);
  }

  return { onMyWork, onMyWorkPage };
}

export type MyWork = ReturnType<typeof createMyWork>;
