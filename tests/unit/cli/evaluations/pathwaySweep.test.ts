import {
  parsePathwaySweep,
  sweepPathwayTuning,
  type Vignette,
} from '../../../../src/cli/evaluations/pathway';
import { PATHWAY_TUNING } from '../../../../src/domain/pathways';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { CONFIG_DIR } from '../../domain/pathways/testConfig';

const vignette = (text: string, pathway: Vignette['pathway'], notify: boolean): Vignette => ({
  text,
  pathway,
  notify,
  acute: false,
  benign: !notify,
  tags: [],
});

describe('eval --sweep-pathway', () => {
  it('reads one pathway tuning value and its values', () => {
    expect(parsePathwaySweep(['--only', 'pathway', '--sweep-pathway', 'settingEvidence=1, 2,20'])).toEqual({
      parameter: 'settingEvidence',
      values: [1, 2, 20],
    });
    expect(parsePathwaySweep(['--only', 'pathway', '--dev-only'])).toBeUndefined();
  });

  it('names the tuning values when the name is unknown, and refuses values that are not numbers', () => {
    expect(() => parsePathwaySweep(['--sweep-pathway', 'proximityBoost=1,2'])).toThrow(/settingEvidence/);
    expect(() => parsePathwaySweep(['--sweep-pathway', 'gradeFits=3,x'])).toThrow(/numbers/);
    expect(() => parsePathwaySweep(['--sweep-pathway', 'gradeFits='])).toThrow(/numbers/);
  });

  it('moves the pathway figures with the swept value and leaves the warnings to the safety rules', () => {
    const config = loadPathwayConfig(CONFIG_DIR);
    const cases = [
      // A family crisis beside a named grade: the family pathway at the default weight of the setting.
      vignette('familien har mistet deres bolig og drengen i 1. klasse er træt i timerne', 'social', false),
      vignette('pigen på 8 år fortæller at far slår hende', 'social', true),
    ];
    const [atDefault, settingFirst] = sweepPathwayTuning(config, cases, {
      parameter: 'settingEvidence',
      values: [PATHWAY_TUNING.settingEvidence, 20],
    });
    expect(atDefault).toMatchObject({ value: 2, vignettes: 2, pathwayAccuracy: 1, notifyRecall: 1 });
    expect(settingFirst).toMatchObject({ value: 20, vignettes: 2, pathwayAccuracy: 0.5, notifyRecall: 1 });
    expect(settingFirst.falseAlarmRateBenign).toBe(atDefault.falseAlarmRateBenign);
    expect(atDefault).not.toHaveProperty('misses');
  });
});
