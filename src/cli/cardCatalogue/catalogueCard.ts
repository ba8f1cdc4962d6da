/** What every part of the card catalogue produces, and the fixed moment and files they share. */
import { join, resolve } from 'node:path';

export interface CatalogueCard {
  /** File-name friendly, unique: `<capability>-<card>-<variant>`. */
  readonly name: string;
  /** The template file the card comes from (src/teams/cards/<capability>/<file>.json). */
  readonly template: string;
  /** The render function that produced it. */
  readonly renderer: string;
  readonly card: Record<string, unknown>;
}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const CONFIG_DIR = join(REPO_ROOT, 'config');

/** Every fictitious date in the catalogue is relative to this moment, so the cards never change. */
export const CATALOGUE_NOW = new Date('2026-11-24T09:15:00Z');

/** The card as it looks after every "show more" (Action.ToggleVisibility) has been tapped. */
export function expanded(entry: CatalogueCard): CatalogueCard {
  const show = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(show);
    if (!node || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, show(v)]));
    if (copy.isVisible === false) delete copy.isVisible;
    return copy;
  };
  return { ...entry, card: show(entry.card) as Record<string, unknown> };
}
