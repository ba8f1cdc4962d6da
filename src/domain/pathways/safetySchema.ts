import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';
import { PATHWAY_IDS } from '../shared/pathwayId';
import {
  lawReferenceSchema,
  localizedSchema,
  patternSchema,
  requireSomeSignal,
  signalFields,
  VOCABULARY_REFERENCE,
} from './signalSchema';

// The schema of config/safety.yaml: the warning levels, rules, explanations and triage.

export const SAFETY_LEVELS = ['acute', 'notify'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

const safetyRuleSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be letters and digits, e.g. violence'),
    level: z.enum(SAFETY_LEVELS, { errorMap: () => ({ message: 'must be acute or notify' }) }),
    label: localizedSchema,
    /** The rule fires only when one of these other rules also fired (e.g. recent abuse needs abuse). */
    requiresAnyOf: z.array(z.string()).default([]),
    /** With requiresAnyOf: the other rule must be found within this many characters (same passage). */
    requiresWithin: z.number().int().min(1).max(2000).optional(),
    /** The rule fires only when the description mentions a pregnancy or expecting parents. */
    requiresPregnancy: z.boolean().default(false),
    /** The rule fires only for children of at most this age (it still fires when the age is unknown). */
    maxAge: z.number().min(0).max(25).optional(),
    /** The rule fires only for children of at least this age (it still fires when the age is unknown). */
    minAge: z.number().min(0).max(25).optional(),
    /**
     * The writer may explain the sign away in the same sentence ("blå mærker fra fodbold"): an
     * explanation concept that names this rule then rules it out (for an infant only a medical one).
     */
    explainable: z.boolean().default(false),
    /** The rule fires only for an infant: an age under explanations.notBelowAgeYears or an infant word. */
    infantOnly: z.boolean().default(false),
    involve: z.array(localizedSchema).default([]),
    lawReferences: z.array(lawReferenceSchema).default([]),
    ...signalFields,
  })
  .strict()
  .superRefine(requireSomeSignal);
export type SafetyRule = z.infer<typeof safetyRuleSchema>;

const explanationConceptSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be letters and digits, e.g. sportOrPlay'),
    /** The ids of the explainable rules this kind of explanation may rule out. */
    explains: z
      .array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be a rule id'))
      .min(1, 'must name at least one rule'),
    /** A medical explanation (a diagnosis, a vaccination) holds for a baby too. */
    medical: z.boolean().default(false),
    /**
     * The explanation may also stand in the sentence just before the sign: the accident an adult saw,
     * then the mark it left ("Han faldt fra klatrestativet, jeg stod ved siden af. Han har et blåt
     * mærke på låret.").
     */
    toldBefore: z.boolean().default(false),
    /**
     * The explanation may also stand anywhere after the sign, sentences later: a diagnosis that
     * names the mark itself ("8 mdr pige med store blågrå pletter ... Mor fortalte at det er
     * mongolske pletter").
     */
    toldLater: z.boolean().default(false),
    /**
     * The explanation accounts for the whole matter (a named diagnosis, a crush as the secret): when
     * it rules out every sign the rules saw, the statistical model may not raise a warning on its own.
     */
    settles: z.boolean().default(false),
    patterns: z.array(patternSchema).min(1, 'must list at least one pattern'),
    /**
     * Words that void the explanation where they stand beside it: the writer contradicts it ("not a
     * joke") or the child's own intent outweighs it (a school project, then "hun har en plan").
     */
    unless: z.array(patternSchema).default([]),
  })
  .strict();
export type ExplanationConcept = z.infer<typeof explanationConceptSchema>;

const triageTouchSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be letters and digits, e.g. marks'),
    label: localizedSchema,
    ...signalFields,
  })
  .strict()
  .superRefine(requireSomeSignal);

const triageQuestionSchema = z
  .object({
    /** The question as the card asks it. */
    question: localizedSchema,
    /** What a yes raises, shown as the reason. */
    label: localizedSchema,
    level: z.enum(SAFETY_LEVELS, { errorMap: () => ({ message: 'must be acute or notify' }) }),
  })
  .strict();

export const TRIAGE_QUESTION_IDS = ['dangerNow', 'disclosure', 'unexplainedInjury'] as const;
export type TriageQuestionId = (typeof TRIAGE_QUESTION_IDS)[number];
export type TriageAnswers = Partial<Record<TriageQuestionId, boolean>>;

const levelTextsSchema = z
  .object({
    title: localizedSchema,
    text: localizedSchema,
    steps: z.array(localizedSchema).min(1, 'must list at least one step'),
    involve: z.array(localizedSchema).default([]),
    lawReferences: z.array(lawReferenceSchema).default([]),
  })
  .strict();
export type SafetyLevelTexts = z.infer<typeof levelTextsSchema>;

export const safetyFileSchema = z
  .object({
    version: z.literal(1, { errorMap: () => ({ message: 'must be 1' }) }),
    levels: z.object({ acute: levelTextsSchema, notify: levelTextsSchema }).strict(),
    /** Word lists used in patterns as {{name}}, e.g. adult: 'far|mor|stedfar\w*'. */
    vocabulary: z.record(z.string().regex(/^[a-zA-Z]+$/), patternSchema).default({}),
    /** Safety rules lead to this pathway (the municipality's social services are involved). */
    pathway: z.enum(PATHWAY_IDS).default('social'),
    negation: z
      .object({
        /** Phrases by which the writer rules a signal out ("ingen tegn på"). Only these may lower a warning. */
        denials: z.array(patternSchema).min(1),
        /** Words that start a new clause ("men"): a denial does not reach across them. */
        contrasts: z.array(patternSchema).default([]),
        /** Words that show doubt ("tror", "måske"): the warning stays. */
        doubts: z.array(patternSchema).default([]),
        /**
         * Denials that follow the signal at once, as "ikke" follows the verb in a Danish main clause
         * ("mor drak ikke"). Anchored with "^" at the signal's end.
         */
        afterSignal: z.array(patternSchema).default([]),
        /**
         * Words that narrow a denial after the signal in its own clause ("ikke kun"): the signal
         * stands. A contrast (`contrasts`, "men") anywhere after it in the sentence does the same.
         */
        restrictions: z.array(patternSchema).default([]),
        /** Verbs that a following "ikke" makes the sign ("tør ikke", "vil ikke"), anchored with "$". */
        negatedVerbs: z.array(patternSchema).default([]),
        /** How many characters before the signal a denial may stand. */
        window: z.number().int().min(5).max(200).default(60),
      })
      .strict(),
    rules: z.array(safetyRuleSchema).min(1),
    /**
     * Benign explanations of a sign, by concept, honoured only in the sign's sentence or the next
     * one and only for the rules a concept names (a sport explains a bruise, never self-harm).
     */
    explanations: z
      .object({
        concepts: z.array(explanationConceptSchema).min(1, 'must list at least one concept'),
        /** Below this age only a medical explanation is accepted: a child who cannot move by itself. */
        notBelowAgeYears: z.number().min(0).max(5).default(1),
        /** Words that make a child an infant when no age is given ("spædbarn", "baby"). */
        infantWords: z.array(patternSchema).default([]),
        /** Words that show a baby already moves by itself ("kravler", "går"). */
        mobileWords: z.array(patternSchema).default([]),
        /**
         * Words that show a child does not yet move by itself ("går ikke endnu"), whatever its age:
         * such a child is treated as an infant, so only a medical explanation lowers an injury.
         */
        immobileWords: z.array(patternSchema).default([]),
        /**
         * Words that make a later mention of an explained sign a new sign ("nye mærker", "again"):
         * without them, the same sign named again after the writer explained it stays explained.
         */
        freshSignWords: z.array(patternSchema).default([]),
        /**
         * Words that cast doubt on the story told for a sign (it changed, it is the same as last
         * time, it does not fit): anywhere in the description, they void every explanation but a
         * medical one.
         */
        storyDoubts: z.array(patternSchema).default([]),
        /**
         * Words by which the writer contradicts the explanation from what she has seen herself
         * ("har aldrig set eksem på ham", "den var ikke der i sidste uge"): then no explanation holds,
         * a medical one told by the parent included.
         */
        contradictions: z.array(patternSchema).default([]),
        /**
         * Words with which the writer resolves an alarm later in the message ("det viste sig", "it
         * turned out", "jeg har nu talt med ham"): an explanation within reach after them counts for
         * a sign anywhere before them, not only in the sign's own or next sentence.
         */
        resolutionMarkers: z.array(patternSchema).default([]),
        /**
         * Words by which a next sentence adds another finding about the child ("hun har også ...",
         * "she also has ...", "desuden"): for a baby, such a sentence names something else, so it is
         * left out of an explanation's reach.
         */
        anotherFinding: z.array(patternSchema).default([]),
        label: localizedSchema,
      })
      .strict()
      .optional(),
    /** The reason shown for a warning the statistical safety model raised (no rule fired). */
    modelLabels: z.object({ notify: localizedSchema, acute: localizedSchema }).strict().optional(),
    /**
     * Weak evidence: words that touch a risk concept without raising a warning on their own. The
     * card then asks the three triage questions and evaluates again; a yes raises the warning.
     */
    triage: z
      .object({
        touches: z.array(triageTouchSchema).min(1),
        questions: z
          .object({
            dangerNow: triageQuestionSchema,
            disclosure: triageQuestionSchema,
            unexplainedInjury: triageQuestionSchema,
          })
          .strict(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const ids = reportDuplicateIds(ctx, 'rules', value.rules, { message: (id) => `duplicate rule id ${id}` });
    const checkReferences = (patterns: readonly string[], path: (string | number)[]): void => {
      patterns.forEach((pattern, j) => {
        for (const m of pattern.matchAll(VOCABULARY_REFERENCE)) {
          if (!(m[1] in value.vocabulary)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, j],
              message: `uses {{${m[1]}}}, which vocabulary does not define`,
            });
          }
        }
      });
    };
    const explainable = new Set(value.rules.filter((r) => r.explainable).map((r) => r.id));
    const explained = new Set<string>();
    const conceptIds = new Set<string>();
    value.explanations?.concepts.forEach((concept, index) => {
      if (conceptIds.has(concept.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['explanations', 'concepts', index, 'id'],
          message: `duplicate explanation concept id ${concept.id}`,
        });
      }
      conceptIds.add(concept.id);
      checkReferences(concept.patterns, ['explanations', 'concepts', index, 'patterns']);
      checkReferences(concept.unless, ['explanations', 'concepts', index, 'unless']);
      concept.explains.forEach((id, j) => {
        explained.add(id);
        if (!explainable.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['explanations', 'concepts', index, 'explains', j],
            message: ids.has(id)
              ? `names rule ${id}, which is not marked explainable: true`
              : `names an unknown rule ${id}`,
          });
        }
      });
    });
    value.rules.forEach((rule, index) => {
      if (rule.explainable && !explained.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'explainable'],
          message: `no explanation concept names ${rule.id} in its explains list`,
        });
      }
      checkReferences(rule.patterns, ['rules', index, 'patterns']);
      checkReferences(rule.exclude, ['rules', index, 'exclude']);
      rule.requiresAnyOf.forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index, 'requiresAnyOf', j],
            message: `names an unknown rule ${id}`,
          });
        }
      });
    });
  });
export type SafetyFile = z.infer<typeof safetyFileSchema>;
