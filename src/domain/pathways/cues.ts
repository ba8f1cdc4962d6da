import { z } from 'zod';
import { createLiteralIndex, type LiteralGuard, type LiteralIndex } from './literalGuard';
import { allMatches, compileRegex, lowerPreservingOffsets } from './textMatching';
import { sentenceAround } from './sentences';

/**
 * Risk cues (config/safety-cues.yaml): broad word families that say something may be wrong for a
 * child. Rules need the right words in the right order; cues only say which kinds of things a
 * description talks about, and in which sentences they meet. The concern model weighs them.
 */
export const safetyCuesFileSchema = z
  .object({
    version: z.literal(1),
    cues: z.record(
      z.string().regex(/^[a-z][a-zA-Z]*$/, 'et cue-navn er camelCase, fx "harmAct"'),
      z.array(z.string().min(1)).min(1),
    ),
  })
  .strict();
export type SafetyCuesFile = z.infer<typeof safetyCuesFileSchema>;

export interface CompiledCue {
  readonly name: string;
  /** Each pattern with the literal test that skips it in a text where it cannot match. */
  readonly patterns: readonly { readonly regex: RegExp; readonly mayMatch: LiteralGuard }[];
}

/** Compiles every pattern once; a pattern that is not a valid regular expression names its cue. */
export function compileCues(
  file: SafetyCuesFile,
  literals: LiteralIndex = createLiteralIndex(),
): CompiledCue[] {
  return Object.entries(file.cues).map(([name, sources]) => ({
    name,
    patterns: sources.map((source, i) => {
      try {
        const regex = compileRegex(source);
        return { regex, mayMatch: literals.guard(regex) };
      } catch (error) {
        throw new Error(`cue "${name}", mønster ${i + 1}: ${(error as Error).message}`, { cause: error });
      }
    }),
  }));
}

/** Which cues occur where in a description. */
export interface CueOccurrences {
  /** Cue name to the sentence indexes it occurs in. */
  readonly sentencesByCue: ReadonlyMap<string, ReadonlySet<number>>;
  readonly sentenceCount: number;
}

export function findCues(text: string, cues: readonly CompiledCue[]): CueOccurrences {
  const lower = lowerPreservingOffsets(text);
  const starts = sentenceStartsOf(lower);
  const sentencesByCue = new Map<string, Set<number>>();
  for (const cue of cues) {
    for (const { regex, mayMatch } of cue.patterns) {
      if (!mayMatch(lower)) continue;
      for (const m of allMatches(regex, lower)) {
        if (m[0].length === 0) continue;
        let set = sentencesByCue.get(cue.name);
        if (!set) sentencesByCue.set(cue.name, (set = new Set()));
        set.add(sentenceIndexAt(starts, m.index));
      }
    }
  }
  return { sentencesByCue, sentenceCount: starts.length };
}

/**
 * The features the concern model reads: every cue that occurs (`cue:harmAct`), how often it
 * recurs across sentences (`many:harmAct` from three sentences on), and every pair of cues that meet
 * in one sentence or in two neighbouring sentences (`pair:harmAct+parentFigure`), names sorted so a
 * pair has one spelling.
 */
export function cueFeatures(occurrences: CueOccurrences): string[] {
  const features: string[] = [];
  const names = [...occurrences.sentencesByCue.keys()].sort();
  for (const name of names) {
    features.push(`cue:${name}`);
    if ((occurrences.sentencesByCue.get(name)?.size ?? 0) >= 3) features.push(`many:${name}`);
  }
  for (let i = 0; i < names.length; i++) {
    const a = occurrences.sentencesByCue.get(names[i]) ?? new Set<number>();
    for (let j = i + 1; j < names.length; j++) {
      const b = occurrences.sentencesByCue.get(names[j]) ?? new Set<number>();
      if (meetNearby(a, b)) features.push(`pair:${names[i]}+${names[j]}`);
    }
  }
  return features;
}

/** Where every sentence begins, in reading order. */
function sentenceStartsOf(lower: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  while (offset < lower.length) {
    const sentence = sentenceAround(lower, { start: offset, end: offset });
    starts.push(sentence.start);
    offset = Math.max(sentence.end + 1, offset + 1);
  }
  return starts;
}

function sentenceIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function meetNearby(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const s of a) if (b.has(s) || b.has(s - 1) || b.has(s + 1)) return true;
  return false;
}
