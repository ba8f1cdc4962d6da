import { HELD_OUT } from './heldOutVignettes';
import { projectClassifier } from './testConfig';

describe('held-out vignettes (not used to tune the rules)', () => {
  const classifier = projectClassifier();

  it.each(HELD_OUT.filter((v) => v.notify).map((v) => [v.text, v]))(
    'raises the duty to notify: %s',
    (_t, v) => {
      const result = classifier.classify(v.text);
      expect(result.dutyToNotify).toBe(true);
      expect(result.acute).toBe(v.acute);
    },
  );

  it.each(HELD_OUT.filter((v) => !v.notify).map((v) => [v.text, v]))('raises no warning: %s', (_t, v) => {
    const result = classifier.classify(v.text);
    expect(result.dutyToNotify).toBe(false);
    expect(result.acute).toBe(false);
  });

  it('suggests the expected pathway for at least 90 % of the cases', () => {
    const hits = HELD_OUT.filter((v) => classifier.classify(v.text).pathway === v.pathway).length;
    expect(hits / HELD_OUT.length).toBeGreaterThanOrEqual(0.9);
  });
});
