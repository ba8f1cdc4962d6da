import type { Language } from '../shared/language';
import type { PathwayId } from '../shared/pathwayId';
import {
  detectDescriptionLanguage,
  extractAge,
  extractGrade,
  extractSpeaker,
  type ExtractedAge,
  type ExtractedGrade,
  type Speaker,
} from './extract';
import { createNegationCheck } from './negation';
import { createSafetyModelScorer } from './safetyModel';
import { compileCues } from './cues';
import type {
  LawReference,
  Localized,
  PathwayDefinition,
  PathwayGuidanceConfig,
  SafetyLevel,
  SafetyRule,
  SettingId,
  TriageAnswers,
  TriageQuestionId,
} from './schema';
import { TRIAGE_QUESTION_IDS } from './schema';
import { VOCABULARY_REFERENCE } from './schema';
import {
  compileRegex,
  compileSignal,
  prepareText,
  quoteAround,
  sentenceAround,
  type CompiledSignal,
  type PreparedText,
  type Span,
} from './textMatching';

export interface SafetyFinding {
  readonly ruleId: string;
  readonly level: SafetyLevel;
  readonly label: Localized;
  /** The user's own words that raised the rule. */
  readonly quote: string;
  /**
   * 'model': raised by the statistical safety model (a pattern in the words), not by a rule; the
   * card says so. Absent for rules, triage answers and the second reader.
   */
  readonly source?: 'model';
}

export interface SignalFinding {
  readonly pathway: PathwayId;
  readonly signalId: string;
  readonly label: Localized;
  readonly quote: string;
}

export type ReasonKind = 'acute' | 'notify' | 'ruledOut' | 'signal' | 'context';

export interface Reason {
  readonly kind: ReasonKind;
  readonly label: Localized;
  readonly quote: string;
}

export interface ChildContext {
  readonly ageYears?: number;
  readonly grade?: { readonly min: number; readonly max: number };
  readonly settings: readonly SettingId[];
  readonly pregnancy: boolean;
  readonly speaker: Speaker;
  readonly language: Language;
}

export interface PathwayClassification {
  readonly pathway: PathwayId;
  readonly alsoConsider: readonly PathwayId[];
  readonly dutyToNotify: boolean;
  readonly acute: boolean;
  readonly safetyFindings: readonly SafetyFinding[];
  /** Signals the writer explicitly ruled out ("ingen tegn på vold"); they lowered no other warning. */
  readonly ruledOut: readonly SafetyFinding[];
  readonly signalFindings: readonly SignalFinding[];
  readonly reasons: readonly Reason[];
  readonly nextSteps: readonly Localized[];
  readonly involve: readonly Localized[];
  readonly lawReferences: readonly LawReference[];
  readonly context: ChildContext;
  /**
   * Set when the description touches a risk concept but raised no warning: the card asks these
   * questions and classifies again with the answers (a yes raises the warning).
   */
  readonly triage?: {
    readonly touched: readonly Localized[];
    readonly questions: readonly TriageQuestionId[];
  };
  /**
   * The social pathway or a family signal: the card keeps one short line on the personal duty to
   * notify and the official channel, even when no warning was raised.
   */
  readonly standingDutyReminder: boolean;
}

export interface ClassifyOptions {
  /** The user's answers to the triage questions, when the card asked them. */
  readonly triageAnswers?: TriageAnswers;
  /**
   * Warnings raised outside the rules (an optional language model). They are added to the rules'
   * findings: nothing here can lower or remove a warning.
   */
  readonly raisedElsewhere?: readonly SafetyFinding[];
}

export interface PathwayClassifier {
  classify(text: string, options?: ClassifyOptions): PathwayClassification;
  /** True when a safety rule fires or the text describes a concern about a particular child. */
  readsAsConcern(text: string): boolean;
  readonly config: PathwayGuidanceConfig;
}

interface CompiledRule {
  readonly rule: SafetyRule;
  readonly matcher: CompiledSignal;
}

interface CompiledPathwaySignal {
  readonly pathway: PathwayId;
  readonly id: string;
  readonly label: Localized;
  readonly weight: number;
  readonly matcher: CompiledSignal;
}

/**
 * Tuning values of the pathway choice, in one place (`npm run eval` measures their effect). Each
 * non-family pathway gets a context score from the grade, age and setting a description names, and
 * a signal score from its signals' weights (config/pathways.yaml); the family pathway competes on
 * signals alone, against the best other pathway's signals plus `settingEvidence`.
 */
export interface PathwayTuning {
  /**
   * A named setting or grade that fits a non-family pathway counts this much against the family
   * signals: one weak family signal (separation, grief: weight 2) does not move a description from
   * the child's own setting, a crisis (weight 3 and more) does.
   */
  readonly settingEvidence: number;
  /** A named grade that the pathway covers; a grade it does not cover makes it ineligible. */
  readonly gradeFits: number;
  /** The age fits the pathway's age range, and no grade was named. */
  readonly ageFits: number;
  /** The age fits, and a grade was named too (the grade says more). */
  readonly ageFitsBesideGrade: number;
  /** A named setting the pathway covers. */
  readonly settingFits: number;
  /** A named setting the pathway does not cover (it stays eligible). */
  readonly settingMismatch: number;
  /** A pregnancy, for a pathway that covers pregnancies (the family pathway's only context score). */
  readonly pregnancy: number;
  /**
   * Subtracted from the family signals when the description says the family copes and nothing
   * raised a warning: a handled family situation is not the main concern.
   */
  readonly familyCopes: number;
  /** A context score at least this high is strong context: it counts against family signals and puts the pathway in "also consider". */
  readonly strongContext: number;
}

export const PATHWAY_TUNING: PathwayTuning = {
  settingEvidence: 2,
  gradeFits: 3,
  ageFits: 2,
  ageFitsBesideGrade: 1,
  settingFits: 3,
  settingMismatch: -2,
  pregnancy: 4,
  familyCopes: 3,
  strongContext: 3,
};

/** Shown when the safety file names no labels for warnings raised by the statistical model. */
const MODEL_LABEL_FALLBACK: Record<SafetyLevel, Localized> = {
  notify: {
    da: 'Beskrivelsen ligner sager med pligt til at underrette',
    en: 'The description resembles cases with a duty to notify',
  },
  acute: {
    da: 'Beskrivelsen ligner sager med akut fare',
    en: 'The description resembles cases of immediate danger',
  },
};

const SETTING_LABEL_FALLBACK: Localized = { da: 'Sted', en: 'Setting' };

const CONTEXT_LABELS = {
  age: { da: 'Alder', en: 'Age' },
  grade: { da: 'Klassetrin', en: 'Grade' },
  setting: { da: 'Sted', en: 'Setting' },
  pregnancy: { da: 'Graviditet eller kommende forældre', en: 'Pregnancy or expecting parents' },
} as const;

/** Roughly the age of a child in a grade: 0. klasse is the year they turn 6. */
function approximateAge(context: {
  ageYears?: number;
  grade?: { min: number; max: number };
}): number | undefined {
  if (context.ageYears !== undefined) return context.ageYears;
  if (context.grade) return context.grade.min + 6;
  return undefined;
}

export function createPathwayClassifier(
  config: PathwayGuidanceConfig,
  tuning: PathwayTuning = PATHWAY_TUNING,
): PathwayClassifier {
  const { pathways: pathwaysFile, safety } = config;
  const family = pathwaysFile.familyPathway;
  const negation = createNegationCheck(safety.negation);
  const expand = (pattern: string): string =>
    pattern.replace(VOCABULARY_REFERENCE, (_, name: string) => `(?:${safety.vocabulary[name]})`);
  const rules: CompiledRule[] = safety.rules.map((rule) => ({
    rule,
    matcher: compileSignal({
      ...rule,
      patterns: rule.patterns.map(expand),
      exclude: rule.exclude.map(expand),
    }),
  }));
  const pathwayById = new Map<PathwayId, PathwayDefinition>(pathwaysFile.pathways.map((p) => [p.id, p]));
  const order = pathwaysFile.pathways.map((p) => p.id);
  const signals: CompiledPathwaySignal[] = pathwaysFile.pathways.flatMap((p) =>
    p.signals.map((s) => ({
      pathway: p.id,
      id: s.id,
      label: s.label,
      weight: s.weight,
      matcher: compileSignal(s),
    })),
  );
  const settings = pathwaysFile.settings.map((s) => ({
    id: s.id,
    label: s.label,
    matcher: compileSignal(s),
  }));
  const pregnancy = compileSignal(pathwaysFile.pregnancy);
  const familyCopes = pathwaysFile.familyCopes ? compileSignal(pathwaysFile.familyCopes) : undefined;
  const concernChild = compileSignal(pathwaysFile.concern.child);
  const concernWorry = compileSignal(pathwaysFile.concern.worry);
  const generalQuestion = compileSignal(pathwaysFile.concern.generalQuestion);
  const explanations = safety.explanations
    ? {
        ...safety.explanations,
        infantWords: safety.explanations.infantWords.map((p) => compileRegex(expand(p))),
        mobileWords: safety.explanations.mobileWords.map((p) => compileRegex(expand(p))),
        storyDoubts: safety.explanations.storyDoubts.map((p) => compileRegex(expand(p))),
      }
    : undefined;
  /** Per explainable rule: the explanations that may rule it out, medical ones apart (they hold for a baby). */
  const explanationsByRule = new Map<string, { medical: RegExp[]; other: RegExp[] }>();
  for (const concept of safety.explanations?.concepts ?? []) {
    const compiled = concept.patterns.map((p) => compileRegex(expand(p)));
    for (const ruleId of concept.explains) {
      const entry = explanationsByRule.get(ruleId) ?? { medical: [], other: [] };
      (concept.medical ? entry.medical : entry.other).push(...compiled);
      explanationsByRule.set(ruleId, entry);
    }
  }
  const modelScorer = config.safetyModel
    ? createSafetyModelScorer(
        config.safetyModel,
        config.safetyCues ? compileCues(config.safetyCues) : undefined,
      )
    : undefined;
  const triageTouches = (safety.triage?.touches ?? []).map((t) => ({
    label: t.label,
    matcher: compileSignal({ ...t, patterns: t.patterns.map(expand), exclude: t.exclude.map(expand) }),
  }));

  const isInfant = (text: PreparedText, age: number | undefined): boolean => {
    if (!explanations) return false;
    if (explanations.mobileWords.some((regex) => matchesAnywhere(regex, text.lower))) return false;
    if (age !== undefined) return age < explanations.notBelowAgeYears;
    return explanations.infantWords.some((regex) => matchesAnywhere(regex, text.lower));
  };

  /**
   * The writer explains the sign in its own sentence or the next one ("blåt øje fra fodbold i går"),
   * with an explanation whose concept names this rule. With `medicalOnly` (a baby, or a story the
   * writer doubts) only a medical explanation counts.
   */
  const explainedNearby = (text: PreparedText, span: Span, medicalOnly: boolean, ruleId: string): boolean => {
    const forRule = explanationsByRule.get(ruleId);
    if (!forRule) return false;
    const sentence = sentenceAround(text.lower, span);
    const next =
      sentence.end < text.lower.length
        ? sentenceAround(text.lower, { start: sentence.end + 1, end: sentence.end + 1 })
        : sentence;
    const part = text.lower.slice(sentence.start, Math.max(sentence.end, next.end));
    const lists = medicalOnly ? [forRule.medical] : [forRule.other, forRule.medical];
    return lists.some((list) => list.some((regex) => matchesAnywhere(regex, part)));
  };

  // A concern turn asks twice about the same words (does it read as a concern, then classify):
  // the rule scan and the model, the dearest part of a turn, run once for the last description.
  let lastSafety: { key: string; result: { fired: SafetyFinding[]; ruledOut: SafetyFinding[] } } | undefined;
  let lastModel: { key: string; result: SafetyFinding[] } | undefined;

  function evaluateSafety(
    text: ReturnType<typeof prepareText>,
    context: { ageYears?: number; grade?: { min: number; max: number }; pregnancy: boolean },
  ): { fired: SafetyFinding[]; ruledOut: SafetyFinding[] } {
    const key = JSON.stringify([
      text.original,
      context.ageYears,
      context.grade?.min,
      context.grade?.max,
      context.pregnancy,
    ]);
    if (lastSafety?.key === key) return lastSafety.result;
    const result = scanSafety(text, context);
    lastSafety = { key, result };
    return result;
  }

  function scanSafety(
    text: ReturnType<typeof prepareText>,
    context: { ageYears?: number; grade?: { min: number; max: number }; pregnancy: boolean },
  ): { fired: SafetyFinding[]; ruledOut: SafetyFinding[] } {
    const age = approximateAge(context);
    const infant = isInfant(text, age);
    // Read once per description: a doubted story leaves only medical explanations, like a baby.
    const storyDoubted =
      explanations?.storyDoubts.some((regex) => matchesAnywhere(regex, text.lower)) ?? false;
    const raw = new Map<string, { rule: SafetyRule; positives: Span[]; negated?: Span; explained?: Span }>();
    for (const { rule, matcher } of rules) {
      const spans = matcher.find(text);
      if (spans.length === 0) continue;
      const undenied = spans.filter((span) => !negation.isDenied(text.lower, span));
      const positives = rule.explainable
        ? undenied.filter((span) => !explainedNearby(text, span, infant || storyDoubted, rule.id))
        : undenied;
      raw.set(rule.id, {
        rule,
        positives,
        negated: undenied.length > 0 ? undefined : spans[0],
        explained: undenied.length > 0 && positives.length === 0 ? undenied[0] : undefined,
      });
    }
    const near = (a: Span, b: Span, distance: number): boolean =>
      a.start - b.end <= distance && b.start - a.end <= distance;
    const firedSpan = new Map<string, Span>();
    const applies = (rule: SafetyRule): boolean => {
      if (rule.maxAge !== undefined && age !== undefined && age > rule.maxAge) return false;
      if (rule.minAge !== undefined && age !== undefined && age < rule.minAge) return false;
      if (rule.requiresPregnancy && !context.pregnancy) return false;
      if (rule.infantOnly && !infant) return false;
      return true;
    };
    // Rules that need another rule are settled after the ones they depend on.
    for (let pass = 0; pass < 3; pass++) {
      for (const [id, entry] of raw) {
        if (firedSpan.has(id) || entry.positives.length === 0 || !applies(entry.rule)) continue;
        const { requiresAnyOf, requiresWithin } = entry.rule;
        if (requiresAnyOf.length === 0) {
          firedSpan.set(id, entry.positives[0]);
          continue;
        }
        const span = entry.positives.find((own) =>
          requiresAnyOf.some((other) => {
            const otherEntry = raw.get(other);
            if (!firedSpan.has(other) || !otherEntry) return false;
            return (
              requiresWithin === undefined || otherEntry.positives.some((o) => near(own, o, requiresWithin))
            );
          }),
        );
        if (span) firedSpan.set(id, span);
      }
    }
    const fired: SafetyFinding[] = [];
    const ruledOut: SafetyFinding[] = [];
    for (const { rule } of rules) {
      const entry = raw.get(rule.id);
      if (!entry) continue;
      const span = firedSpan.get(rule.id);
      if (span) {
        fired.push({
          ruleId: rule.id,
          level: rule.level,
          label: rule.label,
          quote: quoteAround(text.original, span),
        });
      } else if ((entry.negated ?? entry.explained) && applies(rule) && rule.requiresAnyOf.length === 0) {
        ruledOut.push({
          ruleId: rule.id,
          level: rule.level,
          label: rule.label,
          quote: quoteAround(text.original, (entry.negated ?? entry.explained)!),
        });
      }
    }
    return { fired, ruledOut };
  }

  /**
   * The statistical model's warnings for levels the rules left silent. It is only ever asked to
   * add: a level a rule already raised is left as the rule raised it. The quote is the sentence
   * the model reads as most alike the level's cases.
   */
  function modelFindings(text: PreparedText, ruleLevels: ReadonlySet<SafetyLevel>): SafetyFinding[] {
    if (!modelScorer) return [];
    const key = JSON.stringify([text.original, [...ruleLevels].sort()]);
    if (lastModel?.key === key) return lastModel.result;
    const result = scoreWithModel(text, ruleLevels);
    lastModel = { key, result };
    return result;
  }

  function scoreWithModel(text: PreparedText, ruleLevels: ReadonlySet<SafetyLevel>): SafetyFinding[] {
    if (!modelScorer) return [];
    const raised = modelScorer.raised(text.original, ruleLevels).filter((level) => !ruleLevels.has(level));
    if (raised.length === 0) return [];
    const sentences = splitSentences(text.lower);
    return raised.map((level): SafetyFinding => {
      let best = sentences[0] ?? { start: 0, end: text.lower.length };
      let bestScore = -1;
      if (sentences.length > 1) {
        for (const sentence of sentences) {
          const score = modelScorer.score(text.original.slice(sentence.start, sentence.end))[level];
          if (score > bestScore) [best, bestScore] = [sentence, score];
        }
      }
      return {
        ruleId: `model.${level}`,
        level,
        label: safety.modelLabels?.[level] ?? MODEL_LABEL_FALLBACK[level],
        quote: quoteAround(text.original, best),
        source: 'model',
      };
    });
  }

  /** A yes to a triage question raises its warning; the reason is the user's own answer. */
  function triageFindings(answers: TriageAnswers | undefined, language: Language): SafetyFinding[] {
    const questions = safety.triage?.questions;
    if (!questions || !answers) return [];
    return TRIAGE_QUESTION_IDS.filter((id) => answers[id] === true).map((id) => ({
      ruleId: `triage.${id}`,
      level: questions[id].level,
      label: questions[id].label,
      quote: questions[id].question[language],
    }));
  }

  function classify(input: string, options: ClassifyOptions = {}): PathwayClassification {
    const text = prepareText(input);
    const age: ExtractedAge | undefined = extractAge(text);
    const grade: ExtractedGrade | undefined = extractGrade(text);
    const settingHits = settings
      .map((s) => ({ ...s, spans: s.matcher.find(text) }))
      .filter((s) => s.spans.length > 0);
    const pregnancySpans = pregnancy.find(text);
    const context: ChildContext = {
      ageYears: age?.years,
      grade: grade ? { min: grade.min, max: grade.max } : undefined,
      settings: settingHits.map((s) => s.id),
      pregnancy: pregnancySpans.length > 0,
      speaker: extractSpeaker(text),
      language: detectDescriptionLanguage(text),
    };

    const evaluated = evaluateSafety(text, context);
    const fromRules = [...evaluated.fired, ...triageFindings(options.triageAnswers, context.language)];
    const fromModel = modelFindings(text, new Set(fromRules.map((f) => f.level)));
    const fired = [
      ...fromRules,
      ...fromModel,
      ...(options.raisedElsewhere ?? []).filter((f) => !evaluated.fired.some((e) => e.level === f.level)),
    ];
    const { ruledOut } = evaluated;
    const acute = fired.some((f) => f.level === 'acute');
    const dutyToNotify = fired.length > 0;

    const signalFindings: SignalFinding[] = [];
    const signalScore = new Map<PathwayId, number>();
    for (const signal of signals) {
      const spans = signal.matcher.find(text).filter((span) => !negation.isDenied(text.lower, span));
      if (spans.length === 0) continue;
      signalFindings.push({
        pathway: signal.pathway,
        signalId: signal.id,
        label: signal.label,
        quote: quoteAround(text.original, spans[0]),
      });
      signalScore.set(signal.pathway, (signalScore.get(signal.pathway) ?? 0) + signal.weight);
    }

    const contextScore = new Map<PathwayId, number>();
    const eligible = new Set<PathwayId>();
    for (const p of pathwaysFile.pathways) {
      if (p.id === family) {
        eligible.add(p.id);
        contextScore.set(p.id, context.pregnancy && p.for.pregnancy ? tuning.pregnancy : 0);
        continue;
      }
      let score = 0;
      let ok = true;
      if (context.grade) {
        const overlapsGrade = p.for.grades.some((g) => g >= context.grade!.min && g <= context.grade!.max);
        if (overlapsGrade) score += tuning.gradeFits;
        else ok = false;
      }
      if (context.ageYears !== undefined) {
        const fits = context.ageYears >= p.for.ages.min && context.ageYears <= p.for.ages.max;
        if (fits) score += context.grade ? tuning.ageFitsBesideGrade : tuning.ageFits;
        else if (!context.grade) ok = false;
      }
      if (context.settings.length > 0) {
        if (context.settings.some((s) => p.for.settings.includes(s))) score += tuning.settingFits;
        else score += tuning.settingMismatch;
      }
      if (context.pregnancy && context.ageYears === undefined && !context.grade) ok = false;
      contextScore.set(p.id, score);
      if (ok) eligible.add(p.id);
    }

    const total = (id: PathwayId): number => (contextScore.get(id) ?? 0) + (signalScore.get(id) ?? 0);
    const otherPathways = order.filter((id) => id !== family && eligible.has(id));
    const bestOther = [...otherPathways].sort(
      (a, b) => total(b) - total(a) || order.indexOf(a) - order.indexOf(b),
    )[0];
    // The writer explained the sign, or says the family copes: the family is not the main concern.
    const copes =
      !dutyToNotify &&
      (ruledOut.length > 0 || (familyCopes !== undefined && familyCopes.find(text).length > 0));
    const familyTouched = (signalScore.get(family) ?? 0) > 0;
    const familySignals = Math.max(0, (signalScore.get(family) ?? 0) - (copes ? tuning.familyCopes : 0));
    const bestOtherSignals = Math.max(0, ...otherPathways.map((id) => signalScore.get(id) ?? 0));

    const settingWeight = (id: PathwayId | undefined): number =>
      id !== undefined && (contextScore.get(id) ?? 0) >= tuning.strongContext ? tuning.settingEvidence : 0;
    let pathway: PathwayId;
    if (dutyToNotify) pathway = safety.pathway;
    else if (familySignals > 0 && familySignals > bestOtherSignals + settingWeight(bestOther))
      pathway = family;
    else if (context.pregnancy && context.ageYears === undefined && !context.grade) pathway = family;
    else if (bestOther !== undefined && total(bestOther) > 0) pathway = bestOther;
    else pathway = pathwaysFile.defaultPathway;

    const alsoConsider: PathwayId[] = [];
    const consider = (id: PathwayId | undefined): void => {
      if (id !== undefined && id !== pathway && !alsoConsider.includes(id)) alsoConsider.push(id);
    };
    if (pathway !== family && (familyTouched || context.pregnancy)) consider(family);
    const ranked = [...otherPathways].sort(
      (a, b) => total(b) - total(a) || order.indexOf(a) - order.indexOf(b),
    );
    for (const id of ranked) {
      if ((signalScore.get(id) ?? 0) > 0 || (contextScore.get(id) ?? 0) >= tuning.strongContext) consider(id);
    }
    if (pathway !== family && pathway !== pathwaysFile.defaultPathway && ruledOut.length > 0)
      consider(family);

    const primary = pathwayById.get(pathway)!;
    const levels = [
      acute ? safety.levels.acute : undefined,
      dutyToNotify ? safety.levels.notify : undefined,
    ].filter((l): l is NonNullable<typeof l> => l !== undefined);
    const firedRules = fired.flatMap((f) => safety.rules.filter((r) => r.id === f.ruleId));
    const ageForRoles = approximateAge(context);

    const pathwaySteps = primary.firstSteps
      .filter((step) => !(dutyToNotify && step.skipWhenNotify))
      .map((step): Localized => ({ da: step.da, en: step.en }));
    const nextSteps = dedupeLocalized([...levels.flatMap((l) => l.steps), ...pathwaySteps]);
    const involve = dedupeLocalized([
      ...levels.flatMap((l) => l.involve),
      ...firedRules.flatMap((r) => r.involve),
      ...primary.involve,
      ...primary.involveFromAge
        .filter((c) => ageForRoles !== undefined && ageForRoles >= c.minAge)
        .map((c) => c.role),
    ]);
    const lawReferences = dedupeLaw([
      ...levels.flatMap((l) => l.lawReferences),
      ...firedRules.flatMap((r) => r.lawReferences),
      ...primary.lawReferences,
    ]);

    const reasons: Reason[] = [
      ...fired
        .filter((f) => f.level === 'acute')
        .map((f): Reason => ({ kind: 'acute', label: f.label, quote: f.quote })),
      ...fired
        .filter((f) => f.level === 'notify')
        .map((f): Reason => ({ kind: 'notify', label: f.label, quote: f.quote })),
      ...signalFindings
        .filter((s) => s.pathway === pathway || alsoConsider.includes(s.pathway))
        .map((s): Reason => ({ kind: 'signal', label: s.label, quote: s.quote })),
      ...contextReasons(text.original, age, grade, settingHits, pregnancySpans),
      ...ruledOut.map((f): Reason => ({ kind: 'ruledOut', label: f.label, quote: f.quote })),
    ];

    // A warning only the model raised is weak evidence too: the triage questions let the user add
    // what the words did not say (a yes to danger now raises acute).
    const onlyModel = fromModel.length > 0 && fromRules.length === 0;
    const touched =
      options.triageAnswers !== undefined
        ? []
        : onlyModel
          ? fromModel.map((f) => f.label)
          : dutyToNotify
            ? []
            : triageTouches.filter((t) => t.matcher.find(text).length > 0).map((t) => t.label);
    const familySignal = signalFindings.some((s) => s.pathway === safety.pathway);

    return {
      pathway,
      alsoConsider,
      dutyToNotify,
      acute,
      ...(touched.length > 0 ? { triage: { touched, questions: TRIAGE_QUESTION_IDS } } : {}),
      standingDutyReminder:
        !dutyToNotify && (pathway === safety.pathway || familySignal || ruledOut.length > 0),
      safetyFindings: fired,
      ruledOut,
      signalFindings,
      reasons,
      nextSteps,
      involve,
      lawReferences,
      context,
    };
  }

  /**
   * A warning makes it a concern unless it is a general question about no child in particular;
   * without one, it takes a child and a worry or a pathway signal. Every message that is not a
   * command is asked this, so the cheap checks come first and the safety scan runs only when its
   * answer can change the outcome.
   */
  function readsAsConcern(input: string): boolean {
    const text = prepareText(input);
    const age = extractAge(text);
    const grade = extractGrade(text);
    const aboutAChild = concernChild.find(text).length > 0 || age !== undefined || grade !== undefined;
    const general = generalQuestion.find(text).length > 0;
    if (!aboutAChild && general) return false;
    if (aboutAChild && concernWorry.find(text).length > 0) return true;
    const { fired: ruleFindings } = evaluateSafety(text, {
      ageYears: age?.years,
      grade,
      pregnancy: pregnancy.find(text).length > 0,
    });
    const fired = ruleFindings.length > 0 ? ruleFindings : modelFindings(text, new Set());
    if (fired.length > 0) return true;
    if (!aboutAChild) return false;
    return signals.some((s) => s.matcher.find(text).length > 0) && !general;
  }

  return { classify, readsAsConcern, config };
}

/** The sentences of a text as spans, blank ones left out. */
function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let position = 0;
  while (position < text.length) {
    const sentence = sentenceAround(text, { start: position, end: position });
    if (text.slice(sentence.start, sentence.end).trim() !== '') spans.push(sentence);
    position = sentence.end + 1;
  }
  return spans;
}

function matchesAnywhere(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

function contextReasons(
  original: string,
  age: ExtractedAge | undefined,
  grade: ExtractedGrade | undefined,
  settingHits: readonly { label: Localized; spans: Span[] }[],
  pregnancySpans: readonly Span[],
): Reason[] {
  const reasons: Reason[] = [];
  const cut = (span: Span): string => original.slice(span.start, span.end).trim();
  if (age) reasons.push({ kind: 'context', label: CONTEXT_LABELS.age, quote: cut(age.span) });
  if (grade) reasons.push({ kind: 'context', label: CONTEXT_LABELS.grade, quote: cut(grade.span) });
  for (const hit of settingHits) {
    reasons.push({ kind: 'context', label: hit.label ?? SETTING_LABEL_FALLBACK, quote: cut(hit.spans[0]) });
  }
  if (pregnancySpans.length > 0) {
    reasons.push({ kind: 'context', label: CONTEXT_LABELS.pregnancy, quote: cut(pregnancySpans[0]) });
  }
  return reasons;
}

function dedupeLocalized(items: readonly Localized[]): Localized[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.da)) return false;
    seen.add(item.da);
    return true;
  });
}

function dedupeLaw(items: readonly LawReference[]): LawReference[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.title}|${item.section ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A reason as one line in the user's language: label and the quoted words. */
export function formatReason(reason: Reason, language: Language): string {
  const prefix =
    reason.kind === 'ruledOut' ? (language === 'en' ? 'Ruled out by you: ' : 'Afvist af dig: ') : '';
  return `${prefix}${reason.label[language]}: "${reason.quote}"`;
}
