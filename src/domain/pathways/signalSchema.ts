import { z } from 'zod';

// The parts both configuration files share: texts, Danish/English pairs, signal patterns, law references.

export const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/** A text in Danish and English. */
export const localizedSchema = z.object({ da: nonEmptyText, en: nonEmptyText }).strict();
export type Localized = z.infer<typeof localizedSchema>;

/** `{{name}}` in a safety pattern stands for a word list from the vocabulary section. */
export const VOCABULARY_REFERENCE = /\{\{([a-zA-Z]+)\}\}/g;

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern.replace(VOCABULARY_REFERENCE, '(?:x)'), 'u');
    return true;
  } catch {
    return false;
  }
}

export const patternSchema = z
  .string()
  .min(1, 'must not be empty')
  .refine(isValidPattern, 'is not a valid regular expression (JavaScript syntax, u flag)');

/**
 * How a signal is recognised in free text. Matching is case-insensitive and tolerates æ/ø/å written
 * as ae/oe/aa (or a/o/e).
 * - terms: whole words or phrases (spaces also match hyphens).
 * - stems: the start of a word, so inflections match ("misbrug" matches "misbruger", "misbrugt").
 * - compoundStems: anywhere inside a word, so compounds match ("omsorgssvigt" in "alvorligt omsorgssvigt").
 * - fuzzyStems: like stems, but one typo is tolerated (words of 6 or more letters).
 * - patterns: regular expressions for phrases that need context (\b and \w understand æ/ø/å).
 * - exclude: regular expressions for harmless phrases; a match inside one of them is ignored.
 */
export const signalFields = {
  terms: z.array(nonEmptyText).default([]),
  stems: z.array(nonEmptyText).default([]),
  compoundStems: z.array(nonEmptyText).default([]),
  fuzzyStems: z.array(z.string().trim().min(6, 'must have at least 6 letters')).default([]),
  patterns: z.array(patternSchema).default([]),
  exclude: z.array(patternSchema).default([]),
};

export function requireSomeSignal(
  s: { terms: string[]; stems: string[]; compoundStems: string[]; fuzzyStems: string[]; patterns: string[] },
  ctx: z.RefinementCtx,
): void {
  if (
    s.terms.length + s.stems.length + s.compoundStems.length + s.fuzzyStems.length + s.patterns.length ===
    0
  ) {
    ctx.addIssue({
      code: 'custom',
      message: 'must list at least one of terms, stems, compoundStems, fuzzyStems or patterns',
    });
  }
}

export const signalMatchSchema = z.object(signalFields).strict().superRefine(requireSomeSignal);
export type SignalMatch = z.infer<typeof signalMatchSchema>;

export const lawReferenceSchema = z
  .object({
    title: nonEmptyText,
    section: z.string().trim().optional(),
    url: z.string().url('must be a URL like https://www.retsinformation.dk/...').optional(),
  })
  .strict();
export type LawReference = z.infer<typeof lawReferenceSchema>;
