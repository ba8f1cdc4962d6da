import { aeMayBeA } from './foldedSpelling';

/**
 * Letters as regular expressions see them. The text is lower-cased first, so Latin letters with
 * their accented forms are enough; a narrow class keeps compiling the few hundred patterns cheap
 * (\p{L} makes every pattern carry the whole Unicode letter table).
 */
export const LETTER = 'a-z0-9_\\u00df-\\u024f';
const BOUNDARY = `(?:(?<![${LETTER}])(?=[${LETTER}])|(?<=[${LETTER}])(?![${LETTER}]))`;
export const WORD_START = `(?<![${LETTER}])`;
export const WORD_END = `(?![${LETTER}])`;

/** Staff often type æ, ø and å as ae, oe and aa, or drop them (a, o, e). */
const LETTER_VARIANTS: Record<string, string> = {
  æ: '(?:æ|ae|e)',
  ø: '(?:ø|oe|o)',
  å: '(?:å|aa|a)',
};
const AE_BEFORE_GE = '(?:æ|ae)';
/** In a description typed without æ, ø and å, æ may also be an a (see foldedSpelling). */
const AE_FOLDED = '(?:æ|ae|e|a)';
const AE_BEFORE_GE_FOLDED = '(?:æ|ae|a)';

/** How the description spells Danish: with its own letters, or without æ, ø and å. */
export type Spelling = 'danish' | 'folded';

/**
 * An English auxiliary with "not" in a pattern, in either written form ("doesn't", "does\\s+not"):
 * staff write it contracted, in full or without the apostrophe ("dont"), and a rule written with
 * one form would miss the others. Each is rewritten to match all of them.
 */
const ENGLISH_NEGATION =
  /(?:(?<![a-z])|(?<=\\[sbwd]))(?:(do|does|did|is|was|has|have|had|would|could|should|are|were)(?:n't|\\s\+not)|won't|will\\s\+not|can't|cannot|can\\s\+not)(?![a-z])/g;

function englishNegations(pattern: string): string {
  return pattern.replace(ENGLISH_NEGATION, (found: string, auxiliary: string | undefined) => {
    if (auxiliary) return `(?:${auxiliary}n'?t|${auxiliary}\\s+not)`;
    if (found.startsWith('w')) return "(?:won'?t|will\\s+not)";
    return "(?:can'?t|cannot|can\\s+not)";
  });
}

/**
 * Spoken Danish drops the end of a few common verbs, and staff write it so: "vil ta sit eget liv",
 * "ska ha hjælp", "gi ham en lussing", "bli slået", "han ka knap stå". A rule written with the full
 * form ("tage sit eget liv") also matches the short one.
 */
const SPOKEN_SHORT_FORMS: Readonly<Record<string, string>> = {
  tage: "(?:tage|ta'?)",
  have: "(?:have|ha'?)",
  give: "(?:give|gi'?)",
  blive: "(?:blive|bli'?)",
  // West Jutlandic "vær" ("a vil hellere vær død").
  være: "(?:være|vær'?)",
  // Present tense, shortened the same way: "han ka knap stå", "hun ska hjem".
  kan: "(?:kan|ka'?)",
  skal: "(?:skal|ska'?)",
};
/** A whole word in a pattern: no letter before it (the b of a \\b escape does not count) or after it. */
const wholeWord = (words: string): RegExp =>
  new RegExp(`(?:(?<![a-zæøå\\\\])|(?<=\\\\b))(?:${words})(?![a-zæøå])`, 'g');

const SPOKEN_SHORT_FORM = wholeWord(Object.keys(SPOKEN_SHORT_FORMS).join('|'));

function spokenShortForms(pattern: string): string {
  return pattern.replace(SPOKEN_SHORT_FORM, (word: string) => SPOKEN_SHORT_FORMS[word] ?? word);
}

/**
 * Jutlandic and quick typing drop the end of "ikke" ("a tør ik", "det må ikk"), and West
 * Jutlandic says "itt": every rule's "ikke" also matches "ik", "ikk" and "itt".
 */
const SPOKEN_IKKE = wholeWord('ikke');

function spokenNegations(pattern: string): string {
  return pattern.replace(SPOKEN_IKKE, '(?:ik(?:ke?)?|itt)');
}

/**
 * Jutlandic "mæ" for "mig" ("så slår han mæ") and "a" for "jeg" ("a vil hellere vær død"), in a
 * child's words quoted as said.
 */
const SPOKEN_MIG = wholeWord('mig');
const SPOKEN_JEG = wholeWord('jeg');

function spokenPronouns(pattern: string): string {
  return pattern.replace(SPOKEN_MIG, '(?:mig|mæ)').replace(SPOKEN_JEG, '(?:jeg|a)');
}

/**
 * A span within one sentence (`[^.!?]`) goes on past the dot inside a time or a number ("alene ved
 * lågen kl 6.40 i pyjamas", "2.5 promille"): a dot between two digits ends no sentence.
 */
const WITHIN_SENTENCE = /\[\^\.!\?(\\n)?\]/g;
const DOT_BETWEEN_DIGITS = '(?<=\\d)\\.(?=\\d)';

function numberDotsWithinSentences(pattern: string): string {
  return pattern.replace(WITHIN_SENTENCE, (span: string) => `(?:${span}|${DOT_BETWEEN_DIGITS})`);
}

/**
 * Rewrites a pattern for Danish text: \b and \w understand letters beyond ASCII, and æ/ø/å outside
 * character classes also match their common ASCII spellings.
 */
export function danishPattern(pattern: string, spelling: Spelling = 'danish'): string {
  // Written and spoken forms first: each rule is written once, in one form.
  const source = numberDotsWithinSentences(
    spokenPronouns(spokenNegations(spokenShortForms(englishNegations(pattern)))),
  );
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length) {
      const next = source[i + 1];
      i++;
      if (!inClass && next === 'b') out += boundaryFor(source.slice(i + 1));
      else if (next === 'w') out += inClass ? LETTER : `[${LETTER}]`;
      else if (next === 'W' && !inClass) out += `[^${LETTER}]`;
      else out += ch + next;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    // "læge" (doctor) with æ dropped to e is "lege" (to play), the commonest word in a
    // description of children: before "ge", æ keeps only its ae spelling.
    const beforeGe = ch === 'æ' && source.startsWith('ge', i + 1);
    if (ch === 'æ' && spelling === 'folded' && aeMayBeA(source, i))
      out += beforeGe ? AE_BEFORE_GE_FOLDED : AE_FOLDED;
    else if (beforeGe) out += AE_BEFORE_GE;
    else out += LETTER_VARIANTS[ch] ?? ch;
  }
  return out;
}

/**
 * A \b before a word is a cheap "no letter before"; a \b after a word is a cheap "no letter after"
 * (also before a lookahead for a non-letter, "me\b(?=\W...)", or a group that opens with a space,
 * "brik\b(?:\s+hjem)?"; "\b(?=ryger)" starts a word).
 * Only when the pattern does not tell which, the full two-sided boundary is used.
 */
function boundaryFor(rest: string): string {
  // A lookahead consumes nothing: what it looks for decides ("hvis\b(?={{toldCondition}})").
  if (rest.startsWith('(?=')) return boundaryFor(rest.slice(3));
  if (rest === '' || /^(?:\(\?=)?(?:\)|\||\\s|\\W|\(\?!|\[\^|\[\\s|\s|,|\.|\$)/.test(rest)) return WORD_END;
  // A group that opens with a space or a non-word ("\b(?:\s+hjem)?") also follows a word.
  if (/^\((?:\?:)?(?:\\s|\\W|\[\^|\[\\s|\s|,|\.)/.test(rest)) return WORD_END;
  // A lookbehind consumes nothing: what it follows decides, so both sides are tested. So does a
  // group that opens with another group or an assertion ("alene\b(?:(?!\s...)[^.!?]){0,80}").
  if (rest.startsWith('(?<') || /^\((?:\?:)?\(/.test(rest)) return BOUNDARY;
  if (/^(?:\(\?:|\(|\[|\\w|\\d|\\p|\{\{|[\p{L}\p{N}_])/u.test(rest)) return WORD_START;
  return BOUNDARY;
}
