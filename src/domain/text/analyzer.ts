import { createCompoundSplitter, type CompoundSplitter } from './compounds';
import { normalise } from './normalise';
import { stem } from './stem';
import { isStopWord } from './stopWords';
import { tokenise, tokeniseNormalised } from './tokenise';

export interface AnalysedTerm {
  /** Stemmed term. */
  readonly term: string;
  /** 1 for a word itself, lower for parts of compounds. */
  readonly weight: number;
  /** Position of the source word, for proximity and dedup. */
  readonly position: number;
}

/** Weight of a compound part relative to the whole word. */
export const COMPOUND_PART_WEIGHT = 0.6;

export interface Analyzer {
  /** Terms of a text: stems of content words plus compound parts (lower weight). */
  analyse(text: string): AnalysedTerm[];
  /** Summed weight of each term of a text. */
  termWeights(text: string): Map<string, number>;
  /**
   * Calls `emit` for every term of the text, in order, without building intermediate objects
   * (what the index uses at build time).
   */
  forEachTerm(text: string, emit: (term: string, weight: number, position: number) => void): void;
  /**
   * The normalised words of a text without hyphens (the common case), or null when the text holds
   * a hyphen and needs the full analysis. Lets a caller analyse each distinct word once.
   */
  simpleWords(text: string): string[] | null;
  /** Terms of one normalised word (its stem, then its compound parts); [] for stop words. */
  wordTerms(word: string): readonly { readonly term: string; readonly weight: number }[];
  /** Adds vocabulary (raw text) to the compound lexicon. */
  learn(text: string): void;
  readonly splitter: CompoundSplitter;
}

/** Words of a text fit for the compound lexicon: content words only. */
export function lexiconWords(text: string): string[] {
  return tokenise(text)
    .flatMap((t) => t.text.split('-'))
    .filter((w) => w.length >= 3 && !isStopWord(w) && !/\d/.test(w));
}

type WordTerm = { readonly term: string; readonly weight: number };
type EmitTerm = (term: string, weight: number, position: number) => void;
const NONE: readonly WordTerm[] = [];

/** Terms of one word (its stem, then its compound parts), cached until the lexicon grows. */
function createWordTerms(splitter: CompoundSplitter): (word: string) => readonly WordTerm[] {
  const wordCache = new Map<string, readonly WordTerm[]>();
  let cachedLexiconSize = splitter.size;
  return function wordTerms(word: string): readonly WordTerm[] {
    if (splitter.size !== cachedLexiconSize) {
      wordCache.clear();
      cachedLexiconSize = splitter.size;
    }
    const cached = wordCache.get(word);
    if (cached) return cached;
    let terms: readonly WordTerm[] = NONE;
    if (word.length > 0 && !isStopWord(word) && (word.length >= 2 || /\d/.test(word))) {
      terms = [
        { term: stem(word), weight: 1 },
        ...splitter.split(word).map((part) => ({ term: part, weight: COMPOUND_PART_WEIGHT })),
      ];
    }
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(word, terms);
    return terms;
  };
}

/**
 * A suspended hyphen ("børne- og ungepolitikken"): the first word completed with the head of the
 * next content word ("børnepolitikken"), emitted with that head.
 */
function emitSuspendedCompound(
  token: { readonly text: string },
  following: readonly { readonly text: string }[],
  position: number,
  splitter: CompoundSplitter,
  emit: EmitTerm,
): void {
  const next = following.find((t) => !['og', 'eller', 'samt'].includes(t.text));
  if (!next) return;
  const parts = splitter.split(next.text);
  const headStem = parts.length > 0 ? parts[parts.length - 1] : undefined;
  if (!headStem) return;
  // Find the surface head in the following word to build the full compound.
  const headStart = findHeadStart(next.text, headStem);
  const compound = token.text + (headStart >= 0 ? next.text.slice(headStart) : headStem);
  emit(stem(compound), 1, position);
  emit(headStem, COMPOUND_PART_WEIGHT, position);
}

/** The full analysis of normalised text with hyphens: joined and split forms, suspended compounds. */
function visitHyphenated(
  normalised: string,
  wordTerms: (word: string) => readonly WordTerm[],
  splitter: CompoundSplitter,
  emit: EmitTerm,
): void {
  const raw = tokeniseNormalised(normalised);
  for (let position = 0; position < raw.length; position++) {
    const token = raw[position];
    if (token.text.includes('-')) {
      const whole = token.text.replace(/-/g, '');
      for (const t of wordTerms(whole)) emit(t.term, t.weight, position);
      for (const part of token.text.split('-')) {
        for (const t of wordTerms(part)) emit(t.term, COMPOUND_PART_WEIGHT, position);
      }
    } else {
      for (const t of wordTerms(token.text)) emit(t.term, t.weight, position);
    }
    if (token.suspended) {
      emitSuspendedCompound(token, raw.slice(position + 1, position + 4), position, splitter, emit);
    }
  }
}

export function createAnalyzer(lexicon: Iterable<string> = []): Analyzer {
  const splitter = createCompoundSplitter(lexicon);
  const wordTerms = createWordTerms(splitter);

  /** Calls `emit` for every term of the text, in order. */
  function visit(text: string, emit: EmitTerm): void {
    const normalised = normalise(text);
    if (normalised.includes('-')) {
      visitHyphenated(normalised, wordTerms, splitter, emit);
      return;
    }
    // Fast path (most text): no hyphenated or suspended words, so no token objects are needed.
    WORD.lastIndex = 0;
    let position = 0;
    let match: RegExpExecArray | null;
    while ((match = WORD.exec(normalised)) !== null) {
      const terms = wordTerms(match[0]);
      for (let i = 0; i < terms.length; i++) emit(terms[i].term, terms[i].weight, position);
      position++;
    }
  }

  function analyse(text: string): AnalysedTerm[] {
    const out: AnalysedTerm[] = [];
    visit(text, (term, weight, position) => out.push({ term, weight, position }));
    return out;
  }

  function termWeights(text: string): Map<string, number> {
    const out = new Map<string, number>();
    visit(text, (term, weight) => out.set(term, (out.get(term) ?? 0) + weight));
    return out;
  }

  return {
    analyse,
    termWeights,
    forEachTerm: visit,
    simpleWords(text: string): string[] | null {
      const normalised = normalise(text);
      if (normalised.includes('-')) return null;
      const out: string[] = [];
      WORD.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = WORD.exec(normalised)) !== null) out.push(match[0]);
      return out;
    },
    wordTerms,
    learn(text: string) {
      splitter.addWords(lexiconWords(text));
    },
    splitter,
  };
}

/** A word of text without hyphens (see tokenise.ts for the full token rule). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * Adds the lexicon words of a text to `into` (as `lexiconWords` would), looking at each distinct
 * token once: `seen` remembers tokens across calls, so a large collection is scanned cheaply.
 */
export function isLexiconWord(w: string): boolean {
  return w.length >= 3 && !isStopWord(w) && !/\d/.test(w);
}

export function collectLexiconWords(text: string, into: Set<string>, seen: Set<string>): void {
  const normalised = normalise(text);
  LEXICON_TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = LEXICON_TOKEN.exec(normalised)) !== null) {
    const token = match[0];
    if (seen.has(token)) continue;
    seen.add(token);
    for (const w of token.split('-')) {
      if (isLexiconWord(w)) into.add(w);
    }
  }
}
const LEXICON_TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function findHeadStart(word: string, headStem: string): number {
  const idx = word.lastIndexOf(headStem);
  return idx > 0 ? idx : -1;
}

export { normalise, stem, tokenise };
