import type { AdaptiveCardJson } from './expandTemplate';

/** Two buttons fit side by side on a phone (Teams shows cards about 360 px wide there). */
export const PRIMARY_ACTIONS = 2;

/**
 * Teams shows a card's actions in one row and cuts off what does not fit. The first `primary`
 * actions (templates list them most important first) stay buttons; the others get
 * `mode: "secondary"`, which Teams shows in the card's "..." overflow menu.
 */
export function withOverflowMenu(card: AdaptiveCardJson, primary = PRIMARY_ACTIONS): AdaptiveCardJson {
  const actions = card.actions as Record<string, unknown>[] | undefined;
  if (!actions || actions.length <= primary) return card;
  return {
    ...card,
    actions: actions.map((action, i) => (i < primary ? action : { ...action, mode: 'secondary' })),
  };
}
