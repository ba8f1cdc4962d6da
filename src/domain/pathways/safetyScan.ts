import type { SafetyFinding } from './classification';
import { createLiteralIndex, type LiteralIndex } from './literalGuard';
import type { NegationCheck } from './negation';
import type { SafetyFile, SafetyRule } from './schema';
import { VOCABULARY_REFERENCE } from './schema';
import {
  compileSignal,
  compileSpelledRegex,
  type CompiledSignal,
  type PreparedText,
  type Span,
  type SpelledPattern,
} from './textMatching';
import { quoteAround, sentenceAround } from './sentences';

/** What the safety rules read about the child besides the words: age, grade and a pregnancy. */
export interface ScanContext {
  readonly ageYears?: number;
  readonly grade?: { readonly min: number; readonly max: number };
  readonly pregnancy: boolean;
}

export interface SafetyScanResult {
  readonly fired: SafetyFinding[];
  /** Rules whose words were there but denied ("ingen tegn på vold") or explained ("fra fodbold"). */
  readonly ruledOut: SafetyFinding[];
}

export interface SafetyScan {
  scan(text: PreparedText, context: ScanContext): SafetyScanResult;
}

/** Replaces `{{name}}` in a pattern with the safety file's vocabulary entry of that name. */
export function vocabularyExpander(safety: SafetyFile): (pattern: string) => string {
  return (pattern) =>
    pattern.replace(VOCABULARY_REFERENCE, (_, name: string) => `(?:${safety.vocabulary[name]})`);
}

/** Roughly the age of a child in a grade: 0. klasse is the year they turn 6. */
export function approximateAge(context: {
  ageYears?: number;
  grade?: { min: number; max: number };
}): number | undefined {
  if (context.ageYears !== undefined) return context.ageYears;
  if (context.grade) return context.grade.min + 6;
  return undefined;
}

export function matchesAnywhere(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

/** Whether any of the patterns, in the description's spelling, occurs in `part` of it. */
function anyMatches(patterns: readonly SpelledPattern[], text: PreparedText, part: string): boolean {
  return patterns.some((pattern) => matchesAnywhere(pattern[text.spelling], part));
}

interface CompiledRule {
  readonly rule: SafetyRule;
  readonly matcher: CompiledSignal;
}

/** A rule's matches in one description, before the rules that need other rules are settled. */
interface RuleMatch {
  readonly rule: SafetyRule;
  /** Matches neither denied nor explained. */
  readonly positives: Span[];
  readonly negated?: Span;
  readonly explained?: Span;
}

/** How far apart two spans may be ("within N characters") when a rule needs another rule nearby. */
const near = (a: Span, b: Span, distance: number): boolean =>
  a.start - b.end <= distance && b.start - a.end <= distance;

/**
 * The safety rules of config/safety.yaml over one description: which fire, and which the writer
 * ruled out. The benign explanations (a bruise "from football") and the age limits live here too,
 * because they decide whether a rule's match counts.
 */
export function createSafetyScan(
  safety: SafetyFile,
  negation: NegationCheck,
  literals: LiteralIndex = createLiteralIndex(),
): SafetyScan {
  const expand = vocabularyExpander(safety);
  const rules: CompiledRule[] = safety.rules.map((rule) => ({
    rule,
    matcher: compileSignal(
      { ...rule, patterns: rule.patterns.map(expand), exclude: rule.exclude.map(expand) },
      literals,
    ),
  }));
  const explanations = createExplanations(safety, expand);

  function matchRules(text: PreparedText, explainedOnlyMedically: () => boolean): Map<string, RuleMatch> {
    const matches = new Map<string, RuleMatch>();
    for (const { rule, matcher } of rules) {
      const spans = matcher.find(text);
      if (spans.length === 0) continue;
      const undenied = spans.filter((span) => !negation.isDenied(text, span));
      const positives = rule.explainable
        ? explanations.unexplained(text, undenied, explainedOnlyMedically(), rule.id)
        : undenied;
      matches.set(rule.id, {
        rule,
        positives,
        negated: undenied.length > 0 ? undefined : spans[0],
        explained: undenied.length > 0 && positives.length === 0 ? undenied[0] : undefined,
      });
    }
    return matches;
  }

  function scan(text: PreparedText, context: ScanContext): SafetyScanResult {
    const age = approximateAge(context);
    // Read once per description, and only when a matched rule asks: most messages match no rule.
    let infant: boolean | undefined;
    const isInfant = () => (infant ??= explanations.isInfant(text, age));
    let medicalOnly: boolean | undefined;
    // A doubted story leaves only medical explanations, like a baby.
    const matches = matchRules(text, () => (medicalOnly ??= isInfant() || explanations.storyDoubted(text)));
    const applies = (rule: SafetyRule): boolean => {
      if (rule.maxAge !== undefined && age !== undefined && age > rule.maxAge) return false;
      if (rule.minAge !== undefined && age !== undefined && age < rule.minAge) return false;
      if (rule.requiresPregnancy && !context.pregnancy) return false;
      if (rule.infantOnly && !isInfant()) return false;
      return true;
    };
    const firedSpan = settleRules(matches, applies);
    const fired: SafetyFinding[] = [];
    const ruledOut: SafetyFinding[] = [];
    for (const { rule } of rules) {
      const match = matches.get(rule.id);
      if (!match) continue;
      const span = firedSpan.get(rule.id);
      const dismissed = match.negated ?? match.explained;
      if (span) fired.push(findingOf(rule, text, span));
      else if (dismissed && applies(rule) && rule.requiresAnyOf.length === 0) {
        ruledOut.push(findingOf(rule, text, dismissed));
      }
    }
    return { fired, ruledOut };
  }

  return { scan };
}

function findingOf(rule: SafetyRule, text: PreparedText, span: Span): SafetyFinding {
  return { ruleId: rule.id, level: rule.level, label: rule.label, quote: quoteAround(text.original, span) };
}

/**
 * Which matched rules fire, with the span that fired them. Rules that need another rule are
 * settled after the ones they depend on (three passes cover the deepest chain in the rules).
 */
function settleRules(
  matches: ReadonlyMap<string, RuleMatch>,
  applies: (rule: SafetyRule) => boolean,
): Map<string, Span> {
  const firedSpan = new Map<string, Span>();
  for (let pass = 0; pass < 3; pass++) {
    for (const [id, match] of matches) {
      if (firedSpan.has(id) || match.positives.length === 0 || !applies(match.rule)) continue;
      const { requiresAnyOf, requiresWithin } = match.rule;
      if (requiresAnyOf.length === 0) {
        firedSpan.set(id, match.positives[0]);
        continue;
      }
      const span = match.positives.find((own) =>
        requiresAnyOf.some((other) => {
          const otherMatch = matches.get(other);
          if (!firedSpan.has(other) || !otherMatch) return false;
          return (
            requiresWithin === undefined || otherMatch.positives.some((o) => near(own, o, requiresWithin))
          );
        }),
      );
      if (span) firedSpan.set(id, span);
    }
  }
  return firedSpan;
}

/**
 * How far from a sign (in characters) its explanation may stand, whatever the sentences. A text
 * typed without full stops is one long sentence, and an explanation of something else far away in
 * it must not rule the sign out. No correctly punctuated dev or retired case comes near it.
 */
const EXPLANATION_REACH = 200;

interface Explanations {
  isInfant(text: PreparedText, age: number | undefined): boolean;
  /** The writer doubts the story they were told: only medical explanations then count. */
  storyDoubted(text: PreparedText): boolean;
  /**
   * The writer explains the sign in its own sentence or the next one ("blåt øje fra fodbold i går"),
   * with an explanation whose concept names this rule. With `medicalOnly` (a baby, or a story the
   * writer doubts) only a medical explanation counts.
   */
  explainedNearby(text: PreparedText, span: Span, medicalOnly: boolean, ruleId: string): boolean;
  /**
   * The matches of an explainable rule that stay unexplained. A sign named again after the writer
   * explained it ("... the bruise from football. Dad said it is only a bruise") is the same sign,
   * unless the later sentence marks it as new ("nye mærker", "again").
   */
  unexplained(text: PreparedText, spans: readonly Span[], medicalOnly: boolean, ruleId: string): Span[];
}

function createExplanations(safety: SafetyFile, expand: (pattern: string) => string): Explanations {
  const settings = safety.explanations
    ? {
        ...safety.explanations,
        infantWords: safety.explanations.infantWords.map((p) => compileSpelledRegex(expand(p))),
        mobileWords: safety.explanations.mobileWords.map((p) => compileSpelledRegex(expand(p))),
        immobileWords: safety.explanations.immobileWords.map((p) => compileSpelledRegex(expand(p))),
        freshSignWords: safety.explanations.freshSignWords.map((p) => compileSpelledRegex(expand(p))),
        storyDoubts: safety.explanations.storyDoubts.map((p) => compileSpelledRegex(expand(p))),
        resolutionMarkers: safety.explanations.resolutionMarkers.map((p) => compileSpelledRegex(expand(p))),
      }
    : undefined;
  /** Per explainable rule: the explanations that may rule it out, medical ones apart (they hold for a baby). */
  const byRule = new Map<
    string,
    { medical: SpelledPattern[]; other: SpelledPattern[]; toldBefore: SpelledPattern[] }
  >();
  for (const concept of safety.explanations?.concepts ?? []) {
    const compiled = concept.patterns.map((p) => compileSpelledRegex(expand(p)));
    for (const ruleId of concept.explains) {
      const entry = byRule.get(ruleId) ?? { medical: [], other: [], toldBefore: [] };
      (concept.medical ? entry.medical : entry.other).push(...compiled);
      if (concept.toldBefore && !concept.medical) entry.toldBefore.push(...compiled);
      byRule.set(ruleId, entry);
    }
  }
  const explainedNearby = (text: PreparedText, span: Span, medicalOnly: boolean, ruleId: string): boolean => {
    const forRule = byRule.get(ruleId);
    if (!forRule) return false;
    const sentence = sentenceAround(text.lower, span);
    const next =
      sentence.end < text.lower.length
        ? sentenceAround(text.lower, { start: sentence.end + 1, end: sentence.end + 1 })
        : sentence;
    const from = Math.max(sentence.start, span.start - EXPLANATION_REACH);
    const part = text.lower.slice(
      from,
      Math.min(Math.max(sentence.end, next.end), span.end + EXPLANATION_REACH),
    );
    const lists = medicalOnly ? [forRule.medical] : [forRule.other, forRule.medical];
    if (lists.some((list) => anyMatches(list, text, part))) return true;
    if (!medicalOnly && resolvedLater(text, span, forRule.other)) return true;
    if (medicalOnly || forRule.toldBefore.length === 0 || sentence.start < 2) return false;
    const previous = sentenceAround(text.lower, { start: sentence.start - 2, end: sentence.start - 2 });
    const before = text.lower.slice(Math.max(previous.start, span.start - EXPLANATION_REACH), sentence.start);
    return anyMatches(forRule.toldBefore, text, before);
  };
  /** After the sign, the writer resolves it ("det viste sig ...") with an explanation within reach of that marker. */
  const resolvedLater = (
    text: PreparedText,
    span: Span,
    explanations: readonly SpelledPattern[],
  ): boolean => {
    if (explanations.length === 0) return false;
    const after = text.lower.slice(span.end);
    for (const marker of settings?.resolutionMarkers ?? []) {
      const regex = marker[text.spelling];
      regex.lastIndex = 0;
      const found = regex.exec(after);
      if (!found) continue;
      const from = found.index;
      if (anyMatches(explanations, text, after.slice(from, from + found[0].length + EXPLANATION_REACH)))
        return true;
    }
    return false;
  };
  const namedAsNew = (text: PreparedText, span: Span): boolean => {
    const sentence = sentenceAround(text.lower, span);
    const part = text.lower.slice(sentence.start, sentence.end);
    return anyMatches(settings?.freshSignWords ?? [], text, part);
  };
  return {
    isInfant(text, age) {
      if (!settings) return false;
      if (anyMatches(settings.immobileWords, text, text.lower)) return true;
      if (anyMatches(settings.mobileWords, text, text.lower)) return false;
      if (age !== undefined) return age < settings.notBelowAgeYears;
      return anyMatches(settings.infantWords, text, text.lower);
    },
    storyDoubted: (text) => anyMatches(settings?.storyDoubts ?? [], text, text.lower),
    explainedNearby,
    unexplained(text, spans, medicalOnly, ruleId) {
      const explained = spans.filter((span) => explainedNearby(text, span, medicalOnly, ruleId));
      if (explained.length === 0) return [...spans];
      const firstExplained = Math.min(...explained.map((span) => span.start));
      return spans.filter(
        (span) => !explained.includes(span) && (span.start < firstExplained || namedAsNew(text, span)),
      );
    },
  };
}
