import { createCompoundSplitter, type CompoundSplitter } from './compounds';
import { normalise } from './normalise';
import { stem } from './stem';
import { isStopWord } from './stopWords';
import { tokenise } from './tokenise';

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

export function createAnalyzer(lexicon: Iterable<string> = []): Analyzer {
  const splitter = createCompoundSplitter(lexicon);

  function analyse(text: string): AnalysedTerm[] {
    const raw = tokenise(text);
    const out: AnalysedTerm[] = [];
    raw.forEach((token, position) => {
      const words = token.text.includes('-')
        ? [token.text.replace(/-/g, ''), ...token.text.split('-')]
        : [token.text];
      words.forEach((word, i) => {
        if (word.length === 0 || isStopWord(word)) return;
        if (word.length < 2 && !/\d/.test(word)) return;
        const weight = i === 0 ? 1 : COMPOUND_PART_WEIGHT;
        out.push({ term: stem(word), weight, position });
        for (const part of splitter.split(word))
          out.push({ term: part, weight: COMPOUND_PART_WEIGHT, position });
      });
      // Suspended hyphen: "børne- og ungepolitikken" -> "børnepolitikken" (+ its parts).
      if (token.suspended) {
        const next = raw
          .slice(position + 1, position + 4)
          .find((t) => !['og', 'eller', 'samt'].includes(t.text));
        if (next) {
          const parts = splitter.split(next.text);
          const headStem = parts.length > 0 ? parts[parts.length - 1] : undefined;
          if (headStem) {
            const nextNorm = next.text;
            // Find the surface head in the following word to build the full compound.
            const headStart = findHeadStart(nextNorm, headStem);
            const compound = token.text + (headStart >= 0 ? nextNorm.slice(headStart) : headStem);
            out.push({ term: stem(compound), weight: 1, position });
            out.push({ term: headStem, weight: COMPOUND_PART_WEIGHT, position });
          }
        }
      }
    });
    return out;
  }

  return {
    analyse,
    learn(text: string) {
      splitter.addWords(lexiconWords(text));
    },
    splitter,
  };
}

function findHeadStart(word: string, headStem: string): number {
  const idx = word.lastIndexOf(headStem);
  return idx > 0 ? idx : -1;
}

export { normalise, stem, tokenise };
