import { z } from 'zod';
import { reportDuplicateIds } from '../configRules';
import { PATHWAY_IDS } from '../shared/pathwayId';
import {
  lawReferenceSchema,
  localizedSchema,
  nonEmptyText,
  requireSomeSignal,
  signalFields,
  signalMatchSchema,
} from './signalSchema';

// The schema of config/pathways.yaml: the pathways, the settings and the concern test.

export const SETTING_IDS = [
  'hjemme',
  'dagpleje',
  'vuggestue',
  'boernehave',
  'skole',
  'sfo',
  'fritidsklub',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

const ageRangeSchema = z
  .object({ min: z.number().min(0).max(25), max: z.number().min(0).max(25) })
  .strict()
  .refine((r) => r.min <= r.max, 'min must not be larger than max');

const pathwaySignalSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be letters and digits, e.g. language'),
    label: localizedSchema,
    weight: z.number().min(0).max(10).default(2),
    /**
     * The family itself asks for advice or support: the family pathway's own door (anonymous family
     * advice), which the writer's word that the child or the family copes does not close.
     */
    familyRequest: z.boolean().default(false),
    ...signalFields,
  })
  .strict()
  .superRefine(requireSomeSignal);
export type PathwaySignal = z.infer<typeof pathwaySignalSchema>;

const conditionalRoleSchema = z.object({ minAge: z.number().min(0).max(25), role: localizedSchema }).strict();

const firstStepSchema = z
  .object({
    da: nonEmptyText,
    en: nonEmptyText,
    /** Leave this step out when the duty to notify is raised (e.g. referring to anonymous advice). */
    skipWhenNotify: z.boolean().default(false),
  })
  .strict();

export const pathwaySchema = z
  .object({
    id: z.enum(PATHWAY_IDS, {
      errorMap: () => ({ message: 'must be social, dagtilbud, skolestart or skole' }),
    }),
    name: localizedSchema,
    summary: localizedSchema,
    for: z
      .object({
        ages: ageRangeSchema,
        grades: z.array(z.number().int().min(0).max(10)).default([]),
        settings: z.array(z.enum(SETTING_IDS)).default([]),
        pregnancy: z.boolean().default(false),
      })
      .strict(),
    signals: z.array(pathwaySignalSchema).default([]),
    firstSteps: z.array(firstStepSchema).min(1, 'must list at least one first step'),
    involve: z.array(localizedSchema).min(1, 'must list at least one role'),
    involveFromAge: z.array(conditionalRoleSchema).default([]),
    lawReferences: z.array(lawReferenceSchema).default([]),
    /** Search words sent to the policy Q&A to find passages to cite. */
    citationQuery: nonEmptyText,
  })
  .strict();
export type PathwayDefinition = z.infer<typeof pathwaySchema>;

const settingSchema = z
  .object({
    id: z.enum(SETTING_IDS, {
      errorMap: () => ({ message: `must be one of ${SETTING_IDS.join(', ')}` }),
    }),
    label: localizedSchema,
    ...signalFields,
  })
  .strict()
  .superRefine(requireSomeSignal);
export type SettingDefinition = z.infer<typeof settingSchema>;

export const pathwaysFileSchema = z
  .object({
    version: z.literal(1, { errorMap: () => ({ message: 'must be 1' }) }),
    /** Chosen when a description gives nothing to go on. */
    defaultPathway: z.enum(PATHWAY_IDS),
    /**
     * The pathway for concerns about the family rather than the child's setting: always eligible,
     * chosen when its signals outweigh the setting's, for a pregnancy without a child's age, and
     * suggested beside another pathway when the family is touched.
     */
    familyPathway: z.enum(PATHWAY_IDS).default('social'),
    pathways: z.array(pathwaySchema),
    settings: z.array(settingSchema),
    /** Words for pregnancy and expecting parents. */
    pregnancy: signalMatchSchema,
    /**
     * Words that say the family copes with what the description tells (a planned stay in hospital
     * with the other parent at home, an amicable separation, grief talked about openly, a condition
     * in treatment, "it turned out to be ..."). When nothing raised a warning, they weaken the
     * family signals, so the child's own setting decides the pathway.
     */
    familyCopes: signalMatchSchema.optional(),
    /** How free text is recognised as a concern about a child (routes a Teams message here). */
    concern: z
      .object({
        /** Words that point to a particular child ("en elev", "drengen", "min datter"). */
        child: signalMatchSchema,
        /** Words of worry ("bekymret", "trives ikke"). */
        worry: signalMatchSchema,
        /** General questions about rules that are not about a particular child. */
        generalQuestion: signalMatchSchema,
      })
      .strict(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = reportDuplicateIds(ctx, 'pathways', value.pathways, {
      message: (id) => `duplicate pathway id ${id}`,
    });
    for (const id of PATHWAY_IDS) {
      if (!seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['pathways'], message: `pathway ${id} is missing` });
      }
    }
  });
export type PathwaysFile = z.infer<typeof pathwaysFileSchema>;
