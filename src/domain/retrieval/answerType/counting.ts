import { normalise } from '../../text/normalise';

/** Units and measures: "hvor mange timer" is answered by "ni lektioner", "hvor mange procent" by any rate. */
const MEASURE_WORDS =
  /^(?:timer?|time|dage?|døgn|uger?|måneder?|år|procent|gange?|kroner|hours?|days?|weeks?|months?|years?|percent|times?|lektioner)$/u;
const COUNTED = /\b(?:hvor mange|how many)\s+([\p{L}-]+)/u;
const NUMBER_WORD =
  /^(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|hundrede|tusind|two|three|four|five|six|seven|eight|nine|ten)$/u;
/** A number followed by a full stop and a lower-case word: an ordinal ("0. klasse"), not a count. */
const ORDINAL = /\b\d+\.(?=\s+\p{Ll})/gu;
/** Most words between a figure and what it counts ("15 procent ulovligt fravær"). */
const COUNTED_GAP = 3;

/**
 * The thing a "hvor mange" question counts ("hvor mange underretninger", "how many schools"), or
 * undefined for a measure ("hvor mange timer", "procent"), which any figure of the topic answers.
 */
export function countedNoun(question: string): string | undefined {
  const m = COUNTED.exec(normalise(question));
  if (!m || MEASURE_WORDS.test(m[1])) return undefined;
  return m[1];
}

/**
 * Whether a sentence states a figure of the counted thing ("seks trin", "fire temaer"): a figure
 * followed within a few words by one of `counted`'s terms (whole, or as the last part of a compound,
 * "seks hverdage" for "dage"). "modtager en underretning ... inden for 24 timer" states no number of
 * reports, so "hvor mange underretninger fik kommunen" is not answered by it.
 */
export function quantifies(
  sentence: string,
  counted: ReadonlySet<string>,
  termOf: (word: string) => string,
): boolean {
  // "0. klasse", "1. januar": a number with a full stop before a word is an ordinal, no count.
  const words = normalise(sentence)
    .replace(ORDINAL, ' ordinal ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const isCounted = (word: string) => {
    const term = termOf(word);
    for (const c of counted) if (term === c || (c.length >= 3 && term.endsWith(c))) return true;
    return false;
  };
  if (words.some((w, i) => NUMBER_WORD.test(w) && words.slice(i + 1, i + 1 + COUNTED_GAP).some(isCounted)))
    return true;
  // The members named one by one right after the counted word count too ("en fællesbetegnelse for
  // delelementerne A, B, C og D"); a clause after it ("en underretning, vurderer den ...") does not.
  const text = normalise(sentence);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!isCounted(m[0])) continue;
    const items = text
      .slice((m.index ?? 0) + m[0].length)
      .split(/[.!?]/u)[0]
      .split(/,|;|\s(?:og|eller|samt|and|or)\s/u)
      .map((item) => item.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').length);
    if (items.length >= 3 && items.slice(0, 3).every((n) => n >= 1 && n <= LIST_ITEM_MAX_WORDS)) return true;
  }
  return false;
}

/**
 * The kinds of measure a "hvor mange" question can ask for, each with the units that answer it:
 * "hvor mange timer" is answered by "ni lektioner" or "24 timer", never by "tre dele".
 */
const MEASURE_UNITS: Readonly<Record<string, RegExp>> = {
  time: /^(?:timer?|time|lektion(?:er)?|minutter?|dage?|døgn|hverdage?|uger?|måneder?|år|hours?|lessons?|minutes?|days?|weeks?|months?|years?)$/u,
  share: /^(?:procent|pct|percent|%)$/u,
  money: /^(?:kroner|kr|mio|millioner|milliarder|dkk)$/u,
  occasions: /^(?:gange?|times?)$/u,
};

/** The measure word itself ("timer" in "hvor mange timer"), or undefined when no measure is asked. */
export function measureWord(question: string): string | undefined {
  const m = COUNTED.exec(normalise(question));
  return m && MEASURE_WORDS.test(m[1]) ? m[1] : undefined;
}

/** The kind of measure a measure word names ("timer" -> time), as statesMeasure takes it. */
export function measureKind(word: string): string | undefined {
  return Object.keys(MEASURE_UNITS).find((kind) => MEASURE_UNITS[kind]!.test(word));
}

/** The kind of measure a "hvor mange" question asks for, or undefined when it counts a thing or nothing. */
export function measureAsked(question: string): string | undefined {
  const word = measureWord(question);
  return word === undefined ? undefined : measureKind(word);
}

/** Whether a sentence states a figure in the asked kind of measure ("24 timer", "15 procent", "15 %"). */
export function statesMeasure(sentence: string, kind: string): boolean {
  const units = MEASURE_UNITS[kind];
  if (units === undefined) return false;
  const words = normalise(sentence)
    .replace(/%/g, ' % ')
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w !== '');
  return words.some(
    (w, i) =>
      (NUMBER_WORD.test(w) && words.slice(i + 1, i + 1 + COUNTED_GAP).some((u) => units.test(u))) ||
      (SINGLE.test(w) && units.test(words[i + 1] ?? '')),
  );
}

/**
 * "en"/"et" right before the unit is the figure one ("tillader det én gang", "inden for en uge");
 * anywhere else it is the article, so it counts only for a measure and only next to its unit.
 */
const SINGLE = /^(?:en|et|one|an?)$/u;

/** Whether a word is a unit of the kind of measure ("procent" and "percent" for a share). */
export function isUnitOf(kind: string, word: string): boolean {
  return MEASURE_UNITS[kind]?.test(word) ?? false;
}

/** Most words of one member in a list named inside a sentence ("Herningmodel Skolestart"). */
const LIST_ITEM_MAX_WORDS = 4;
