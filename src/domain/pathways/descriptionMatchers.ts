import type { PathwayId } from '../shared/pathwayId';
import type { ChildContext, SignalFinding } from './classification';
import { extractAge, extractGrade } from './extract';
import { extractSpeaker } from './speaker';
import type { ContextEvidence } from './guidance';
import { createLiteralIndex, type LiteralIndex } from './literalGuard';
import type { NegationCheck } from './negation';
import { vocabularyExpander } from './safetyScan';
import type { Localized, PathwayGuidanceConfig, SettingId, SignalMatch } from './schema';
import { compileSignal as compileSignalWith, type CompiledSignal, type PreparedText } from './textMatching';
import { quoteAround } from './sentences';

interface CompiledPathwaySignal {
  readonly pathway: PathwayId;
  readonly id: string;
  readonly label: Localized;
  readonly weight: number;
  readonly familyRequest: boolean;
  readonly matcher: CompiledSignal;
}

/**
 * The matchers of config/pathways.yaml (signals, settings, the concern test) and the safety file's
 * triage touches, compiled once per classifier. The safety rules have their own (safetyScan.ts).
 */
export interface DescriptionMatchers {
  readonly signals: readonly CompiledPathwaySignal[];
  readonly settings: readonly { id: SettingId; label: Localized; matcher: CompiledSignal }[];
  readonly pregnancy: CompiledSignal;
  readonly familyCopes?: CompiledSignal;
  /** The concern test: a particular child, a worry, and a general question about no child. */
  readonly concernChild: CompiledSignal;
  readonly concernWorry: CompiledSignal;
  readonly generalQuestion: CompiledSignal;
  /** Risk concepts that ask the triage questions when no warning was raised. */
  readonly triageTouches: readonly { label: Localized; matcher: CompiledSignal }[];
}

export function compileDescriptionMatchers(
  config: PathwayGuidanceConfig,
  literals: LiteralIndex = createLiteralIndex(),
): DescriptionMatchers {
  const { pathways: pathwaysFile, safety } = config;
  const expand = vocabularyExpander(safety);
  const compileSignal = (signal: SignalMatch): CompiledSignal => compileSignalWith(signal, literals);
  return {
    signals: pathwaysFile.pathways.flatMap((p) =>
      p.signals.map((s) => ({
        pathway: p.id,
        id: s.id,
        label: s.label,
        weight: s.weight,
        familyRequest: s.familyRequest,
        matcher: compileSignal(s),
      })),
    ),
    settings: pathwaysFile.settings.map((s) => ({ id: s.id, label: s.label, matcher: compileSignal(s) })),
    pregnancy: compileSignal(pathwaysFile.pregnancy),
    familyCopes: pathwaysFile.familyCopes ? compileSignal(pathwaysFile.familyCopes) : undefined,
    concernChild: compileSignal(pathwaysFile.concern.child),
    concernWorry: compileSignal(pathwaysFile.concern.worry),
    generalQuestion: compileSignal(pathwaysFile.concern.generalQuestion),
    triageTouches: (safety.triage?.touches ?? []).map((t) => ({
      label: t.label,
      matcher: compileSignal({ ...t, patterns: t.patterns.map(expand), exclude: t.exclude.map(expand) }),
    })),
  };
}

/**
 * Every pathway signal found in the description (denied ones left out), each pathway's total
 * weight, and whether the family itself asks for advice or support (a `familyRequest` signal).
 */
export function findSignals(
  matchers: DescriptionMatchers,
  text: PreparedText,
  negation: NegationCheck,
): { findings: SignalFinding[]; score: Map<PathwayId, number>; familyRequest: boolean } {
  const findings: SignalFinding[] = [];
  const score = new Map<PathwayId, number>();
  let familyRequest = false;
  for (const signal of matchers.signals) {
    const spans = signal.matcher.find(text).filter((span) => !negation.isDenied(text, span));
    if (spans.length === 0) continue;
    findings.push({
      pathway: signal.pathway,
      signalId: signal.id,
      label: signal.label,
      quote: quoteAround(text.original, spans[0]),
    });
    score.set(signal.pathway, (score.get(signal.pathway) ?? 0) + signal.weight);
    familyRequest ||= signal.familyRequest;
  }
  return { findings, score, familyRequest };
}

/** The age and grade a description names, and where: read once per description and shared. */
export interface AgeAndGrade {
  readonly age: ReturnType<typeof extractAge>;
  readonly grade: ReturnType<typeof extractGrade>;
}

export function readAgeAndGrade(text: PreparedText): AgeAndGrade {
  const age = extractAge(text);
  return { age, grade: extractGrade(text, age?.years) };
}

/** The child's age, grade, setting and a pregnancy as the description names them, and where. */
export function readContext(
  matchers: DescriptionMatchers,
  text: PreparedText,
  { age, grade }: AgeAndGrade = readAgeAndGrade(text),
): { context: ChildContext; evidence: ContextEvidence } {
  const settingHits = matchers.settings
    .map((s) => ({ ...s, spans: s.matcher.find(text) }))
    .filter((s) => s.spans.length > 0);
  const pregnancySpans = matchers.pregnancy.find(text);
  const context: ChildContext = {
    ageYears: age?.years,
    grade: grade ? { min: grade.min, max: grade.max } : undefined,
    settings: settingHits.map((s) => s.id),
    pregnancy: pregnancySpans.length > 0,
    speaker: extractSpeaker(text),
    language: text.language,
  };
  return { context, evidence: { age, grade, settingHits, pregnancySpans } };
}
