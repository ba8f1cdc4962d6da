/**
 * The pathway choice's tuning values in one place, in the spirit of MiniSearch's BM25Params. Every
 * value is in points on one scale with the signal weights of config/pathways.yaml (1 a hint, 2 a
 * clear sign, 3 and 4 a strong or crisis sign). Each non-family pathway gets a context score from
 * the grade, age and setting a description names, and a signal score from its signals' weights;
 * the family pathway competes on signals alone, against the best other pathway's signals plus
 * `settingEvidence`. Warnings (duty to notify, acute) come from the safety rules and never from
 * these values. `npm run eval -- --only pathway --sweep-pathway <name>=<v1,v2,...>` prints the dev
 * sets' figures for other values (never the sealed set's).
 */
export interface PathwayTuning {
  /**
   * How much strong context (a context score of at least `strongContext`) for the best other
   * pathway counts against the family signals. The family pathway wins only when its signals beat
   * the other's signals plus this: at 2, one weak family sign (separation, grief: weight 2) does not
   * move a description from the child's own setting, a crisis (weight 3 and more) does. Higher keeps
   * more descriptions in the setting's pathway; 0 lets any family sign win.
   */
  readonly settingEvidence: number;
  /**
   * Context points for a pathway that covers the grade the description names ("3. klasse"). A
   * pathway that does not cover it is out of the running whatever its score, so this only orders
   * the pathways that do.
   */
  readonly gradeFits: number;
  /**
   * Context points for a pathway whose age range holds the child's age when no grade was named. An
   * age outside the range (and no grade) makes the pathway ineligible.
   */
  readonly ageFits: number;
  /**
   * Context points for an age that fits when a grade was named too: lower than `ageFits`, since the
   * grade already says where the child is and the age should not count twice.
   */
  readonly ageFitsBesideGrade: number;
  /** Context points for a pathway that covers a setting the description names (vuggestue, SFO, skole). */
  readonly settingFits: number;
  /**
   * Context points (negative: a penalty) for a pathway that covers none of the settings named. The
   * pathway stays eligible, so an explicit signal can still carry it.
   */
  readonly settingMismatch: number;
  /**
   * Context points for a pregnancy, for a pathway that covers pregnancies. It is the family
   * pathway's only context score, and with no age or grade named a pregnancy decides the pathway.
   */
  readonly pregnancy: number;
  /**
   * Subtracted from the family signals when the description says the family copes (or rules a
   * safety sign out) and nothing raised a warning: a handled family situation is not the main
   * concern. Higher sends such descriptions to the setting's pathway more often.
   */
  readonly familyCopes: number;
  /**
   * A context score at least this high is strong context: it brings `settingEvidence` into play
   * against family signals and lists the pathway under "also consider" even without its own
   * signals. Higher makes both rarer.
   */
  readonly strongContext: number;
  /**
   * Below this age (years), with no grade and only the home setting named, a child is a baby at home
   * with the health visitor, and the family pathway competes on context. Higher sends older toddlers
   * at home there too.
   */
  readonly babyAtHomeBelowAgeYears: number;
  /**
   * Below this age (years), a baby with no setting named is at home whatever the signals say: no
   * daycare takes children this young, so "græder meget" is the family's matter, not a daycare's.
   */
  readonly tooYoungForDaycareYears: number;
}

export const PATHWAY_TUNING: PathwayTuning = Object.freeze({
  settingEvidence: 2,
  gradeFits: 3,
  ageFits: 2,
  ageFitsBesideGrade: 1,
  settingFits: 3,
  settingMismatch: -2,
  pregnancy: 4,
  familyCopes: 3,
  strongContext: 3,
  babyAtHomeBelowAgeYears: 1,
  tooYoungForDaycareYears: 0.5,
});

/** Names of the tuning values, for the eval's sweep. */
export const PATHWAY_TUNING_NAMES = Object.keys(PATHWAY_TUNING) as (keyof PathwayTuning)[];
