import type { PathwayId } from '../shared/pathwayId';
import type { ChildContext } from './classification';
import type { PathwaysFile } from './schema';
import type { PathwayTuning } from './tuning';

/** What the choice weighs, besides the pathways file and the tuning. */
export interface ChoiceEvidence {
  readonly context: ChildContext;
  /** The sum of the weights of each pathway's signals found in the description. */
  readonly signalScore: ReadonlyMap<PathwayId, number>;
  /** A safety warning was raised: the safety file's pathway is chosen. */
  readonly dutyToNotify: boolean;
  /** The pathway the safety file sends every warning to. */
  readonly warningPathway: PathwayId;
  /** The writer ruled a safety signal out, or says the family copes. */
  readonly familyCopes: boolean;
  /** Something was ruled out (the family pathway is then worth considering). */
  readonly anythingRuledOut: boolean;
}

export interface PathwayChoice {
  readonly pathway: PathwayId;
  readonly alsoConsider: PathwayId[];
}

interface ContextScores {
  readonly score: ReadonlyMap<PathwayId, number>;
  readonly eligible: ReadonlySet<PathwayId>;
}

/**
 * Each non-family pathway's fit to the grade, age and setting the description names; a grade or
 * age it does not cover makes it ineligible. The family pathway is always eligible and scores only
 * a pregnancy and its own settings (a baby at home with the health visitor).
 */
function scoreContext(file: PathwaysFile, context: ChildContext, tuning: PathwayTuning): ContextScores {
  const score = new Map<PathwayId, number>();
  const eligible = new Set<PathwayId>();
  for (const p of file.pathways) {
    if (p.id === file.familyPathway) {
      eligible.add(p.id);
      const pregnancy = context.pregnancy && p.for.pregnancy ? tuning.pregnancy : 0;
      const setting = context.settings.some((s) => p.for.settings.includes(s)) ? tuning.settingFits : 0;
      score.set(p.id, pregnancy + setting);
      continue;
    }
    let points = 0;
    let ok = true;
    if (context.grade) {
      const overlapsGrade = p.for.grades.some((g) => g >= context.grade!.min && g <= context.grade!.max);
      if (overlapsGrade) points += tuning.gradeFits;
      else ok = false;
    }
    if (context.ageYears !== undefined) {
      const fits = context.ageYears >= p.for.ages.min && context.ageYears <= p.for.ages.max;
      if (fits) points += context.grade ? tuning.ageFitsBesideGrade : tuning.ageFits;
      else if (!context.grade) ok = false;
    }
    if (context.settings.length > 0) {
      if (context.settings.some((s) => p.for.settings.includes(s))) points += tuning.settingFits;
      else points += tuning.settingMismatch;
    }
    if (context.pregnancy && context.ageYears === undefined && !context.grade) ok = false;
    score.set(p.id, points);
    if (ok) eligible.add(p.id);
  }
  return { score, eligible };
}

/**
 * A baby (under `babyAtHomeBelowAgeYears`), with no grade, and every setting the description names belongs to the family
 * pathway (at home with the health visitor, not daycare or school). An older child's "sundhedsplejerske"
 * is as often the school's or the daycare's health visitor, so it says nothing about the setting.
 * A baby with no setting named at all is at home too: most Danish babies start daycare around
 * their first birthday, and until then it is the health visitor who sees them.
 */
function babyAtHome(file: PathwaysFile, context: ChildContext, tuning: PathwayTuning): boolean {
  const { ageYears } = context;
  if (context.grade || (ageYears !== undefined && ageYears >= tuning.babyAtHomeBelowAgeYears)) return false;
  const familySettings = file.pathways.find((p) => p.id === file.familyPathway)?.for.settings ?? [];
  return context.settings.every((s) => familySettings.includes(s));
}

/**
 * The main pathway and the others worth considering. A warning decides it; otherwise the family
 * pathway wins on clearly stronger family signals, and the other pathways compete on context plus
 * signals, ties going to the earlier pathway in the file.
 */
export function choosePathway(
  file: PathwaysFile,
  evidence: ChoiceEvidence,
  tuning: PathwayTuning,
): PathwayChoice {
  const { context, signalScore } = evidence;
  const family = file.familyPathway;
  const order = file.pathways.map((p) => p.id);
  const contextScores = scoreContext(file, context, tuning);
  const contextOf = (id: PathwayId): number => contextScores.score.get(id) ?? 0;
  const signalsOf = (id: PathwayId): number => signalScore.get(id) ?? 0;
  const total = (id: PathwayId): number => contextOf(id) + signalsOf(id);
  const ranked = order
    .filter((id) => id !== family && contextScores.eligible.has(id))
    .sort((a, b) => total(b) - total(a) || order.indexOf(a) - order.indexOf(b));
  const bestOther = ranked[0];
  const familySignals = Math.max(0, signalsOf(family) - (evidence.familyCopes ? tuning.familyCopes : 0));
  const bestOtherSignals = Math.max(0, ...ranked.map(signalsOf));
  const settingWeight =
    bestOther !== undefined && contextOf(bestOther) >= tuning.strongContext ? tuning.settingEvidence : 0;
  const noAgeOrGrade = context.ageYears === undefined && !context.grade;
  // A baby at home stays with the family unless another pathway scores higher. With no setting
  // named, the age alone fits daycare as well, so only the signals compare, and a baby too young
  // for any daycare stays at home whatever they say.
  const familyWinsForBaby = (other: PathwayId | undefined): boolean =>
    other === undefined ||
    total(family) >= total(other) ||
    (context.settings.length === 0 &&
      (signalsOf(family) >= signalsOf(other) ||
        (context.ageYears !== undefined && context.ageYears < tuning.tooYoungForDaycareYears)));

  let pathway: PathwayId;
  if (evidence.dutyToNotify) pathway = evidence.warningPathway;
  else if (familySignals > 0 && familySignals > bestOtherSignals + settingWeight) pathway = family;
  else if (context.pregnancy && noAgeOrGrade) pathway = family;
  else if (babyAtHome(file, context, tuning) && familyWinsForBaby(bestOther)) pathway = family;
  else if (bestOther !== undefined && total(bestOther) > 0) pathway = bestOther;
  else pathway = file.defaultPathway;

  const alsoConsider: PathwayId[] = [];
  const consider = (id: PathwayId): void => {
    if (id !== pathway && !alsoConsider.includes(id)) alsoConsider.push(id);
  };
  if (pathway !== family && (signalsOf(family) > 0 || context.pregnancy)) consider(family);
  for (const id of ranked) {
    if (signalsOf(id) > 0 || contextOf(id) >= tuning.strongContext) consider(id);
  }
  if (pathway !== family && pathway !== file.defaultPathway && evidence.anythingRuledOut) consider(family);
  return { pathway, alsoConsider };
}
