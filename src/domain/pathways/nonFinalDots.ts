/** Dots that do not end a sentence in the way staff write: initials and common abbreviations. */

import { ABBREVIATIONS_BEFORE_WORDS } from './sentences';

/**
 * Notes written as documentation shorten names to an initial ("Far til H. kom for sent", "A. (8)
 * faldt"). That dot does not end the sentence, or a sign and its actor would be read apart; a dot
 * after an initial followed by a capital still does ("... med H. Han sagde").
 */
const INITIAL_DOT = /(?<![\p{L}\p{N}.])\p{Lu}\.(?=[ \t]+(?:\p{Ll}|\(|\d))/gu;

/**
 * The dot of a common abbreviation before a number or a small letter ("kl. 19 i aften", "ca. 40
 * år", "pga. det") does not end the sentence either: a meeting "kl. 19 i aften" is tonight's.
 */
const ABBREVIATION_DOT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ABBREVIATIONS_BEFORE_WORDS})\\.(?=[ \\t]+(?:\\p{Ll}|\\d))`,
  'gu',
);

/**
 * The description lowered, with the dots that do not end a sentence (an initial, a common
 * abbreviation) read as spaces: offsets stay as they are.
 */
export function withoutNonFinalDots(original: string, lower: string): string {
  let out = lower;
  for (const m of original.matchAll(INITIAL_DOT)) {
    const dot = (m.index ?? 0) + 1;
    out = `${out.slice(0, dot)} ${out.slice(dot + 1)}`;
  }
  // Same length: the dot becomes a space, so offsets into the original still hold.
  return out.replace(ABBREVIATION_DOT, (abbreviation) => `${abbreviation.slice(0, -1)} `);
}
