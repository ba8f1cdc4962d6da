import type { Language } from '../shared/language';
import type { PathwayId } from '../shared/pathwayId';
import type {
  ChildContext,
  ClassifyOptions,
  PathwayClassification,
  PathwayClassifier,
  Reason,
  SafetyFinding,
} from './classification';
import {
  compileDescriptionMatchers,
  findSignals,
  readAgeAndGrade,
  readContext,
  type AgeAndGrade,
  type DescriptionMatchers,
} from './descriptionMatchers';
import { createLiteralIndex } from './literalGuard';
import { actionGuidance, reasonsFor, rulesById, type RulesById } from './guidance';
import { createModelReading, type ModelReading } from './modelReading';
import { createNegationCheck, type NegationCheck } from './negation';
import { choosePathway } from './pathwayChoice';
import { createSafetyScan, type SafetyScanResult, type ScanContext } from './safetyScan';
import type {
  Localized,
  PathwayDefinition,
  PathwayGuidanceConfig,
  SafetyFile,
  SafetyLevel,
  TriageAnswers,
} from './schema';
import { TRIAGE_QUESTION_IDS } from './schema';
import { prepareText, type PreparedText } from './textMatching';
import { PATHWAY_TUNING, type PathwayTuning } from './tuning';

/** A yes to a triage question raises its warning; the reason is the user's own answer. */
function triageFindings(
  safety: SafetyFile,
  answers: TriageAnswers | undefined,
  language: Language,
): SafetyFinding[] {
  const questions = safety.triage?.questions;
  if (!questions || !answers) return [];
  return TRIAGE_QUESTION_IDS.filter((id) => answers[id] === true).map((id) => ({
    ruleId: `triage.${id}`,
    level: questions[id].level,
    label: questions[id].label,
    quote: questions[id].question[language],
  }));
}

/** Remembers the answer for the last input only: a concern turn asks twice about the same words. */
function lastInputMemo<A extends unknown[], O>(
  keyOf: (...input: A) => string,
  compute: (...input: A) => O,
): (...input: A) => O {
  let last: { key: string; result: O } | undefined;
  return (...input) => {
    const key = keyOf(...input);
    if (last?.key === key) return last.result;
    const result = compute(...input);
    last = { key, result };
    return result;
  };
}

/**
 * Remembers the answer for the last prepared text, by identity: `prepare` gives a turn's two
 * questions the same object, so what both read from it is read once.
 */
function lastTextMemo<O>(compute: (text: PreparedText) => O): (text: PreparedText) => O {
  let last: { text: PreparedText; result: O } | undefined;
  return (text) => {
    if (last?.text === text) return last.result;
    const result = compute(text);
    last = { text, result };
    return result;
  };
}

/** The compiled parts one classifier works with; `classifyWith` and `readsAsConcernWith` share them. */
interface ClassifierParts {
  readonly config: PathwayGuidanceConfig;
  readonly tuning: PathwayTuning;
  readonly matchers: DescriptionMatchers;
  readonly pathwayById: ReadonlyMap<PathwayId, PathwayDefinition>;
  readonly safetyRulesById: RulesById;
  readonly negation: NegationCheck;
  readonly prepare: (input: string) => PreparedText;
  /** Age and grade of a prepared text, read once for both questions of a concern turn. */
  readonly ageAndGrade: (text: PreparedText) => AgeAndGrade;
  readonly scanSafety: (text: PreparedText, context: ScanContext) => SafetyScanResult;
  readonly modelFindings: ModelReading;
}

/** Rules, triage answers, the model and warnings raised elsewhere; nothing here lowers a warning. */
function warningsFor(
  parts: ClassifierParts,
  text: PreparedText,
  context: ChildContext,
  options: ClassifyOptions,
) {
  const scanned = parts.scanSafety(text, context);
  const triage = triageFindings(parts.config.safety, options.triageAnswers, context.language);
  const fromRules = [...scanned.fired, ...triage];
  // The writer explained every sign the rules saw, or denied every acute one ("hun er ikke bange
  // for at tage hjem", "ingen snak om rejser"): the model may not add acute on its own.
  const acuteDenied =
    !fromRules.some((f) => f.level === 'acute') && scanned.ruledOut.some((f) => f.level === 'acute');
  // The writer settled every sign with a diagnosis or a benign secret: the model adds nothing.
  const fromModel =
    fromRules.length === 0 && scanned.settled
      ? []
      : parts.modelFindings(
          text,
          new Set(fromRules.map((f) => f.level)),
          (fromRules.length === 0 && scanned.ruledOut.length > 0) || acuteDenied,
        );
  const fired = [
    ...fromRules,
    ...fromModel,
    ...(options.raisedElsewhere ?? []).filter((f) => !scanned.fired.some((e) => e.level === f.level)),
  ];
  return {
    fired,
    ruledOut: scanned.ruledOut,
    anythingExplained: scanned.anythingExplained,
    fromRules,
    fromModel,
  };
}

/**
 * The risk concepts the card asks the triage questions about. A warning only the model raised is
 * weak evidence too: the questions let the user add what the words did not say (a yes to danger
 * now raises acute). Once answered, or when a rule raised a warning, nothing is asked.
 */
function triageTouched(
  parts: ClassifierParts,
  text: PreparedText,
  options: ClassifyOptions,
  warnings: ReturnType<typeof warningsFor>,
): Localized[] {
  const { fromModel, fromRules, fired } = warnings;
  if (options.triageAnswers !== undefined) return [];
  if (fromModel.length > 0 && fromRules.length === 0) return fromModel.map((f) => f.label);
  if (fired.length > 0) return [];
  return parts.matchers.triageTouches.filter((t) => t.matcher.find(text).length > 0).map((t) => t.label);
}

function classifyWith(
  parts: ClassifierParts,
  input: string,
  options: ClassifyOptions,
): PathwayClassification {
  const { safety, pathways: pathwaysFile } = parts.config;
  const text = parts.prepare(input);
  const { context, evidence } = readContext(parts.matchers, text, parts.ageAndGrade(text));
  const warnings = warningsFor(parts, text, context, options);
  const { fired, ruledOut } = warnings;
  const dutyToNotify = fired.length > 0;
  const found = findSignals(parts.matchers, text, parts.negation);
  const familyCopes = parts.matchers.familyCopes;
  // The writer explained the sign, or says the family copes: the family is not the main concern.
  // A sign only denied ("ingen vold, men mange konflikter") says nothing about how the family copes,
  // and a family that itself asks for advice or support is the concern whatever the child manages.
  const copes =
    !dutyToNotify &&
    !found.familyRequest &&
    (warnings.anythingExplained || (familyCopes !== undefined && familyCopes.find(text).length > 0));
  const { pathway, alsoConsider } = choosePathway(
    pathwaysFile,
    {
      context,
      signalScore: found.score,
      dutyToNotify,
      warningPathway: safety.pathway,
      familyCopes: copes,
      anythingRuledOut: ruledOut.length > 0,
    },
    parts.tuning,
  );
  const signalFindings = found.findings;
  const touched = triageTouched(parts, text, options, warnings);
  const familySignal = signalFindings.some((s) => s.pathway === safety.pathway);
  return {
    pathway,
    alsoConsider,
    dutyToNotify,
    acute: fired.some((f) => f.level === 'acute'),
    ...(touched.length > 0 ? { triage: { touched, questions: TRIAGE_QUESTION_IDS } } : {}),
    standingDutyReminder:
      !dutyToNotify && (pathway === safety.pathway || familySignal || ruledOut.length > 0),
    safetyFindings: fired,
    ruledOut,
    signalFindings,
    reasons: reasonsFor(
      text.original,
      { fired, signalFindings, ruledOut },
      { pathway, alsoConsider },
      evidence,
    ),
    ...actionGuidance(safety, parts.safetyRulesById, parts.pathwayById.get(pathway)!, fired, context),
    context,
  };
}

/**
 * A warning makes it a concern unless it is a general question about no child in particular;
 * without one, it takes a child and a worry or a pathway signal. Every message that is not a
 * command is asked this, so the cheap checks come first and the safety scan runs only when its
 * answer can change the outcome.
 */
function readsAsConcernWith(parts: ClassifierParts, input: string): boolean {
  const { matchers } = parts;
  const text = parts.prepare(input);
  const { age, grade } = parts.ageAndGrade(text);
  const aboutAChild = matchers.concernChild.find(text).length > 0 || age !== undefined || grade !== undefined;
  const general = matchers.generalQuestion.find(text).length > 0;
  if (!aboutAChild && general) return false;
  if (aboutAChild && matchers.concernWorry.find(text).length > 0) return true;
  const { fired: ruleFindings } = parts.scanSafety(text, {
    ageYears: age?.years,
    grade,
    pregnancy: matchers.pregnancy.find(text).length > 0,
  });
  const fired = ruleFindings.length > 0 ? ruleFindings : parts.modelFindings(text, new Set());
  if (fired.length > 0) return true;
  if (!aboutAChild) return false;
  return matchers.signals.some((s) => s.matcher.find(text).length > 0) && !general;
}

export function createPathwayClassifier(
  config: PathwayGuidanceConfig,
  tuning: PathwayTuning = PATHWAY_TUNING,
): PathwayClassifier {
  const negation = createNegationCheck(config.safety.negation);
  // One literal index for every matcher: a description is searched once for all their literals.
  const literals = createLiteralIndex();
  const safetyScan = createSafetyScan(config.safety, negation, literals);
  // A concern turn asks twice about the same words (does it read as a concern, then classify):
  // the prepared text, the rule scan and the model, the dearest parts of a turn, are made once
  // for the last description.
  const parts: ClassifierParts = {
    config,
    tuning,
    matchers: compileDescriptionMatchers(config, literals),
    pathwayById: new Map(config.pathways.pathways.map((p) => [p.id, p])),
    safetyRulesById: rulesById(config.safety),
    negation,
    prepare: lastInputMemo((input: string) => input, prepareText),
    ageAndGrade: lastTextMemo(readAgeAndGrade),
    scanSafety: lastInputMemo(
      (text: PreparedText, { ageYears, grade, pregnancy }: ScanContext) =>
        JSON.stringify([text.original, ageYears, grade?.min, grade?.max, pregnancy]),
      (text: PreparedText, context: ScanContext) => safetyScan.scan(text, context),
    ),
    modelFindings: lastInputMemo(
      (text: PreparedText, ruleLevels: ReadonlySet<SafetyLevel>, signsExplained = false) =>
        JSON.stringify([text.original, [...ruleLevels].sort(), signsExplained]),
      createModelReading(config, literals),
    ),
  };
  return {
    classify: (input, options = {}) => classifyWith(parts, input, options),
    readsAsConcern: (input) => readsAsConcernWith(parts, input),
    classifyIfConcern: (input) =>
      readsAsConcernWith(parts, input) ? classifyWith(parts, input, {}) : undefined,
    config,
  };
}

/** A reason as one line in the user's language: label and the quoted words. */
export function formatReason(reason: Reason, language: Language): string {
  const prefix =
    reason.kind === 'ruledOut' ? (language === 'en' ? 'Ruled out by you: ' : 'Afvist af dig: ') : '';
  return `${prefix}${reason.label[language]}: "${reason.quote}"`;
}
