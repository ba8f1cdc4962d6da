import type { SafetyFile } from './schema';
import { sentenceAround } from './sentences';
import {
  anyMatches,
  compileSpelledRegex,
  type PreparedText,
  type Span,
  type SpelledPattern,
} from './textMatching';

/**
 * The writer's own explanations of a sign (config/safety.yaml "explanations"): which concepts may
 * rule out which rules, how far from the sign they may stand, and what voids them (a baby, a
 * doubted story).
 */

/**
 * How far from a sign (in characters) its explanation may stand, whatever the sentences. A text
 * typed without full stops is one long sentence, and an explanation of something else far away in
 * it must not rule the sign out. No correctly punctuated dev or retired case comes near it.
 */
const EXPLANATION_REACH = 200;

/** How far (in characters) a word such as "new" or "again" may stand from the sign it calls new. */
const FRESH_WORD_REACH = 15;

export interface Explanations {
  isInfant(text: PreparedText, age: number | undefined): boolean;
  /** The writer doubts the story they were told: only medical explanations then count. */
  storyDoubted(text: PreparedText): boolean;
  /**
   * The writer contradicts the story from what she has seen herself ("har aldrig set eksem på
   * ham"): no explanation counts, not even a medical one the parent named.
   */
  storyContradicted(text: PreparedText): boolean;
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
  /** Whether an explanation that settles the matter (config `settles`) explains the sign. */
  settledNearby(text: PreparedText, span: Span, medicalOnly: boolean, ruleId: string): boolean;
}

/** Explanation patterns, the medical ones apart: only those hold for a baby. */
interface ByMedical {
  readonly medical: SpelledPattern[];
  /** Medical and other explanations together, for a sign that is not a baby's and a story not doubted. */
  readonly all: SpelledPattern[];
}

/** The explanation patterns of one explainable rule, by where they may stand beside the sign. */
interface RuleExplanations {
  /** In the sign's own sentence or the next. */
  readonly nearby: ByMedical;
  /** Also in the sentence before the sign (an accident an adult saw, a birthmark named first). */
  readonly toldBefore: ByMedical;
  /** Also anywhere after the sign (a diagnosis that names the mark). */
  readonly toldLater: ByMedical;
}

const byMedical = (): ByMedical => ({ medical: [], all: [] });

function add(into: ByMedical, patterns: readonly SpelledPattern[], medical: boolean): void {
  if (medical) into.medical.push(...patterns);
  into.all.push(...patterns);
}

/**
 * The pattern as one that matches only a part without any of `unless` in it: the part is searched
 * from its start, so the look-ahead covers all of it.
 */
function voidedBy(pattern: string, unless: readonly string[]): string {
  if (unless.length === 0) return pattern;
  return `^(?![\\s\\S]*(?:${unless.join('|')}))[\\s\\S]*?(?:${pattern})`;
}

function explanationsByRule(
  safety: SafetyFile,
  expand: (pattern: string) => string,
  settlingOnly = false,
): Map<string, RuleExplanations> {
  const byRule = new Map<string, RuleExplanations>();
  for (const concept of safety.explanations?.concepts ?? []) {
    if (settlingOnly && !concept.settles) continue;
    const compiled = concept.patterns.map((p) =>
      compileSpelledRegex(voidedBy(expand(p), concept.unless.map(expand))),
    );
    for (const ruleId of concept.explains) {
      const entry = byRule.get(ruleId) ?? {
        nearby: byMedical(),
        toldBefore: byMedical(),
        toldLater: byMedical(),
      };
      add(entry.nearby, compiled, concept.medical);
      if (concept.toldBefore) add(entry.toldBefore, compiled, concept.medical);
      if (concept.toldLater) add(entry.toldLater, compiled, concept.medical);
      byRule.set(ruleId, entry);
    }
  }
  return byRule;
}

/** After the sign, the writer resolves it ("det viste sig ...") with an explanation within reach of that marker. */
function resolvedLater(
  text: PreparedText,
  span: Span,
  explanations: readonly SpelledPattern[],
  markers: readonly SpelledPattern[],
): boolean {
  if (explanations.length === 0) return false;
  const after = text.lower.slice(span.end);
  for (const marker of markers) {
    const regex = marker[text.spelling];
    regex.lastIndex = 0;
    const found = regex.exec(after);
    if (!found) continue;
    const reach = after.slice(found.index, found.index + found[0].length + EXPLANATION_REACH);
    if (anyMatches(explanations, text, reach)) return true;
  }
  return false;
}

/**
 * Where else an explanation may stand (config explanations): after a marker that resolves the
 * alarm, and not in a baby's next sentence that adds another finding.
 */
interface Reach {
  readonly resolutionMarkers: readonly SpelledPattern[];
  readonly anotherFinding: readonly SpelledPattern[];
}

/**
 * Whether one of the rule's explanations in `rules` explains the sign: in its own sentence or the
 * next, resolved after a marker, or (for the ones that may) told in the sentence before or anywhere
 * after.
 */
function explainedIn(
  rules: ReadonlyMap<string, RuleExplanations>,
  reach: Reach,
  text: PreparedText,
  span: Span,
  medicalOnly: boolean,
  ruleId: string,
): boolean {
  const forRule = rules.get(ruleId);
  if (!forRule) return false;
  const sentence = sentenceAround(text.lower, span, text.capitals);
  const next =
    sentence.end < text.lower.length
      ? sentenceAround(text.lower, { start: sentence.end + 1, end: sentence.end + 1 }, text.capitals)
      : sentence;
  const from = Math.max(sentence.start, span.start - EXPLANATION_REACH);
  // For a baby, a next sentence that adds another finding ("hun har også eksem på armene") names
  // something else, not what the marks are.
  const nextAddsAnother =
    medicalOnly &&
    next !== sentence &&
    anyMatches(reach.anotherFinding, text, text.lower.slice(next.start, next.end));
  const part = text.lower.slice(
    from,
    Math.min(nextAddsAnother ? sentence.end : Math.max(sentence.end, next.end), span.end + EXPLANATION_REACH),
  );
  const counting = (patterns: ByMedical) => (medicalOnly ? patterns.medical : patterns.all);
  const nearby = counting(forRule.nearby);
  if (anyMatches(nearby, text, part)) return true;
  // A diagnosis the writer comes to after the details ("Det var vi først bekymrede for. Mor har
  // givet os et brev fra hospitalet ...") resolves the sign too, for a baby as well.
  if (resolvedLater(text, span, nearby, reach.resolutionMarkers)) return true;
  const toldLater = counting(forRule.toldLater);
  if (toldLater.length > 0 && anyMatches(toldLater, text, text.lower.slice(span.end))) return true;
  const toldBefore = counting(forRule.toldBefore);
  if (toldBefore.length === 0 || sentence.start < 2) return false;
  const previous = sentenceAround(
    text.lower,
    { start: sentence.start - 2, end: sentence.start - 2 },
    text.capitals,
  );
  const before = text.lower.slice(Math.max(previous.start, span.start - EXPLANATION_REACH), sentence.start);
  return anyMatches(toldBefore, text, before);
}

export function createExplanations(safety: SafetyFile, expand: (pattern: string) => string): Explanations {
  const settings = safety.explanations
    ? {
        ...safety.explanations,
        infantWords: safety.explanations.infantWords.map((p) => compileSpelledRegex(expand(p))),
        mobileWords: safety.explanations.mobileWords.map((p) => compileSpelledRegex(expand(p))),
        immobileWords: safety.explanations.immobileWords.map((p) => compileSpelledRegex(expand(p))),
        freshSignWords: safety.explanations.freshSignWords.map((p) => compileSpelledRegex(expand(p))),
        storyDoubts: safety.explanations.storyDoubts.map((p) => compileSpelledRegex(expand(p))),
        contradictions: safety.explanations.contradictions.map((p) => compileSpelledRegex(expand(p))),
        resolutionMarkers: safety.explanations.resolutionMarkers.map((p) => compileSpelledRegex(expand(p))),
        anotherFinding: safety.explanations.anotherFinding.map((p) => compileSpelledRegex(expand(p))),
      }
    : undefined;
  const byRule = explanationsByRule(safety, expand);
  const settlingByRule = explanationsByRule(safety, expand, true);
  const reach: Reach = {
    resolutionMarkers: settings?.resolutionMarkers ?? [],
    anotherFinding: settings?.anotherFinding ?? [],
  };
  const explainedNearby = (text: PreparedText, span: Span, medicalOnly: boolean, ruleId: string): boolean =>
    explainedIn(byRule, reach, text, span, medicalOnly, ruleId);
  // "New" qualifies the sign it stands by ("nye mærker", "bruises again"): "a new supply teacher
  // asked about his bruises" names the same bruises.
  const namedAsNew = (text: PreparedText, span: Span): boolean => {
    const sentence = sentenceAround(text.lower, span);
    const part = text.lower.slice(
      Math.max(sentence.start, span.start - FRESH_WORD_REACH),
      Math.min(sentence.end, span.end + FRESH_WORD_REACH),
    );
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
    storyContradicted: (text) => anyMatches(settings?.contradictions ?? [], text, text.lower),
    explainedNearby,
    settledNearby: (text, span, medicalOnly, ruleId) =>
      explainedIn(settlingByRule, reach, text, span, medicalOnly, ruleId),
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
