import { join } from 'node:path';
import { createPathwayClassifier, type PathwayClassifier } from '../../../../src/domain/pathways';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';

export const CONFIG_DIR = join(__dirname, '..', '..', '..', '..', 'config');

let cached: PathwayClassifier | undefined;

/** The classifier built from the project's own config/ files (what a municipality ships). */
export function projectClassifier(): PathwayClassifier {
  cached ??= createPathwayClassifier(loadPathwayConfig(CONFIG_DIR));
  return cached;
}

let cachedWithModel: PathwayClassifier | undefined;

/** The same with the shipped statistical safety model switched on, as the bot runs by default. */
export function projectClassifierWithModel(): PathwayClassifier {
  cachedWithModel ??= createPathwayClassifier(loadPathwayConfig(CONFIG_DIR, { safetyModel: true }));
  return cachedWithModel;
}
