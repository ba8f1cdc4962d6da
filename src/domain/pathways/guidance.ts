import type { PathwayId } from '../shared/pathwayId';
import type { ChildContext, Reason, SafetyFinding, SignalFinding } from './classification';
import type { ExtractedAge, ExtractedGrade } from './extract';
import { approximateAge } from './safetyScan';
import type { LawReference, Localized, PathwayDefinition, SafetyFile } from './schema';
import type { Span } from './textMatching';

const SETTING_LABEL_FALLBACK: Localized = { da: 'Sted', en: 'Setting' };

const CONTEXT_LABELS = {
  age: { da: 'Alder', en: 'Age' },
  grade: { da: 'Klassetrin', en: 'Grade' },
  setting: { da: 'Sted', en: 'Setting' },
  pregnancy: { da: 'Graviditet eller kommende forældre', en: 'Pregnancy or expecting parents' },
} as const;

/** What the user is told to do and whom to involve, by the warnings, the fired rules and the pathway. */
export interface ActionGuidance {
  readonly nextSteps: Localized[];
  readonly involve: Localized[];
  readonly lawReferences: LawReference[];
}

/** The safety file's rules by id, in file order: built with the classifier, so a turn looks up only the fired ones. */
export type RulesById = ReadonlyMap<string, readonly SafetyFile['rules'][number][]>;

export function rulesById(safety: SafetyFile): RulesById {
  const byId = new Map<string, SafetyFile['rules'][number][]>();
  for (const rule of safety.rules) {
    const same = byId.get(rule.id);
    if (same) same.push(rule);
    else byId.set(rule.id, [rule]);
  }
  return byId;
}

export function actionGuidance(
  safety: SafetyFile,
  safetyRules: RulesById,
  primary: PathwayDefinition,
  fired: readonly SafetyFinding[],
  context: ChildContext,
): ActionGuidance {
  const acute = fired.some((f) => f.level === 'acute');
  const dutyToNotify = fired.length > 0;
  const levels = [
    acute ? safety.levels.acute : undefined,
    dutyToNotify ? safety.levels.notify : undefined,
  ].filter((l): l is NonNullable<typeof l> => l !== undefined);
  const firedRules = fired.flatMap((f) => safetyRules.get(f.ruleId) ?? []);
  const ageForRoles = approximateAge(context);

  const pathwaySteps = primary.firstSteps
    .filter((step) => !(dutyToNotify && step.skipWhenNotify))
    .map((step): Localized => ({ da: step.da, en: step.en }));
  return {
    nextSteps: dedupeLocalized([...levels.flatMap((l) => l.steps), ...pathwaySteps]),
    involve: dedupeLocalized([
      ...levels.flatMap((l) => l.involve),
      ...firedRules.flatMap((r) => r.involve),
      ...primary.involve,
      ...primary.involveFromAge
        .filter((c) => ageForRoles !== undefined && ageForRoles >= c.minAge)
        .map((c) => c.role),
    ]),
    lawReferences: dedupeLaw([
      ...levels.flatMap((l) => l.lawReferences),
      ...firedRules.flatMap((r) => r.lawReferences),
      ...primary.lawReferences,
    ]),
  };
}

/** Where the description named the child's age, grade, setting or a pregnancy. */
export interface ContextEvidence {
  readonly age?: ExtractedAge;
  readonly grade?: ExtractedGrade;
  readonly settingHits: readonly { readonly label: Localized; readonly spans: Span[] }[];
  readonly pregnancySpans: readonly Span[];
}

/** The reasons the card lists, warnings first, each with the user's own words. */
export function reasonsFor(
  original: string,
  found: {
    readonly fired: readonly SafetyFinding[];
    readonly signalFindings: readonly SignalFinding[];
    readonly ruledOut: readonly SafetyFinding[];
  },
  shown: { readonly pathway: PathwayId; readonly alsoConsider: readonly PathwayId[] },
  evidence: ContextEvidence,
): Reason[] {
  return [
    ...found.fired
      .filter((f) => f.level === 'acute')
      .map((f): Reason => ({ kind: 'acute', label: f.label, quote: f.quote })),
    ...found.fired
      .filter((f) => f.level === 'notify')
      .map((f): Reason => ({ kind: 'notify', label: f.label, quote: f.quote })),
    ...found.signalFindings
      .filter((s) => s.pathway === shown.pathway || shown.alsoConsider.includes(s.pathway))
      .map((s): Reason => ({ kind: 'signal', label: s.label, quote: s.quote })),
    ...contextReasons(original, evidence),
    ...found.ruledOut.map((f): Reason => ({ kind: 'ruledOut', label: f.label, quote: f.quote })),
  ];
}

function contextReasons(original: string, evidence: ContextEvidence): Reason[] {
  const { age, grade, settingHits, pregnancySpans } = evidence;
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
