import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../../../ports/logger';
import type { AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import { renderMyWorkCard, type MyWorkList } from '../../cards/coordination/myWorkCard';
import { threadLinkOf } from '../../cards/coordination/threadLink';
import { actorOf, cardActivity, InvalidCardData, isPersonal, type CoordinationEnv, type Ui } from './env';

/** `mine sager` / `mine opgaver` and their pages: a person's own list, only in their 1:1 chat. */
export function createMyWork(env: CoordinationEnv) {
  const { deps, uiOf } = env;
  const threadLink = (location: Parameters<typeof threadLinkOf>[0]) => threadLinkOf(location, deps.channels);

  /** `mine sager` / `mine opgaver`: the person's own list, only ever in their 1:1 chat. */
  async function myWorkCard(ui: Ui, context: TurnContext, list: MyWorkList, page: number) {
    const actor = actorOf(context);
    if (!actor) throw new InvalidCardData();
    const work = await deps.service.myWork(actor);
    return renderMyWorkCard(work, ui.cardContext, { list, page, linkOf: threadLink });
  }

  async function onMyWork(ui: Ui, context: TurnContext, list: MyWorkList, logger: Logger): Promise<void> {
    if (!isPersonal(context)) {
      logger.info('my work refused', { reason: 'notPersonal' });
      await context.sendActivity(ui.t.myWork.personalOnly);
      return;
    }
    await context.sendActivity(cardActivity(await myWorkCard(ui, context, list, 0)));
    logger.info('my work sent', { list });
  }

  const pageSchema = z.object({
    list: z.enum(['cases', 'tasks']),
    page: z.number().int().min(0).max(10_000),
  });

  async function onMyWorkPage(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const ui = uiOf(context);
    if (!isPersonal(context)) return ui.t.myWork.personalOnly;
    const parsed = pageSchema.safeParse(raw);
    if (!parsed.success) throw new InvalidCardData();
    return myWorkCard(ui, context, parsed.data.list, parsed.data.page);
  }

  return { onMyWork, onMyWorkPage };
}
