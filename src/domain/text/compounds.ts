import { stem } from './stem';

/**
 * Splits Danish compounds ("fællesskabsstrategien" -> fællesskab + strategi) with a lexicon of
 * known words (normalised word forms; their stems are derived). Linking letters s and e between
 * parts are allowed. Splits only when every part is a known word of at least MIN_PART letters.
 */
const MIN_PART = 3;
const MIN_WORD = 7;
const MAX_PARTS = 4;

export interface CompoundSplitter {
  /** Stems of the parts, or [] when the word is not a known compound. */
  split(word: string): readonly string[];
  /** Adds words (normalised forms) to the lexicon. */
  addWords(words: Iterable<string>): void;
  readonly size: number;
}

/** Common heads and modifiers of the field, so splitting works before any document is read. */
export const BASE_LEXICON: readonly string[] = (
  'barn børn unge ung skole klasse model plan pligt politik strategi tilbud leder lærer pædagog ' +
  'forældre familie netværk fællesskab indsats trappe team område rådgiver rådgivning sundhed pleje ' +
  'plejerske udvikling kompetence læring leg trivsel dannelse start social støtte hjælp møde samtale ' +
  'vurdering undersøgelse sag behandling center fritid forebyggelse inklusion samarbejde overgang ' +
  'alder dag institution have vugge stue sprog tavshed oplysning videregivelse underretning ' +
  'bekymring vold overgreb fravær lov regel syn liv værdi tid mål'
).split(' ');

export function createCompoundSplitter(initialWords: Iterable<string> = []): CompoundSplitter {
  const forms = new Set<string>();
  const stems = new Set<string>();
  // First MIN_PART letters of every form and stem: a Snowball stem is a prefix of its word, so a
  // part whose opening is not among these cannot be known, and is rejected without stemming it.
  const openings = new Set<string>();
  const cache = new Map<string, readonly string[]>();
  const knownCache = new Map<string, boolean>();

  function add(words: Iterable<string>): void {
    for (const w of words) {
      if (w.length < MIN_PART || /\d/.test(w)) continue;
      if (forms.has(w)) continue;
      forms.add(w);
      const s = stem(w);
      stems.add(s);
      openings.add(w.slice(0, MIN_PART));
      openings.add(s.slice(0, MIN_PART));
    }
    cache.clear();
    knownCache.clear();
  }
  add(BASE_LEXICON);
  add(initialWords);

  function known(part: string): boolean {
    if (part.length < MIN_PART || !openings.has(part.slice(0, MIN_PART))) return false;
    let result = knownCache.get(part);
    if (result === undefined) {
      result = forms.has(part) || stems.has(part) || stems.has(stem(part));
      if (knownCache.size > 200_000) knownCache.clear();
      knownCache.set(part, result);
    }
    return result;
  }

  return {
    split(word: string): readonly string[] {
      if (word.length < MIN_WORD || /\d/.test(word)) return [];
      const cached = cache.get(word);
      if (cached) return cached;
      const parts = splitWord(word, known);
      if (cache.size > 50_000) cache.clear();
      cache.set(word, parts);
      return parts;
    },
    addWords: add,
    get size() {
      return forms.size;
    },
  };
}

/** A link letter (s or e) may join two parts: "fællesskab-s-strategi". */
function withoutLinkLetter(tail: string): string | null {
  return (tail.startsWith('s') || tail.startsWith('e')) && tail.length > MIN_PART ? tail.slice(1) : null;
}

/** Returns part lists for `rest`, longest first part preferred; null when no full split exists. */
function splitRest(rest: string, depth: number, known: (part: string) => boolean): string[] | null {
  if (known(rest)) return [rest];
  if (depth >= MAX_PARTS) return null;
  for (let end = rest.length - MIN_PART; end >= MIN_PART; end--) {
    const head = rest.slice(0, end);
    if (!known(head)) continue;
    const rests = splitTail(rest.slice(end), depth + 1, known);
    if (rests) return [head, ...rests];
  }
  return null;
}

/** The parts of what follows a known head, trying it with and without a link letter. */
function splitTail(tail: string, depth: number, known: (part: string) => boolean): string[] | null {
  const result = splitRest(tail, depth, known);
  if (result) return result;
  const unlinked = withoutLinkLetter(tail);
  return unlinked === null ? null : splitRest(unlinked, depth, known);
}

/** Stems of the parts of a word, longest first part preferred; [] when it is no known compound. */
function splitWord(word: string, known: (part: string) => boolean): readonly string[] {
  for (let end = word.length - MIN_PART; end >= MIN_PART; end--) {
    const head = word.slice(0, end);
    if (!known(head)) continue;
    const rest = splitTail(word.slice(end), 2, known);
    if (rest) return [head, ...rest].map((p) => stem(p));
  }
  return [];
}
