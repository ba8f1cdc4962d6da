import { cueFeatures, findCues, type CompiledCue } from './cues';
import {
  SAFETY_MODEL_HEADS,
  type FeatureSpec,
  type SafetyModel,
  type SafetyModelHead,
} from './safetyModelSchema';

/**
 * A statistical second opinion beside the safety rules: logistic regression over hashed word and
 * character n-grams, trained by `npm run train:safety` on the blind dev half. It only ever adds a
 * warning the rules did not raise; it never lowers one (see classify.ts). Pure and deterministic:
 * the same text and model give the same scores on every machine.
 */

export {
  SAFETY_MODEL_HEADS,
  safetyModelSchema,
  type FeatureSpec,
  type SafetyModel,
  type SafetyModelHead,
} from './safetyModelSchema';

/**
 * Lower case, æ/ø/å folded to ae/oe/aa (staff type both), everything but letters and digits a
 * space: a typo or a missing accent then changes few n-grams.
 */
export function normaliseForModel(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step (32 bits): the hash of a feature name is these steps over its characters. */
const step = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME) >>> 0;

/** The hash state after a prefix, so word and character features never share a name. */
function prefixState(prefix: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) h = step(h, prefix.charCodeAt(i));
  return h;
}
const WORD_PREFIX = prefixState('w:');
const CHAR_PREFIX = prefixState('c:');
const CUE_PREFIX = prefixState('k:');
const SPACE = 32;
/** What every carer word reads as when the spec names carer words. */
const CARER_TOKEN = 'carer';

/** The spec's carer words as a set, or none when the model reads every word as written. */
function carerSetOf(spec: FeatureSpec): ReadonlySet<string> | undefined {
  return spec.carerWords ? new Set(spec.carerWords) : undefined;
}

/** The text's words as the model reads them: normalised, carer words made one. */
function readWords(text: string, carers: ReadonlySet<string> | undefined): string[] {
  const words = normaliseForModel(text).split(' ').filter(Boolean);
  if (carers) for (let i = 0; i < words.length; i++) if (carers.has(words[i])) words[i] = CARER_TOKEN;
  return words;
}

/** The text's words as a model with this feature spec reads them. */
export function modelWords(text: string, spec: FeatureSpec): string[] {
  return readWords(text, carerSetOf(spec));
}

/**
 * Every word and character n-gram of the text as its hash bucket, in one fixed order (word n-grams
 * by start, then character n-grams inside space-padded words); a bucket met twice is given twice.
 * The hashes of an n-gram and its extension are computed in one pass (this runs on every message).
 */
function forEachNgramBucket(
  text: string,
  spec: FeatureSpec,
  carers: ReadonlySet<string> | undefined,
  add: (bucket: number) => void,
): void {
  const mask = spec.buckets - 1;
  const words = readWords(text, carers);
  const [wMin, wMax] = spec.wordNgrams;
  for (let i = 0; i < words.length; i++) {
    let h = WORD_PREFIX;
    for (let n = 1; n <= wMax && i + n <= words.length; n++) {
      if (n > 1) h = step(h, SPACE);
      const word = words[i + n - 1];
      for (let c = 0; c < word.length; c++) h = step(h, word.charCodeAt(c));
      if (n >= wMin) add(h & mask);
    }
  }
  const [cMin, cMax] = spec.charNgrams;
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i < padded.length; i++) {
      let h = CHAR_PREFIX;
      for (let n = 1; n <= cMax && i + n <= padded.length; n++) {
        h = step(h, padded.charCodeAt(i + n - 1));
        if (n >= cMin) add(h & mask);
      }
    }
  }
}

/**
 * The text as a sparse vector: each word n-gram and character n-gram (inside words padded with
 * spaces) present counts once, and the vector has length 1, so long descriptions are not favoured.
 * A feature is FNV-1a of "w:" plus the words joined by spaces, or "c:" plus the characters.
 */
export function featurise(
  text: string,
  spec: FeatureSpec,
  cueNames: readonly string[] = [],
): Map<number, number> {
  const mask = spec.buckets - 1;
  const present = new Set<number>();
  forEachNgramBucket(text, spec, carerSetOf(spec), (bucket) => present.add(bucket));
  const value = present.size === 0 ? 0 : 1 / Math.sqrt(present.size);
  const vector = new Map<number, number>();
  for (const index of present) vector.set(index, value);
  if (spec.cues) {
    for (const name of cueNames) {
      let h = CUE_PREFIX;
      for (let c = 0; c < name.length; c++) h = step(h, name.charCodeAt(c));
      vector.set(h & mask, (vector.get(h & mask) ?? 0) + spec.cues.weight);
    }
  }
  return vector;
}

/**
 * featurise's vector, visited in its order without being built: the n-gram buckets as first met
 * (a mark per bucket instead of a Set), each with 1 / sqrt(count), then the cues, added one by one
 * as featurise adds them (a cue in a bucket already present adds to it in place; a new one comes
 * after the n-grams). One visitor per scorer, reused call after call: scoring is synchronous.
 */
function presentFeatures(spec: FeatureSpec) {
  const mask = spec.buckets - 1;
  const carers = carerSetOf(spec);
  /** Per bucket: 1 when an n-gram is present, 2 when a cue is (both: 3); cleared after each text. */
  const marks = new Uint8Array(spec.buckets);
  let order = new Int32Array(256);
  let count = 0;
  const mark = (bucket: number): void => {
    if (marks[bucket] !== 0) return;
    marks[bucket] = 1;
    if (count === order.length) {
      const longer = new Int32Array(order.length * 2);
      longer.set(order);
      order = longer;
    }
    order[count++] = bucket;
  };
  return {
    forEach(text: string, cueNames: readonly string[], visit: (bucket: number, value: number) => void) {
      count = 0;
      forEachNgramBucket(text, spec, carers, mark);
      const present = count;
      const value = present === 0 ? 0 : 1 / Math.sqrt(present);
      // Each cue bucket's value as featurise sums it: from the n-gram value (or 0), one weight at a time.
      const cueValues = new Map<number, number>();
      const newCueBuckets: number[] = [];
      if (spec.cues) {
        for (const name of cueNames) {
          let h = CUE_PREFIX;
          for (let c = 0; c < name.length; c++) h = step(h, name.charCodeAt(c));
          const bucket = h & mask;
          const before = cueValues.get(bucket) ?? (marks[bucket] === 1 ? value : 0);
          if (marks[bucket] === 0) newCueBuckets.push(bucket);
          marks[bucket] |= 2;
          cueValues.set(bucket, before + spec.cues.weight);
        }
      }
      for (let i = 0; i < present; i++) {
        const bucket = order[i];
        visit(bucket, marks[bucket] === 1 ? value : cueValues.get(bucket)!);
        marks[bucket] = 0;
      }
      for (const bucket of newCueBuckets) {
        visit(bucket, cueValues.get(bucket)!);
        marks[bucket] = 0;
      }
    },
  };
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export type SafetyModelScores = Record<SafetyModelHead, number>;

export interface SafetyModelScorer {
  /** Probabilities per head. */
  score(text: string): SafetyModelScores;
  /**
   * The heads whose probability reaches their threshold; `ruleLevels` are the warnings the rules
   * raised already (an acute head that needs a duty to notify may lean on theirs).
   */
  raised(text: string, ruleLevels?: ReadonlySet<SafetyModelHead>): SafetyModelHead[];
}

/** The risk cue features of a text, or none when the model was trained without them. */
export function cueFeatureNames(text: string, cues: readonly CompiledCue[] | undefined): string[] {
  return cues ? cueFeatures(findCues(text, cues)) : [];
}

/** Dense weights per head, built once, so a score is one pass over the text's features. */
export function createSafetyModelScorer(
  model: SafetyModel,
  cues?: readonly CompiledCue[],
): SafetyModelScorer {
  const trainedOn = model.features.cues?.names;
  if (trainedOn) {
    const loaded = (cues ?? []).map((c) => c.name).sort();
    if (loaded.join(',') !== [...trainedOn].sort().join(','))
      throw new Error(
        'the safety model was trained on other risk cues than config/safety-cues.yaml holds; run npm run train:safety',
      );
  }
  const modelCues = trainedOn ? cues : undefined;
  const dense = Object.fromEntries(
    SAFETY_MODEL_HEADS.map((head) => {
      const weights = new Float64Array(model.features.buckets);
      const { indices, values } = model.heads[head];
      indices.forEach((index, j) => (weights[index] += values[j]));
      return [head, weights];
    }),
  ) as Record<SafetyModelHead, Float64Array>;
  const headWeights = SAFETY_MODEL_HEADS.map((head) => dense[head]);
  const features = presentFeatures(model.features);
  /**
   * Every head in one pass over the features, in featurise's order (its n-grams as first met, then
   * the cues it adds), so each head's sum is the one a pass over featurise's vector gives, to the
   * last bit; without building that vector, which cost more than the sums (this runs on every message).
   */
  function score(text: string): SafetyModelScores {
    const sums = SAFETY_MODEL_HEADS.map((head) => model.heads[head].bias);
    features.forEach(text, cueFeatureNames(text, modelCues), (index, value) => {
      for (let h = 0; h < headWeights.length; h++) sums[h] += headWeights[h][index] * value;
    });
    const scores = {} as SafetyModelScores;
    SAFETY_MODEL_HEADS.forEach((head, h) => (scores[head] = sigmoid(sums[h])));
    return scores;
  }
  return {
    score,
    raised: (text, ruleLevels = new Set()) => {
      const scores = score(text);
      const notify = scores.notify >= model.heads.notify.threshold;
      const dutyShown = notify || ruleLevels.size > 0;
      const acute =
        scores.acute >= model.heads.acute.threshold && (!model.heads.acute.onlyWithNotify || dutyShown);
      return SAFETY_MODEL_HEADS.filter((head) => (head === 'notify' ? notify : acute));
    },
  };
}
