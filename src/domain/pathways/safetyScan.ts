import type { SafetyFinding } from './classification';
import { createLiteralIndex, type LiteralIndex } from './literalGuard';
import type { NegationCheck } from './negation';
import type { SafetyFile, SafetyRule } from './schema';
import { VOCABULARY_REFERENCE } from './schema';
import { compileSignal, type CompiledSignal, type PreparedText, type Span } from './textMatching';
import { createExplanations } from './explanations';
import { quoteAround } from './sentences';

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
  /**
   * Whether the writer explained a sign ("fra fodbold"), not only denied one ("ingen vold"): an
   * explanation says the family handles it; a denial only says what the family is not.
   */
  readonly anythingExplained: boolean;
  /**
   * Signs were seen and every one was explained by an explanation that settles the matter (a named
   * diagnosis, a crush as the secret): the statistical model may not add a warning of its own.
   */
  readonly settled: boolean;
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

/** Which of the writer's explanations may rule a sign out in one description. */
type ExplanationReading = 'all' | 'medical' | 'none';

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

  function matchRules(text: PreparedText, reading: () => ExplanationReading): Map<string, RuleMatch> {
    const matches = new Map<string, RuleMatch>();
    for (const { rule, matcher } of rules) {
      const spans = matcher.find(text);
      if (spans.length === 0) continue;
      const undenied = spans.filter((span) => !negation.isDenied(text, span));
      const allowed = rule.explainable ? reading() : 'none';
      const positives =
        allowed === 'none'
          ? undenied
          : explanations.unexplained(text, undenied, allowed === 'medical', rule.id);
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
    let reading: ExplanationReading | undefined;
    // A contradicted story explains nothing; a doubted one, like a baby's, only medically.
    const readingOf = (): ExplanationReading =>
      (reading ??= explanations.storyContradicted(text)
        ? 'none'
        : isInfant() || explanations.storyDoubted(text)
          ? 'medical'
          : 'all');
    const matches = matchRules(text, readingOf);
    const applies = (rule: SafetyRule): boolean => appliesTo(rule, age, context.pregnancy, isInfant);
    const firedSpan = settleRules(matches, applies);
    const fired: SafetyFinding[] = [];
    const ruledOut: SafetyFinding[] = [];
    let anythingExplained = false;
    let settled = true;
    for (const { rule } of rules) {
      const match = matches.get(rule.id);
      if (!match) continue;
      const span = firedSpan.get(rule.id);
      const dismissed = match.negated ?? match.explained;
      if (span) fired.push(findingOf(rule, text, span));
      else if (dismissed && applies(rule) && rule.requiresAnyOf.length === 0) {
        ruledOut.push(findingOf(rule, text, dismissed));
        if (match.explained) anythingExplained = true;
        settled &&=
          match.explained !== undefined &&
          explanations.settledNearby(text, match.explained, readingOf() === 'medical', rule.id);
      }
    }
    return { fired, ruledOut, anythingExplained, settled: settled && ruledOut.length > 0 };
  }

  return { scan };
}

/** Whether a rule holds for this child: its age limits, a pregnancy, a baby who cannot move by itself. */
function appliesTo(
  rule: SafetyRule,
  age: number | undefined,
  pregnancy: boolean,
  isInfant: () => boolean,
): boolean {
  if (rule.maxAge !== undefined && age !== undefined && age > rule.maxAge) return false;
  if (rule.minAge !== undefined && age !== undefined && age < rule.minAge) return false;
  if (rule.requiresPregnancy && !pregnancy) return false;
  return !rule.infantOnly || isInfant();
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
