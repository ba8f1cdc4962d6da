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
