/**
 * Evaluation of pathway guidance over eval/pathway-vignettes.yaml: pathway accuracy, duty-to-notify
 * recall, false alarms on benign cases, acute recall. Run through `npm run eval` (name = 'pathway')
 * or directly: `npx tsx src/cli/evaluations/pathway.ts`.
 * `npm run eval -- --only pathway --sweep-pathway settingEvidence=1,2,3` prints the dev sets'
 * figures for each value of one pathway tuning value (see PATHWAY_TUNING); the sealed set is never read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  createPathwayClassifier,
  PATHWAY_TUNING,
  PATHWAY_TUNING_NAMES,
  type PathwayClassifier,
  type PathwayGuidanceConfig,
  type PathwayTuning,
} from '../../domain/pathways';
import { LANGUAGES } from '../../domain/shared/language';
import { PATHWAY_IDS } from '../../domain/shared/pathwayId';
import { loadToolSettings } from '../../config';
import { loadPathwayConfig, SAFETY_MODEL_FILE } from '../../infrastructure/configFiles/pathwayConfig';
import { parseParameterSweep, type ParameterSweep } from '../parameterSweep';

export const name = 'pathway';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const VIGNETTES_FILE = join(REPO_ROOT, 'eval', 'pathway-vignettes.yaml');

const vignetteSchema = z.object({
  text: z.string().min(1),
  pathway: z.enum(PATHWAY_IDS),
  notify: z.boolean(),
  acute: z.boolean(),
  benign: z.boolean().default(false),
  tags: z.array(z.string()).default([]),
  lang: z.enum(LANGUAGES).optional(),
  note: z.string().optional(),
  /** A rewrite of another case ("dev/concerns-e#71"): a translation or a counterfactual twin. */
  twinOf: z.string().optional(),
});
export type Vignette = z.infer<typeof vignetteSchema>;

export function loadVignettes(file = VIGNETTES_FILE): Vignette[] {
  return z.object({ vignettes: z.array(vignetteSchema) }).parse(parseYaml(readFileSync(file, 'utf8')))
    .vignettes;
}

export const EVAL_DIR = join(REPO_ROOT, 'eval');

/** One blind file: its name without the extension (`concerns-a`) and its cases. */
export interface BlindSet {
  readonly name: string;
  readonly vignettes: Vignette[];
}

/**
 * The blind sets: every `concerns-*.yaml` in eval/dev or eval/sealed, written by people who saw
 * neither the rules nor the code, one entry per file in name order. The sealed half is scored
 * once, never read while tuning.
 */
/**
 * A blind set's place: `dev` is tuned on; `sealed` is scored once, at the end, and never read;
 * `retired` holds former sealed halves whose one scoring is done and whose misses were read, so
 * they can no longer measure anything and serve as tuning and training data beside `dev`.
 */
export type BlindHalf = 'dev' | 'sealed' | 'retired';

export function loadBlindSets(half: BlindHalf, evalDir = EVAL_DIR): BlindSet[] | undefined {
  const dir = join(evalDir, half);
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((f) => /^concerns-.*\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0) return undefined;
  return files.map((f) => ({ name: f.replace(/\.ya?ml$/, ''), vignettes: loadVignettes(join(dir, f)) }));
}

/** Every blind file of a half pooled into one list. */
export function loadBlindVignettes(half: BlindHalf, evalDir = EVAL_DIR): Vignette[] | undefined {
  return loadBlindSets(half, evalDir)?.flatMap((set) => set.vignettes);
}

/** The project's pathway config, with the safety model as SAFETY_MODEL says unless `safetyModel` is given. */
function pathwayConfigFromDisk(safetyModel?: boolean): PathwayGuidanceConfig {
  const settings = loadToolSettings({ CONFIG_DIR: join(REPO_ROOT, 'config'), ...process.env });
  return loadPathwayConfig(settings.configDir, { safetyModel: safetyModel ?? settings.safetyModel });
}

export function createClassifierFromDisk(safetyModel?: boolean): PathwayClassifier {
  return createPathwayClassifier(pathwayConfigFromDisk(safetyModel));
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

export interface PathwayMetrics {
  vignettes: number;
  pathwayAccuracy: number | null;
  notifyRecall: number | null;
  notifyCases: number;
  falseAlarmRateBenign: number | null;
  benignCases: number;
  notifyFalseAlarmRateAllNonNotify: number | null;
  acuteRecall: number | null;
  acuteCases: number;
  acuteFalseAlarmRate: number | null;
  targetsMet: boolean;
  misses: { index: number; tags: string[]; expected: string; got: string }[];
}

export function scoreVignettes(
  classifier: PathwayClassifier,
  vignettes: readonly Vignette[],
): PathwayMetrics {
  let pathwayHits = 0;
  let notifyHits = 0;
  let acuteHits = 0;
  let benignAlarms = 0;
  let nonNotifyAlarms = 0;
  let nonAcuteAlarms = 0;
  const misses: PathwayMetrics['misses'] = [];
  vignettes.forEach((v, index) => {
    const r = classifier.classify(v.text);
    if (r.pathway === v.pathway) pathwayHits++;
    if (v.notify && r.dutyToNotify) notifyHits++;
    if (v.acute && r.acute) acuteHits++;
    if (v.benign && (r.dutyToNotify || r.acute)) benignAlarms++;
    if (!v.notify && r.dutyToNotify) nonNotifyAlarms++;
    if (!v.acute && r.acute) nonAcuteAlarms++;
    if (r.pathway !== v.pathway || r.dutyToNotify !== v.notify || r.acute !== v.acute) {
      misses.push({
        index,
        tags: v.tags,
        expected: `${v.pathway} notify=${v.notify} acute=${v.acute}`,
        got: `${r.pathway} notify=${r.dutyToNotify} acute=${r.acute}`,
      });
    }
  });
  const notifyCases = vignettes.filter((v) => v.notify).length;
  const acuteCases = vignettes.filter((v) => v.acute).length;
  const benignCases = vignettes.filter((v) => v.benign).length;
  const metrics = {
    vignettes: vignettes.length,
    pathwayAccuracy: ratio(pathwayHits, vignettes.length),
    notifyRecall: ratio(notifyHits, notifyCases),
    notifyCases,
    falseAlarmRateBenign: ratio(benignAlarms, benignCases),
    benignCases,
    notifyFalseAlarmRateAllNonNotify: ratio(nonNotifyAlarms, vignettes.length - notifyCases),
    acuteRecall: ratio(acuteHits, acuteCases),
    acuteCases,
    acuteFalseAlarmRate: ratio(nonAcuteAlarms, vignettes.length - acuteCases),
  };
  const targetsMet =
    metrics.notifyRecall === 1 &&
    metrics.acuteRecall === 1 &&
    (metrics.falseAlarmRateBenign ?? 0) <= 0.1 &&
    (metrics.pathwayAccuracy ?? 0) >= 0.9;
  return { ...metrics, targetsMet, misses };
}

/** Figures for one set, with the English cases also scored on their own. */
export function scoreSet(
  classifier: PathwayClassifier,
  vignettes: readonly Vignette[],
): Record<string, unknown> {
  const english = vignettes.filter((v) => v.lang === 'en');
  return {
    ...scoreVignettes(classifier, vignettes),
    ...(english.length > 0 ? { english: summary(scoreVignettes(classifier, english)) } : {}),
  };
}

/**
 * A half: the pooled figures (misses indexed in the pooled list) and, under `files`, each file's
 * figures on their own, so a new set's gap shows instead of being averaged away.
 */
export function scoreHalf(classifier: PathwayClassifier, sets: readonly BlindSet[]): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const set of sets) {
    const { misses: _misses, ...figures } = scoreSet(classifier, set.vignettes);
    files[set.name] = figures;
  }
  return {
    ...scoreSet(
      classifier,
      sets.flatMap((set) => set.vignettes),
    ),
    files,
  };
}

function summary(m: PathwayMetrics): Record<string, unknown> {
  const { misses: _misses, ...figures } = m;
  return figures;
}

export type PathwayTuningSweep = ParameterSweep<keyof PathwayTuning>;

/** `--sweep-pathway name=v1,v2,...`: one pathway tuning value and the values to try (undefined without it). */
export function parsePathwaySweep(argv: readonly string[]): PathwayTuningSweep | undefined {
  return parseParameterSweep(argv, '--sweep-pathway', PATHWAY_TUNING_NAMES);
}

/**
 * The figures of the given cases pooled for each value of one tuning value, the others at their
 * defaults. Warnings come from the safety rules, so only the pathway figures should move.
 */
export function sweepPathwayTuning(
  config: PathwayGuidanceConfig,
  vignettes: readonly Vignette[],
  sweep: PathwayTuningSweep,
): Record<string, unknown>[] {
  return sweep.values.map((value) => {
    const classifier = createPathwayClassifier(config, { ...PATHWAY_TUNING, [sweep.parameter]: value });
    return { value, ...summary(scoreVignettes(classifier, vignettes)) };
  });
}

/** The dev sets' figures (never the sealed set's) for each value of one tuning value. */
function sweepOnDevSets(sweep: PathwayTuningSweep): Record<string, unknown> {
  const sets = loadBlindSets('dev');
  if (!sets) throw new Error('--sweep-pathway needs eval/dev/concerns-*.yaml');
  return {
    set: 'dev',
    parameter: sweep.parameter,
    default: PATHWAY_TUNING[sweep.parameter],
    rows: sweepPathwayTuning(
      pathwayConfigFromDisk(),
      sets.flatMap((set) => set.vignettes),
      sweep,
    ),
  };
}

export async function evaluate(argv: readonly string[] = process.argv): Promise<Record<string, unknown>> {
  const sweep = parsePathwaySweep(argv);
  if (sweep) return sweepOnDevSets(sweep);
  const classifier = createClassifierFromDisk();
  const result: Record<string, unknown> = { own: scoreSet(classifier, loadVignettes()) };
  const halves: readonly BlindHalf[] = argv.includes('--dev-only')
    ? ['dev', 'retired']
    : ['dev', 'retired', 'sealed'];
  for (const half of halves) {
    const sets = loadBlindSets(half);
    result[half] = sets ? scoreHalf(classifier, sets) : { skipped: `eval/${half} has no concerns-*.yaml` };
  }
  // The other setting of SAFETY_MODEL, figures only: one scoring of the sealed half shows whether
  // the model earns its place (it stays only if it improves them without breaking false alarms).
  const settings = loadToolSettings({ CONFIG_DIR: join(REPO_ROOT, 'config'), ...process.env });
  if (existsSync(join(settings.configDir, SAFETY_MODEL_FILE))) {
    const other = createClassifierFromDisk(!settings.safetyModel);
    const alternative: Record<string, unknown> = {
      SAFETY_MODEL: settings.safetyModel ? 'off' : 'on',
      own: summary(scoreVignettes(other, loadVignettes())),
    };
    for (const half of halves) {
      const sets = loadBlindSets(half);
      if (!sets) continue;
      const { misses: _misses, ...figures } = scoreHalf(other, sets);
      alternative[half] = figures;
    }
    result.alternative = alternative;
  }
  const dev = result.dev as { notifyRecall?: number; acuteRecall?: number } | undefined;
  const sealed = result.sealed as { notifyRecall?: number; acuteRecall?: number } | undefined;
  if (dev?.notifyRecall !== undefined && sealed?.notifyRecall !== undefined) {
    result.gap = {
      notifyRecall: round(dev.notifyRecall - sealed.notifyRecall),
      acuteRecall: round((dev.acuteRecall ?? 0) - (sealed.acuteRecall ?? 0)),
    };
  }
  return result;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

if (require.main === module) {
  void evaluate().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
