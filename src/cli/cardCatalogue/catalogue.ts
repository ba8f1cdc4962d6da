/**
 * Every Adaptive Card the bot can send, expanded with realistic (fictitious) data: what `npm run cards`
 * renders and what tests/unit/teams/cards/allCards.test.ts validates, so a new card variant only has
 * to be added here once.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { questionCards } from '../questionCardsCatalogue';
import { REPO_ROOT, type CatalogueCard } from './catalogueCard';
import { coordinationCards } from './coordination';
import { knowledgeUploadCards } from './knowledgeUpload';
import { pathwayCards } from './pathway';
import { policyCards } from './policy';
import { updatesCards } from './updates';

/** Every card the bot can send, in every variant that changes what is shown. */
export function cardCatalogue(): CatalogueCard[] {
  return [
    ...policyCards(),
    ...pathwayCards(),
    ...coordinationCards(),
    ...updatesCards(),
    ...questionCards(),
    ...knowledgeUploadCards(),
  ];
}

/** The template files under src/teams/cards (as `<capability>/<file>.json`). */
export function cardTemplates(): string[] {
  const dir = join(REPO_ROOT, 'src', 'teams', 'cards');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${d.name}/${f}`),
    )
    .sort();
}
