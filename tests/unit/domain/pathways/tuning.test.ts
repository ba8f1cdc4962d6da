import { createPathwayClassifier, PATHWAY_TUNING } from '../../../../src/domain/pathways';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { CONFIG_DIR, projectClassifier } from './testConfig';

describe('pathway tuning parameters', () => {
  const config = loadPathwayConfig(CONFIG_DIR);
  const familyCrisisAtSchool = 'familien har mistet deres bolig og drengen i 1. klasse er træt i timerne';

  it('are the defaults the classifier uses when none are given', () => {
    const explicit = createPathwayClassifier(config, PATHWAY_TUNING);
    expect(explicit.classify(familyCrisisAtSchool)).toEqual(
      projectClassifier().classify(familyCrisisAtSchool),
    );
  });

  it('decide how much a named setting weighs against family signals', () => {
    expect(projectClassifier().classify(familyCrisisAtSchool).pathway).toBe(config.pathways.familyPathway);
    const settingFirst = createPathwayClassifier(config, { ...PATHWAY_TUNING, settingEvidence: 20 });
    expect(settingFirst.classify(familyCrisisAtSchool).pathway).not.toBe(config.pathways.familyPathway);
  });

  it('read the family pathway from the pathway data', () => {
    const expecting = 'den gravide mor virker meget alene og usikker';
    expect(projectClassifier().classify(expecting).pathway).toBe('social');
    const renamed = createPathwayClassifier({
      ...config,
      pathways: { ...config.pathways, familyPathway: 'dagtilbud' },
    });
    expect(renamed.classify(expecting).pathway).toBe('dagtilbud');
  });
});
