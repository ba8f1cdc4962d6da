import type { CompiledCue } from './cues';
import {
  cueFeatureNames,
  featurise,
  SAFETY_MODEL_HEADS,
  sigmoid,
  type FeatureSpec,
  type SafetyModel,
  type SafetyModelHead,
} from './safetyModel';

/**
 * Training of the safety model (see safetyModel.ts): L2-regularised logistic regression by
 * full-batch Adam, class-balanced, with seeded stratified folds. Pure and deterministic, so
 * `npm run train:safety` writes the same file from the same cases.
 */

export interface TrainingCase {
  readonly text: string;
  readonly notify: boolean;
  readonly acute: boolean;
  readonly benign: boolean;
  /** Where the case comes from ("dev/concerns-e#71"); a twin names its original in twinOf. */
  readonly id?: string;
  /** A rewrite of another case (a translation, a counterfactual): it shares that case's fold. */
  readonly twinOf?: string;
}

export interface TrainingParams {
  readonly features: FeatureSpec;
  /** Train the acute head on the cases with a duty to notify only (see the head's onlyWithNotify). */
  readonly acuteOnlyWithNotify?: boolean;
  /** L2 penalty on the mean loss. */
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

export const DEFAULT_TRAINING_PARAMS: TrainingParams = {
  features: { buckets: 1 << 16, wordNgrams: [1, 2], charNgrams: [3, 5] },
  acuteOnlyWithNotify: false,
  l2: 1e-4,
  iterations: 400,
  learningRate: 0.05,
};

/** Mulberry32: a small seeded generator, the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fold number per case: shuffled with the seed inside each (notify, acute, benign) stratum. A twin
 * lands in its original's fold, so no model is scored on a rewrite of a case it was trained on
 * (that would make the cross-validated figures, and the thresholds chosen from them, too rosy).
 */
export function stratifiedFolds(cases: readonly TrainingCase[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(cases.length).fill(0);
  const strata = new Map<string, number[]>();
  const indexById = new Map(cases.flatMap((c, i) => (c.id ? [[c.id, i] as const] : [])));
  const originalOf = (c: TrainingCase): number | undefined =>
    c.twinOf === undefined ? undefined : indexById.get(c.twinOf);
  cases.forEach((c, i) => {
    if (originalOf(c) !== undefined) return;
    const key = `${c.notify}|${c.acute}|${c.benign}`;
    strata.set(key, [...(strata.get(key) ?? []), i]);
  });
  let next = 0;
  for (const key of [...strata.keys()].sort()) {
    const members = strata.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j], members[i]];
    }
    // Continue the round-robin across strata so small strata do not all land in fold 0.
    for (const index of members) folds[index] = next++ % k;
  }
  cases.forEach((c, i) => {
    const original = originalOf(c);
    if (original !== undefined) folds[i] = folds[original];
  });
  return folds;
}

interface HeadWeights {
  bias: number;
  weights: Float64Array;
}

function trainHead(
  vectors: readonly Map<number, number>[],
  labels: readonly boolean[],
  params: TrainingParams,
): HeadWeights {
  const n = vectors.length;
  const positives = labels.filter(Boolean).length;
  // Balanced classes: the rare warning counts as much in the loss as the common no-warning.
  const positiveWeight = positives === 0 ? 1 : n / (2 * positives);
  const negativeWeight = positives === n ? 1 : n / (2 * (n - positives));
  const size = params.features.buckets;
  const weights = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let bias = 0;
  let mb = 0;
  let vb = 0;
  const used = [...new Set(vectors.flatMap((x) => [...x.keys()]))].sort((a, b) => a - b);
  const gradient = new Float64Array(size);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= params.iterations; t++) {
    for (const index of used) gradient[index] = params.l2 * weights[index];
    let gradientBias = 0;
    vectors.forEach((x, i) => {
      let z = bias;
      for (const [index, value] of x) z += weights[index] * value;
      const y = labels[i] ? 1 : 0;
      const error = ((sigmoid(z) - y) * (labels[i] ? positiveWeight : negativeWeight)) / n;
      gradientBias += error;
      for (const [index, value] of x) gradient[index] += error * value;
    });
    const step = (params.learningRate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
    for (const index of used) {
      m[index] = beta1 * m[index] + (1 - beta1) * gradient[index];
      v[index] = beta2 * v[index] + (1 - beta2) * gradient[index] ** 2;
      weights[index] -= (step * m[index]) / (Math.sqrt(v[index]) + 1e-8);
    }
    mb = beta1 * mb + (1 - beta1) * gradientBias;
    vb = beta2 * vb + (1 - beta2) * gradientBias ** 2;
    bias -= (step * mb) / (Math.sqrt(vb) + 1e-8);
  }
  return { bias, weights };
}

export interface TrainedHeads {
  readonly heads: Record<SafetyModelHead, HeadWeights>;
  score(text: string): Record<SafetyModelHead, number>;
}

export function trainHeads(
  cases: readonly TrainingCase[],
  params: TrainingParams,
  cues?: readonly CompiledCue[],
): TrainedHeads {
  const vectors = cases.map((c) => featurise(c.text, params.features, cueFeatureNames(c.text, cues)));
  const trainOn = (head: SafetyModelHead): number[] =>
    cases.flatMap((c, i) => (head === 'acute' && params.acuteOnlyWithNotify && !c.notify ? [] : [i]));
  const heads = Object.fromEntries(
    SAFETY_MODEL_HEADS.map((head) => {
      const rows = trainOn(head);
      return [
        head,
        trainHead(
          rows.map((i) => vectors[i]),
          rows.map((i) => cases[i][head]),
          params,
        ),
      ];
    }),
  ) as Record<SafetyModelHead, HeadWeights>;
  return {
    heads,
    score(text) {
      const x = featurise(text, params.features, cueFeatureNames(text, cues));
      const scores = {} as Record<SafetyModelHead, number>;
      for (const head of SAFETY_MODEL_HEADS) {
        let z = heads[head].bias;
        for (const [index, value] of x) z += heads[head].weights[index] * value;
        scores[head] = sigmoid(z);
      }
      return scores;
    },
  };
}

/** Out-of-fold probabilities: each case scored by a model that did not see it. */
export function crossValidatedScores(
  cases: readonly TrainingCase[],
  params: TrainingParams,
  k: number,
  seed: number,
  cues?: readonly CompiledCue[],
): Record<SafetyModelHead, number>[] {
  const folds = stratifiedFolds(cases, k, seed);
  const scores = new Array<Record<SafetyModelHead, number>>(cases.length);
  for (let fold = 0; fold < k; fold++) {
    const model = trainHeads(
      cases.filter((_, i) => folds[i] !== fold),
      params,
      cues,
    );
    cases.forEach((c, i) => {
      if (folds[i] === fold) scores[i] = model.score(c.text);
    });
  }
  return scores;
}

/** Rounded to a few significant digits; weights that round to nothing are left out. */
export function toModelFile(
  trained: TrainedHeads,
  params: TrainingParams,
  thresholds: Record<SafetyModelHead, number>,
  training: Record<string, unknown>,
): SafetyModel {
  const head = (name: SafetyModelHead): SafetyModel['heads']['notify'] => {
    const indices: number[] = [];
    const values: number[] = [];
    trained.heads[name].weights.forEach((w, index) => {
      const rounded = Number(w.toPrecision(4));
      if (Math.abs(rounded) >= 1e-4) {
        indices.push(index);
        values.push(rounded);
      }
    });
    return {
      bias: Number(trained.heads[name].bias.toPrecision(6)),
      threshold: thresholds[name],
      ...(name === 'acute' && params.acuteOnlyWithNotify ? { onlyWithNotify: true } : {}),
      indices,
      values,
    };
  };
  return {
    version: 1,
    kind: 'logistic-regression',
    features: params.features,
    heads: { notify: head('notify'), acute: head('acute') },
    training,
  };
}
