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
