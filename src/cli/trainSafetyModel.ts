/**
 * `npm run train:safety [-- --out PATH] [--dry-run]`: trains the statistical safety model on the
 * blind cases that may be read (eval/dev and eval/retired concerns-*.yaml, labels notify and acute;
 * never the sealed half), picks each head's threshold by k-fold cross-validation so that rules plus
 * model keep false alarms on benign cases at or under 10 %, prints the cross-validated figures of the rules alone and of rules
 * plus model as JSON, and writes config/safety-model.json. Fixed seed: the same cases give the same
 * file byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadBlindSets, REPO_ROOT } from './evaluations/pathway';
import { createPathwayClassifier } from '../domain/pathways/classify';
import { SAFETY_MODEL_HEADS, type SafetyModelHead } from '../domain/pathways/safetyModel';
import {
  crossValidatedScores,
  DEFAULT_TRAINING_PARAMS,
  toModelFile,
  trainHeads,
  type TrainingCase,
  type TrainingParams,
} from '../domain/pathways/safetyModelTraining';
import { compileCues, safetyCuesFileSchema } from '../domain/pathways/cues';
import { loadYamlConfig } from '../infrastructure/configFiles/loadYamlConfig';
import { loadToolSettings } from '../config';
import { CARER_WORDS } from '../domain/pathways/carerWords';
import {
  loadPathwayConfig,
  SAFETY_CUES_FILE,
  SAFETY_MODEL_FILE,
} from '../infrastructure/configFiles/pathwayConfig';

export const SEED = 20261130;
/** The halves the model learns from; never `sealed`. */
export const TRAINING_HALVES = ['dev', 'retired'] as const;
export const FOLDS = 5;
export const MAX_BENIGN_FALSE_ALARMS = 0.1;
/**
 * What the model may add on top of the rules' own false alarms on benign cases. On descriptions
 * the rules were not grown on, the rules alone already pass 10 %; the model is then not silenced,
 * but may not add more than this.
 */
export const MAX_ADDED_BENIGN_FALSE_ALARMS = 0.04;
/**
 * How many of the cases that are not acute the model may call acute, beyond what the rules call.
 * An acute banner on every plain disclosure ("stedfar slår hende") stops meaning "today"; the
 * notify warning stands either way. Without this limit the lowest acute threshold always won,
 * since an acute call on a notify case cost nothing. At 8 % the model alone still called acute 4 of
 * the 22 notify cases of the round-27 sealed halves and 5 of the 14 of the round-28 dev halves.
 */
export const MAX_ADDED_ACUTE_OVER_CALLS = 0.06;
/** The value of one risk cue feature beside the unit-length n-gram vector. */
export const CUE_WEIGHT = 0.15;

interface Outcome {
  readonly notify: boolean;
  readonly acute: boolean;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

export function figures(
  cases: readonly TrainingCase[],
  outcomes: readonly Outcome[],
): Record<string, unknown> {
  const notifyCases = cases.filter((c) => c.notify).length;
  const acuteCases = cases.filter((c) => c.acute).length;
  const benignCases = cases.filter((c) => c.benign).length;
  const count = (test: (c: TrainingCase, o: Outcome) => boolean): number =>
    cases.filter((c, i) => test(c, outcomes[i])).length;
  return {
    notifyRecall: ratio(
      count((c, o) => c.notify && o.notify),
      notifyCases,
    ),
    acuteRecall: ratio(
      count((c, o) => c.acute && o.acute),
      acuteCases,
    ),
    falseAlarmRateBenign: ratio(
      count((c, o) => c.benign && (o.notify || o.acute)),
      benignCases,
    ),
    notifyFalseAlarmRateAllNonNotify: ratio(
      count((c, o) => !c.notify && o.notify),
      cases.length - notifyCases,
    ),
  };
}

/** Rules plus model: a head at or over its threshold adds its warning; acute implies notify. */
export function combine(
  rules: Outcome,
  scores: Record<SafetyModelHead, number>,
  thresholds: Record<SafetyModelHead, number>,
  acuteOnlyWithNotify = false,
): Outcome {
  const notify = rules.notify || rules.acute || scores.notify >= thresholds.notify;
  const acute = rules.acute || (scores.acute >= thresholds.acute && (!acuteOnlyWithNotify || notify));
  return { acute, notify: notify || acute };
}

/**
 * The lowest thresholds (most warnings the rules missed) at which rules plus model keep benign
 * false alarms and acute calls on cases that are not acute at or under their limits; ties go to
 * the higher threshold (fewer alarms).
 */
export function chooseThresholds(
  cases: readonly TrainingCase[],
  rules: readonly Outcome[],
  scores: readonly Record<SafetyModelHead, number>[],
  acuteOnlyWithNotify = false,
  limit = MAX_BENIGN_FALSE_ALARMS,
  added = MAX_ADDED_BENIGN_FALSE_ALARMS,
  addedAcute = MAX_ADDED_ACUTE_OVER_CALLS,
): Record<SafetyModelHead, number> {
  const grid: number[] = [];
  for (let t = 5; t <= 95; t++) grid.push(t / 100);
  const benign = cases.filter((c) => c.benign).length;
  const rulesAlarms = cases.filter((c, i) => c.benign && (rules[i].notify || rules[i].acute)).length;
  const allowed = Math.max(limit * benign, rulesAlarms + added * benign);
  const notAcute = cases.filter((c) => !c.acute).length;
  const rulesOverCalls = cases.filter((c, i) => !c.acute && rules[i].acute).length;
  const allowedOverCalls = rulesOverCalls + addedAcute * notAcute;
  let best = { hits: -1, alarms: Infinity, thresholds: { notify: 0.95, acute: 0.95 } };
  for (const notify of grid) {
    for (const acute of grid) {
      const thresholds = { notify, acute };
      let hits = 0;
      let alarms = 0;
      let overCalls = 0;
      cases.forEach((c, i) => {
        const both = combine(rules[i], scores[i], thresholds, acuteOnlyWithNotify);
        if (c.notify && both.notify) hits++;
        if (c.acute && both.acute) hits++;
        if (c.benign && (both.notify || both.acute)) alarms++;
        if (!c.acute && both.acute) overCalls++;
      });
      if (alarms > allowed || overCalls > allowedOverCalls) continue;
      const better =
        hits > best.hits ||
        (hits === best.hits && alarms < best.alarms) ||
        (hits === best.hits &&
          alarms === best.alarms &&
          notify + acute > best.thresholds.notify + best.thresholds.acute);
      if (better) best = { hits, alarms, thresholds };
    }
  }
  return best.thresholds;
}

/** Every blind case that may be read: the dev halves and the retired former sealed halves. */
function loadTrainingCases(): { trainedOn: string[]; cases: TrainingCase[] } {
  const sets = TRAINING_HALVES.flatMap((half) =>
    (loadBlindSets(half) ?? []).map((set) => ({ ...set, name: `${half}/${set.name}` })),
  );
  if (sets.length === 0) throw new Error('eval/dev and eval/retired have no concerns-*.yaml to train on');
  return {
    trainedOn: sets.map((s) => `eval/${s.name}.yaml`),
    cases: sets.flatMap((s) =>
      s.vignettes.map((v, i) => ({
        text: v.text,
        notify: v.notify,
        acute: v.acute,
        benign: v.benign,
        id: `${s.name}#${i}`,
        twinOf: v.twinOf,
      })),
    ),
  };
}

/** The rules alone, without any model: the baseline the model may only add to. */
function rulesBaseline(configDir: string, cases: readonly TrainingCase[]): Outcome[] {
  const rulesOnly = createPathwayClassifier(loadPathwayConfig(configDir, { safetyModel: false }));
  return cases.map((c) => {
    const r = rulesOnly.classify(c.text);
    return { notify: r.dutyToNotify, acute: r.acute };
  });
}

function trainingParams(cueNames: readonly string[]): TrainingParams {
  return {
    ...DEFAULT_TRAINING_PARAMS,
    features: {
      ...DEFAULT_TRAINING_PARAMS.features,
      cues: { weight: CUE_WEIGHT, names: [...cueNames] },
      carerWords: [...CARER_WORDS],
    },
    acuteOnlyWithNotify: true,
  };
}

/** The acute thresholds a municipality might prefer instead: what each costs in acute false alarms. */
export const ACUTE_TRADE_OFF_THRESHOLDS = [0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4] as const;

function acuteTradeOff(
  cases: readonly TrainingCase[],
  rules: readonly Outcome[],
  scores: readonly Record<SafetyModelHead, number>[],
  notifyThreshold: number,
  conditional: boolean,
): { acuteThreshold: number; acuteRecall: number | null; acuteFalseAlarmsOnNonAcute: number | null }[] {
  return ACUTE_TRADE_OFF_THRESHOLDS.map((acute) => {
    const outcomes = cases.map((_, i) =>
      combine(rules[i], scores[i], { notify: notifyThreshold, acute }, conditional),
    );
    const count = (test: (c: TrainingCase, o: Outcome) => boolean): number =>
      cases.filter((c, i) => test(c, outcomes[i])).length;
    return {
      acuteThreshold: acute,
      acuteRecall: ratio(
        count((c, o) => c.acute && o.acute),
        count((c) => c.acute),
      ),
      acuteFalseAlarmsOnNonAcute: ratio(
        count((c, o) => !c.acute && o.acute),
        count((c) => !c.acute),
      ),
    };
  });
}

function crossValidatedReport(
  cases: readonly TrainingCase[],
  rules: readonly Outcome[],
  scores: readonly Record<SafetyModelHead, number>[],
  thresholds: Record<SafetyModelHead, number>,
  conditional: boolean,
): Record<string, unknown> {
  const modelAlone = scores.map((s) => combine({ notify: false, acute: false }, s, thresholds, conditional));
  const combined = cases.map((_, i) => combine(rules[i], scores[i], thresholds, conditional));
  const count = (test: (c: TrainingCase, i: number) => boolean): number => cases.filter(test).length;
  return {
    note: 'rules were tuned on these cases, so their figures here are not held out; the model figures are out-of-fold',
    rulesAlone: figures(cases, rules),
    modelAlone: figures(cases, modelAlone),
    rulesPlusModel: figures(cases, combined),
    addedByModel: {
      notifyCasesCaughtOnlyByModel: count((c, i) => c.notify && !rules[i].notify && combined[i].notify),
      acuteCasesCaughtOnlyByModel: count((c, i) => c.acute && !rules[i].acute && combined[i].acute),
      benignAlarmsAddedByModel: count(
        (c, i) =>
          c.benign && !(rules[i].notify || rules[i].acute) && (combined[i].notify || combined[i].acute),
      ),
    },
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const dryRun = args.includes('--dry-run');
  const settings = loadToolSettings({ CONFIG_DIR: join(REPO_ROOT, 'config'), ...process.env });
  const out = outIndex >= 0 ? args[outIndex + 1] : join(settings.configDir, SAFETY_MODEL_FILE);
  const { trainedOn, cases } = loadTrainingCases();
  const rules = rulesBaseline(settings.configDir, cases);
  const cues = compileCues(loadYamlConfig(join(settings.configDir, SAFETY_CUES_FILE), safetyCuesFileSchema));
  const params = trainingParams(cues.map((c) => c.name));
  const conditional = params.acuteOnlyWithNotify === true;
  const scores = crossValidatedScores(cases, params, FOLDS, SEED, cues);
  const thresholds = chooseThresholds(cases, rules, scores, conditional);
  const crossValidated = crossValidatedReport(cases, rules, scores, thresholds, conditional);
  const model = toModelFile(trainHeads(cases, params, cues), params, thresholds, {
    trainedOn,
    cases: cases.length,
    seed: SEED,
    folds: FOLDS,
    crossValidated,
  });
  const json = `${JSON.stringify(model)}\n`;
  if (!dryRun) writeFileSync(out, json);
  const summary = {
    trainedOn,
    cases: cases.length,
    seed: SEED,
    folds: FOLDS,
    thresholds,
    params: { ...params },
    crossValidated,
    acuteTradeOff: acuteTradeOff(cases, rules, scores, thresholds.notify, conditional),
    heads: Object.fromEntries(SAFETY_MODEL_HEADS.map((h) => [h, model.heads[h].indices.length])),
    file: dryRun ? null : relative(process.cwd(), out),
    bytes: Buffer.byteLength(json),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

if (require.main === module) main();
