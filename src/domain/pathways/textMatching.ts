import { detectDescriptionLanguage } from './descriptionLanguage';
import type { Language } from '../shared/language';
import { withinOneEdit } from './editDistance';
import { danishPattern, LETTER, WORD_END, WORD_START, type Spelling } from './danishPattern';
import { createLiteralIndex, type LiteralGuard, type LiteralIndex } from './literalGuard';
import type { SignalMatch } from './schema';
import { writersCapitals } from './sentences';
import { withoutNonFinalDots } from './nonFinalDots';

/** A stretch of the description, as offsets into the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Lower-cases code unit by code unit so that offsets stay valid for the original text (quotes are
 * cut from the original).
 */
export function lowerPreservingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const unit of text) {
    const l = unit.toLowerCase();
    result += l.length === unit.length ? l : unit;
  }
  return result;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function literalPattern(literal: string): string {
  return escapeRegExp(literal.toLowerCase().trim())
    .split(/\s+/)
    .map((word) => word.replace(/-/g, '[\\s-]?'))
    .join('[\\s-]+');
}

export interface Token extends Span {
  readonly word: string;
}

export function tokenize(lower: string): Token[] {
  const tokens: Token[] = [];
  for (const m of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    tokens.push({ word: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** A prepared description: the lower-cased text and its words, shared by every matcher. */
export interface PreparedText {
  readonly original: string;
  readonly lower: string;
  readonly tokens: readonly Token[];
  /** The description's language, read once: the spelling and the classification's context use it. */
  readonly language: Language;
  readonly spelling: Spelling;
  /** The original when its writer capitalises her sentences (see `writersCapitals`), else undefined. */
  readonly capitals: string | undefined;
}

/**
 * Danish subordinate clauses put "ikke" before the verb ("at han ikke vil leve", "hun siger hun
 * ikke får mad"). Rules are written in main-clause order ("vil ikke leve"), so the two words are
 * swapped (also the spoken "ik", "ikk", "itt"); the text keeps its length, and so every offset into
 * the original stays valid.
 */
const SUBORDINATE_NEGATION =
  /(?<![\p{L}])(ikke|ikk|ik|itt|it) (vil|ville|gider|gad|orker|kan|kunne|tør|toer|tor|turde|må|maa|ma|måtte|maatte|matte|får|faar|fik|har|havde|skal|skulle)(?![\p{L}])/gu;

/**
 * West Jutlandic, Herning's own dialect, says "it" for "ikke" ("a tør it", "han vil it hjem"). After
 * a Danish verb it cannot be the English pronoun, and it becomes "ik" (same length), the spoken form
 * every rule's "ikke" already matches (see danishPattern).
 */
const JUTLANDIC_IKKE =
  /(?<![\p{L}])(vil|ville|ve|gider|gad|orker|kan|ka|kunne|ku|tør|toer|tor|turde|må|maa|måtte|maatte|får|faar|fik|har|havde|ha|skal|ska|skulle|sku|er|var|gør|gjorde) it(?![\p{L}])/gu;

/**
 * South Jutlandic says "dav" for "dag" ("i dav", "på lørdav"). Only after "i" or a weekday's stem,
 * where the greeting "dav" cannot stand; the form has the same length, so offsets stay valid.
 */
const SOUTH_JUTLANDIC_DAG = /(?<![\p{L}])(i |man|tirs|ons|tors|fre|lør|søn|loer|soen)dav(?![\p{L}])/gu;

/** Typographic apostrophes (a phone's ’, a keyboard's ´) are read as the ' every rule is written with. */
const APOSTROPHE_VARIANTS = /[\u2019\u2018\u00b4`\u02bc]/g;

export function prepareText(original: string): PreparedText {
  const lowered = lowerPreservingOffsets(original)
    .replace(APOSTROPHE_VARIANTS, "'")
    .replace(SUBORDINATE_NEGATION, '$2 $1')
    .replace(JUTLANDIC_IKKE, '$1 ik')
    .replace(SOUTH_JUTLANDIC_DAG, '$1dag');
  const lower = original.includes('.') ? withoutNonFinalDots(original, lowered) : lowered;
  const tokens = tokenize(lower);
  const language = detectDescriptionLanguage({ lower, tokens });
  const spelling: Spelling = language === 'da' && !/[æøå]/.test(lower) ? 'folded' : 'danish';
  return { original, lower, tokens, language, spelling, capitals: writersCapitals(original) };
}

export interface CompiledSignal {
  /** The places where the signal occurs, harmless phrases (exclude) already removed. */
  find(text: PreparedText): Span[];
}

export function compileRegex(source: string): RegExp {
  return new RegExp(danishPattern(source), 'gu');
}

/** Whether the expression matches anywhere in the text (a global expression is reset first). */
export function matchesAnywhere(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

/** Whether any of the patterns, in the description's spelling, occurs in `part` of it. */
export function anyMatches(patterns: readonly SpelledPattern[], text: PreparedText, part: string): boolean {
  return patterns.some((pattern) => matchesAnywhere(pattern[text.spelling], part));
}

/** One expression per spelling (the same one when the pattern has no æ). */
export type SpelledPattern = Readonly<Record<Spelling, RegExp>>;

/**
 * For the words that lower or qualify a warning (denials, explanations, a baby's age): read in a
 * description typed without æ, ø and å the same way the signs are, or a benign text typed on a
 * phone keeps a warning its correctly spelled twin does not get.
 */
export function compileSpelledRegex(source: string): SpelledPattern {
  const danish = compileRegex(source);
  if (!source.includes('æ')) return { danish, folded: danish };
  return { danish, folded: new RegExp(danishPattern(source, 'folded'), 'gu') };
}

/**
 * Every match of a global expression, as `text.matchAll(regex)` gives them. matchAll copies the
 * expression on every call, and with a few hundred patterns run over each message the copies cost
 * more than the matching; this reuses the compiled expression (its lastIndex is reset first).
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    matches.push(m);
    // An empty match would be found again at the same place: step over it (a whole code point).
    if (m[0].length === 0) regex.lastIndex = nextIndex(text, regex.lastIndex, regex.unicode);
  }
  regex.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const following = text.charCodeAt(index + 1);
  const pair = unit >= 0xd800 && unit <= 0xdbff && following >= 0xdc00 && following <= 0xdfff;
  return index + (pair ? 2 : 1);
}

/** An expression with the literal test that tells when it cannot match (see literalGuard). */
interface GuardedRegex {
  readonly regex: RegExp;
  readonly mayMatch: LiteralGuard;
}

/**
 * One pattern compiled for each spelling (the same expression when the pattern has no æ, which
 * `sameInBoth` says without compiling the folded one).
 */
type SpelledRegex = Readonly<Record<Spelling, GuardedRegex>> & { readonly sameInBoth: boolean };

function spelled(source: string, literals: LiteralIndex): SpelledRegex {
  const danish = guarded(new RegExp(danishPattern(source), 'gu'), literals);
  if (!source.includes('æ')) return { danish, folded: danish, sameInBoth: true };
  // Most descriptions have æ, ø or å: the folded spelling is compiled when a text first needs it.
  const folded = literals.onDemand(() =>
    guarded(new RegExp(danishPattern(source, 'folded'), 'gu'), literals),
  );
  return {
    danish,
    get folded() {
      return folded();
    },
    sameInBoth: false,
  };
}

function guarded(regex: RegExp, literals: LiteralIndex): GuardedRegex {
  return { regex, mayMatch: literals.guard(regex) };
}

function guardedSpansOf(spelledRegex: SpelledRegex, text: PreparedText): Span[] {
  const { regex, mayMatch } = spelledRegex[text.spelling];
  return mayMatch(text.lower) ? spansOf(regex, text.lower) : [];
}

function spansOf(regex: RegExp, lower: string): Span[] {
  const spans: Span[] = [];
  for (const m of allMatches(regex, lower)) {
    if (m[0].length === 0) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Compiles the terms, stems, patterns and exclusions of one signal into a matcher. The signals of
 * one classifier share one literal index (a text is then searched once for all their literals).
 */
export function compileSignal(
  signal: SignalMatch,
  literals: LiteralIndex = createLiteralIndex(),
): CompiledSignal {
  const alternatives = (items: readonly string[]): string => items.map(literalPattern).join('|');
  const sources: string[] = [];
  if (signal.terms.length > 0) sources.push(`${WORD_START}(?:${alternatives(signal.terms)})${WORD_END}`);
  if (signal.stems.length > 0) sources.push(`${WORD_START}(?:${alternatives(signal.stems)})[${LETTER}]*`);
  const regexes = [...sources, ...signal.patterns].map((source) => spelled(source, literals));
  // Parts of compounds are found as plain text and then widened to the whole word.
  const compound =
    signal.compoundStems.length > 0
      ? spelled(`(?:${alternatives(signal.compoundStems)})`, literals)
      : undefined;
  const excludes = signal.exclude.map((p) => spelled(p, literals));
  const fuzzy = signal.fuzzyStems.map((s) => s.toLowerCase());
  const all = [...regexes, ...(compound ? [compound] : [])];
  const danishMayMatch = literals.guardAny(all.map((r) => r.danish.regex));
  const foldedMayMatch = all.every((r) => r.sameInBoth)
    ? undefined
    : literals.onDemand(() => literals.guardAny(all.map((r) => r.folded.regex)));
  const anyMayMatch: Readonly<Record<Spelling, LiteralGuard>> = {
    danish: danishMayMatch,
    folded: foldedMayMatch ? (lower) => foldedMayMatch()(lower) : danishMayMatch,
  };
  return {
    find(text: PreparedText): Span[] {
      if (fuzzy.length === 0 && !anyMayMatch[text.spelling](text.lower)) return [];
      let spans: Span[] = [];
      for (const regex of regexes) spans.push(...guardedSpansOf(regex, text));
      if (compound) {
        spans.push(...guardedSpansOf(compound, text).map((span) => widenToWord(text.lower, span)));
      }
      for (const stem of fuzzy) {
        for (const token of text.tokens) {
          if (token.word.length < stem.length - 1) continue;
          let prefixMatches = false;
          for (let n = stem.length - 1; n <= stem.length + 1 && !prefixMatches; n++) {
            prefixMatches = n <= token.word.length && withinOneEdit(token.word.slice(0, n), stem);
          }
          if (prefixMatches) spans.push({ start: token.start, end: token.end });
        }
      }
      if (spans.length > 0 && excludes.length > 0) {
        const excluded = excludes.flatMap((r) => guardedSpansOf(r, text));
        spans = spans.filter((s) => !excluded.some((e) => overlaps(s, e)));
      }
      return dedupe(spans);
    },
  };
}

const IS_LETTER = /[\p{L}\p{N}_]/u;

function widenToWord(lower: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && IS_LETTER.test(lower[start - 1])) start--;
  while (end < lower.length && IS_LETTER.test(lower[end])) end++;
  return { start, end };
}

function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Span[] = [];
  for (const span of sorted) {
    const last = result[result.length - 1];
    if (last && span.start < last.end) continue;
    result.push(span);
  }
  return result;
}
