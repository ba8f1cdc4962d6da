import { createPathwayClassifier } from '../../../../src/domain/pathways';
import { compileCues } from '../../../../src/domain/pathways/cues';
import {
  createSafetyModelScorer,
  cueFeatureNames,
  featurise,
  modelWords,
  normaliseForModel,
  safetyModelSchema,
  sigmoid,
  type SafetyModel,
} from '../../../../src/domain/pathways/safetyModel';
import type { CompiledCue } from '../../../../src/domain/pathways/cues';
import {
  crossValidatedScores,
  stratifiedFolds,
  toModelFile,
  trainHeads,
  type TrainingCase,
} from '../../../../src/domain/pathways/safetyModelTraining';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { HELD_OUT } from './heldOutVignettes';
import { CONFIG_DIR, projectClassifier, projectClassifierWithModel } from './testConfig';

const SMALL = {
  buckets: 1 << 12,
  wordNgrams: [1, 2] as [number, number],
  charNgrams: [3, 4] as [number, number],
};
const PARAMS = { features: SMALL, l2: 1e-4, iterations: 150, learningRate: 0.1 };

/** A tiny made-up training set: danger words against everyday school words. */
const CASES: TrainingCase[] = [
  ...['far slår ham', 'mor slog hende hårdt', 'hun blev slået med bælte', 'he hits her every night'].map(
    (text) => ({ text, notify: true, acute: false, benign: false }),
  ),
  ...['hun har taget alle pillerne og sover', 'he swallowed the pills and is drowsy'].map((text) => ({
    text,
    notify: true,
    acute: true,
    benign: false,
  })),
  ...[
    'drengen læser langsomt i dansk',
    'pigen spiller fodbold i frikvarteret',
    'han har svært ved matematik',
    'she likes drawing and reading',
    'eleven glemmer sin madpakke',
    'han taler lidt i samling',
  ].map((text) => ({ text, notify: false, acute: false, benign: true })),
];

/** A model that raises nothing, or everything, whatever the words. */
function constantModel(bias: number): SafetyModel {
  const head = { bias, threshold: 0.5, indices: [], values: [] };
  return safetyModelSchema.parse({
    version: 1,
    kind: 'logistic-regression',
    features: SMALL,
    heads: { notify: head, acute: head },
  });
}

describe('safety model features', () => {
  it('folds æ/ø/å and punctuation so typed variants share n-grams', () => {
    expect(normaliseForModel('Hun sagde: "Jeg tør IKKE gå hjem!"')).toBe('hun sagde jeg toer ikke gaa hjem');
    expect(featurise('tør ikke gå hjem', SMALL)).toEqual(featurise('toer ikke gaa hjem', SMALL));
  });

  it('reads the carer words a model names as one word, and only when it names them', () => {
    const withCarers = { ...SMALL, carerWords: ['far', 'stedfar', 'mor', 'stepdad'] };
    expect(modelWords('Hendes STEDFAR slår hende', withCarers)).toEqual([
      'hendes',
      'carer',
      'slaar',
      'hende',
    ]);
    expect(featurise('hendes stedfar slår hende', withCarers)).toEqual(
      featurise('hendes mor slår hende', withCarers),
    );
    expect(featurise('her stepdad hits her', withCarers)).not.toEqual(
      featurise('her teacher hits her', withCarers),
    );
    expect(modelWords('hendes stedfar slår hende', SMALL)).toContain('stedfar');
    const head = { bias: 0, threshold: 0.5, indices: [], values: [] };
    const file = { version: 1, kind: 'logistic-regression', heads: { notify: head, acute: head } };
    expect(safetyModelSchema.safeParse({ ...file, features: withCarers }).success).toBe(true);
    expect(
      safetyModelSchema.safeParse({ ...file, features: { ...SMALL, carerWords: ['Stedfar'] } }).success,
    ).toBe(false);
  });

  it('gives a unit-length vector with buckets inside the model', () => {
    const vector = featurise('drengen på 4 år taler meget lidt', SMALL);
    const length = Math.sqrt([...vector.values()].reduce((s, v) => s + v * v, 0));
    expect(length).toBeCloseTo(1, 10);
    expect([...vector.keys()].every((k) => k >= 0 && k < SMALL.buckets)).toBe(true);
    expect(featurise('   ', SMALL).size).toBe(0);
  });
});

describe('safety model training', () => {
  it('is deterministic: the same cases and seed give the same file', () => {
    const once = JSON.stringify(
      toModelFile(trainHeads(CASES, PARAMS), PARAMS, { notify: 0.5, acute: 0.5 }, {}),
    );
    const twice = JSON.stringify(
      toModelFile(trainHeads(CASES, PARAMS), PARAMS, { notify: 0.5, acute: 0.5 }, {}),
    );
    expect(once).toBe(twice);
    expect(stratifiedFolds(CASES, 3, 7)).toEqual(stratifiedFolds(CASES, 3, 7));
    expect(crossValidatedScores(CASES, PARAMS, 3, 7)).toEqual(crossValidatedScores(CASES, PARAMS, 3, 7));
  });

  it('puts every stratum in several folds', () => {
    const folds = stratifiedFolds(CASES, 3, 7);
    const benignFolds = new Set(folds.filter((_, i) => CASES[i].benign));
    expect(benignFolds.size).toBe(3);
  });

  it('puts a twin in the fold of its original, and leaves the other folds as they were', () => {
    const withIds = CASES.map((c, i) => ({ ...c, id: `set#${i}` }));
    const twins = withIds.map((c, i) => ({
      ...c,
      text: `${c.text} (rewritten)`,
      id: `twins#${i}`,
      twinOf: c.id,
    }));
    const folds = stratifiedFolds([...withIds, ...twins], 3, 7);
    expect(folds.slice(0, withIds.length)).toEqual(stratifiedFolds(CASES, 3, 7));
    expect(folds.slice(withIds.length)).toEqual(folds.slice(0, withIds.length));
  });

  it('learns the training cases and writes a file the schema accepts', () => {
    const file = toModelFile(trainHeads(CASES, PARAMS), PARAMS, { notify: 0.5, acute: 0.5 }, { seed: 7 });
    const model = safetyModelSchema.parse(JSON.parse(JSON.stringify(file)));
    const scorer = createSafetyModelScorer(model);
    expect(scorer.raised('far slår ham')).toContain('notify');
    expect(scorer.raised('drengen læser langsomt i dansk')).toEqual([]);
    expect(scorer.score('he swallowed the pills').acute).toBeGreaterThan(
      scorer.score('she likes drawing').acute,
    );
  });
});

describe('the shipped safety model in the classifier', () => {
  const rulesOnly = projectClassifier();
  const withModel = projectClassifierWithModel();

  it('loads and scores the same text the same way every time', () => {
    const { safetyModel, safetyCues } = withModel.config;
    const scorer = createSafetyModelScorer(safetyModel!, safetyCues ? compileCues(safetyCues) : undefined);
    const text = 'the girl (12) says her mom drinks and she is scared to go home';
    expect(scorer.score(text)).toEqual(scorer.score(text));
    expect(withModel.classify(text)).toEqual(withModel.classify(text));
  });

  it('never lowers or replaces a warning the rules raised', () => {
    for (const { text } of HELD_OUT) {
      const rules = rulesOnly.classify(text);
      const both = withModel.classify(text);
      if (rules.dutyToNotify) expect(both.dutyToNotify).toBe(true);
      if (rules.acute) expect(both.acute).toBe(true);
      expect(both.safetyFindings.slice(0, rules.safetyFindings.length)).toEqual(rules.safetyFindings);
      expect(both.safetyFindings.slice(rules.safetyFindings.length).every((f) => f.source === 'model')).toBe(
        true,
      );
    }
  });
});

describe('a model beside the rules', () => {
  const config = loadPathwayConfig(CONFIG_DIR);
  const silent = createPathwayClassifier({ ...config, safetyModel: constantModel(-20) });
  const eager = createPathwayClassifier({ ...config, safetyModel: constantModel(20) });
  // A notify rule fires, no acute rule does.
  const violence = 'en elev i 8. klasse fortæller at hendes stedfar slog hende med et bælte for en uge siden';

  it('cannot take a rule warning away, even when it reads nothing', () => {
    const result = silent.classify(violence);
    expect(result.dutyToNotify).toBe(true);
    expect(result.safetyFindings.some((f) => f.source === 'model')).toBe(false);
  });

  it('adds a warning the rules left silent, marked as a pattern match, and offers the triage questions', () => {
    const result = eager.classify('drengen på 4 år i børnehaven taler meget lidt');
    expect(result.dutyToNotify).toBe(true);
    expect(result.acute).toBe(true);
    const fromModel = result.safetyFindings.filter((f) => f.source === 'model');
    expect(fromModel.map((f) => f.ruleId).sort()).toEqual(['model.acute', 'model.notify']);
    expect(fromModel[0].label).toEqual(config.safety.modelLabels![fromModel[0].level]);
    expect(fromModel[0].quote).toContain('taler meget lidt');
    expect(result.triage?.questions).toEqual(['dangerNow', 'disclosure', 'unexplainedInjury']);
  });

  it('adds only the level a rule did not raise', () => {
    expect(silent.classify(violence).acute).toBe(false);
    const result = eager.classify(violence);
    expect(result.safetyFindings.filter((f) => f.level === 'notify').every((f) => f.source !== 'model')).toBe(
      true,
    );
    expect(result.safetyFindings.some((f) => f.ruleId === 'model.acute')).toBe(true);
    expect(result.triage).toBeUndefined();
  });
});

describe('risk cues as model features', () => {
  const cues = compileCues({
    version: 1,
    cues: { harm: ['\\bslår\\b', '\\bhits\\b'], parent: ['\\bfar\\b', '\\bdad\\b'] },
  });
  const withCues = { ...SMALL, cues: { weight: 0.5, names: ['harm', 'parent'] } };

  it('adds each cue and each pair of cues that meet, with the configured value', () => {
    const plain = featurise('far slår ham', SMALL);
    const cued = featurise('far slår ham', withCues, cueFeatureNames('far slår ham', cues));
    const added = [...cued.entries()].filter(([index, value]) => plain.get(index) !== value);
    // cue:harm, cue:parent and pair:harm+parent; a bucket shared with an n-gram still grows by 0.5.
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(added.length).toBeLessThanOrEqual(3);
  });

  it('refuses to score with other cues than the model was trained on', () => {
    const model = safetyModelSchema.parse({
      version: 1,
      kind: 'logistic-regression',
      features: withCues,
      heads: {
        notify: { bias: 0, threshold: 0.5, indices: [], values: [] },
        acute: { bias: 0, threshold: 0.5, indices: [], values: [] },
      },
    });
    expect(() => createSafetyModelScorer(model, cues.slice(0, 1))).toThrow(/npm run train:safety/);
    expect(() => createSafetyModelScorer(model)).toThrow(/safety-cues/);
    expect(() => createSafetyModelScorer(model, cues)).not.toThrow();
  });

  it('raises an acute head that needs a duty to notify only beside one', () => {
    const model = safetyModelSchema.parse({
      version: 1,
      kind: 'logistic-regression',
      features: SMALL,
      heads: {
        notify: { bias: -10, threshold: 0.5, indices: [], values: [] },
        acute: { bias: 10, threshold: 0.5, onlyWithNotify: true, indices: [], values: [] },
      },
    });
    const scorer = createSafetyModelScorer(model);
    expect(scorer.raised('hvad som helst')).toEqual([]);
    expect(scorer.raised('hvad som helst', new Set(['notify']))).toEqual(['acute']);
  });

  it('trains the acute head on the cases with a duty to notify when asked to', () => {
    const conditional = trainHeads(CASES, { ...PARAMS, acuteOnlyWithNotify: true });
    const plain = trainHeads(CASES, PARAMS);
    // Without the benign cases the acute head never learns that school words mean "not acute".
    expect(conditional.heads.acute.bias).not.toBeCloseTo(plain.heads.acute.bias, 3);
    const file = toModelFile(
      conditional,
      { ...PARAMS, acuteOnlyWithNotify: true },
      { notify: 0.5, acute: 0.5 },
      {},
    );
    expect(file.heads.acute.onlyWithNotify).toBe(true);
    expect(file.heads.notify.onlyWithNotify).toBeUndefined();
  });
});

/** The scores as a sum over featurise's vector, in its order: what the scorer must give, to the bit. */
function referenceScores(model: SafetyModel, cues: readonly CompiledCue[] | undefined, text: string) {
  const vector = featurise(
    text,
    model.features,
    cueFeatureNames(text, model.features.cues ? cues : undefined),
  );
  const scoreOf = (head: 'notify' | 'acute') => {
    const weights = new Float64Array(model.features.buckets);
    model.heads[head].indices.forEach((index, j) => (weights[index] += model.heads[head].values[j]));
    let sum = model.heads[head].bias;
    for (const [index, value] of vector) sum += weights[index] * value;
    return sigmoid(sum);
  };
  return { notify: scoreOf('notify'), acute: scoreOf('acute') };
}

describe('the scorer against a sum over featurise', () => {
  const TEXTS = [
    ...HELD_OUT.map((c) => c.text),
    'far slår ham og far slår hende, far far far',
    'Far SLÅR!! ham... (7 år) – æøå ÆØÅ ae oe aa',
    '',
    '   ',
    'the girl (12) says her mom drinks and she is scared to go home',
  ];

  it('gives the same scores, bit for bit, with the shipped model and its cues', () => {
    const { safetyModel, safetyCues } = loadPathwayConfig(CONFIG_DIR, { safetyModel: true });
    const cues = safetyCues ? compileCues(safetyCues) : undefined;
    const scorer = createSafetyModelScorer(safetyModel!, cues);
    for (const text of TEXTS)
      expect(scorer.score(text)).toStrictEqual(referenceScores(safetyModel!, cues, text));
  });

  it('gives the same scores when cues share buckets with n-grams and with each other', () => {
    const cues = compileCues({
      version: 1,
      cues: { harm: ['\\bslår\\b', '\\bhits\\b'], parent: ['\\bfar\\b', '\\bdad\\b'] },
    });
    const buckets = 16;
    const head = (seed: number) => ({
      bias: -0.3,
      threshold: 0.5,
      indices: Array.from({ length: buckets }, (_, i) => i),
      values: Array.from({ length: buckets }, (_, i) => Math.sin(seed + i * 1.7) / 3),
    });
    const model = safetyModelSchema.parse({
      version: 1,
      kind: 'logistic-regression',
      features: { ...SMALL, buckets, cues: { weight: 0.15, names: ['harm', 'parent'] } },
      heads: { notify: head(1), acute: head(2) },
    });
    const scorer = createSafetyModelScorer(model, cues);
    for (const text of TEXTS) expect(scorer.score(text)).toStrictEqual(referenceScores(model, cues, text));
  });
});
