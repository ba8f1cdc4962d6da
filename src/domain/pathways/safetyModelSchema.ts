import { z } from 'zod';

/** The safety model file's shape (config/safety-model.json), validated at start-up. */

export const SAFETY_MODEL_HEADS = ['notify', 'acute'] as const;
export type SafetyModelHead = (typeof SAFETY_MODEL_HEADS)[number];

const finite = z.number().finite('must be a finite number');

const headSchema = z
  .object({
    bias: finite,
    /** A probability at or above this raises the head's warning (chosen by cross-validation). */
    threshold: z.number().gt(0).lt(1),
    /**
     * Acute only beside a duty to notify (raised by a rule or by this model): the acute head is
     * trained on the cases that carry the duty and tells the urgent ones apart from the rest.
     */
    onlyWithNotify: z.boolean().optional(),
    /** Sparse weights: feature bucket and weight, in two arrays of equal length. */
    indices: z.array(z.number().int().min(0)),
    values: z.array(finite),
  })
  .strict()
  .refine((h) => h.indices.length === h.values.length, 'indices and values must have the same length');

export const safetyModelSchema = z
  .object({
    version: z.literal(1, { errorMap: () => ({ message: 'must be 1' }) }),
    kind: z.literal('logistic-regression', {
      errorMap: () => ({ message: 'must be logistic-regression' }),
    }),
    features: z
      .object({
        /** Number of hash buckets (a power of two). */
        buckets: z
          .number()
          .int()
          .min(16)
          .max(1 << 22)
          .refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
        wordNgrams: z.tuple([z.number().int().min(1).max(3), z.number().int().min(1).max(3)]),
        charNgrams: z.tuple([z.number().int().min(2).max(6), z.number().int().min(2).max(6)]),
        /**
         * Risk cues (config/safety-cues.yaml) as features beside the n-grams, each with this value;
         * `names` are the cues the model was trained on, so a changed cue file asks for retraining.
         */
        cues: z
          .object({ weight: z.number().positive().finite(), names: z.array(z.string()).min(1) })
          .strict()
          .optional(),
        /**
         * Words that name a carer (far, stedfar, mum, ...), in the model's folded spelling, all read
         * as one word: which carer is named must not decide a warning that a few cases taught.
         */
        carerWords: z
          .array(z.string().regex(/^[a-z0-9]+$/, 'must be one folded word'))
          .min(1)
          .optional(),
      })
      .strict(),
    heads: z.object({ notify: headSchema, acute: headSchema }).strict(),
    /** How the model was made: set, seed and cross-validated figures (documentation, not used). */
    training: z.record(z.unknown()).default({}),
  })
  .strict()
  .superRefine((model, ctx) => {
    for (const head of SAFETY_MODEL_HEADS) {
      const bad = model.heads[head].indices.findIndex((i) => i >= model.features.buckets);
      if (bad >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['heads', head, 'indices', bad],
          message: `must be below features.buckets (${model.features.buckets})`,
        });
      }
    }
  });
export type SafetyModel = z.infer<typeof safetyModelSchema>;
export type FeatureSpec = SafetyModel['features'];
