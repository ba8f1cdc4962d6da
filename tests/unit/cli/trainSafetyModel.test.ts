import { chooseThresholds } from '../../../src/cli/trainSafetyModel';

/**
 * Threshold choice for the safety model: the lowest thresholds that keep benign false alarms and
 * acute calls on cases that are not acute under their limits. Synthetic cases, no model file.
 */
const none = { notify: false, acute: false };

function cases(acuteScoreOfNotifyCases: number) {
  // 10 acute cases the model scores 0.5 on acute; 90 notify-only cases scored `acuteScoreOfNotifyCases`.
  const list = [
    ...Array.from({ length: 10 }, () => ({
      c: { text: 'a', notify: true, acute: true, benign: false },
      s: { notify: 0.9, acute: 0.5 },
    })),
    ...Array.from({ length: 90 }, () => ({
      c: { text: 'n', notify: true, acute: false, benign: false },
      s: { notify: 0.9, acute: acuteScoreOfNotifyCases },
    })),
  ];
  return {
    cases: list.map((x) => x.c),
    rules: list.map(() => none),
    scores: list.map((x) => x.s),
  };
}

describe('chooseThresholds', () => {
  it('takes the lowest acute threshold that still finds every acute case when nothing else is called acute', () => {
    const { cases: c, rules, scores } = cases(0.05);
    expect(chooseThresholds(c, rules, scores).acute).toBeGreaterThan(0.05);
    expect(chooseThresholds(c, rules, scores).acute).toBeLessThanOrEqual(0.5);
  });

  it('does not buy acute recall with acute calls on most notify-only cases', () => {
    // Every notify-only case scores above the acute cases: finding the acute ones would call all
    // 90 acute. The limit keeps the threshold above them, and the acute cases stay notify.
    const { cases: c, rules, scores } = cases(0.6);
    expect(chooseThresholds(c, rules, scores).acute).toBeGreaterThan(0.6);
  });

  it('allows acute over-calls up to the limit', () => {
    const { cases: c, rules, scores } = cases(0.6);
    expect(chooseThresholds(c, rules, scores, false, 0.1, 0.04, 1).acute).toBeLessThanOrEqual(0.5);
  });
});
