import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  pathwaysFileSchema,
  safetyFileSchema,
  type PathwayGuidanceConfig,
} from '../../domain/pathways/schema';
import { safetyModelSchema, type SafetyModel } from '../../domain/pathways/safetyModel';
import { safetyCuesFileSchema } from '../../domain/pathways/cues';
import { ConfigFileError, loadYamlConfig } from './loadYamlConfig';

export const PATHWAYS_FILE = 'pathways.yaml';
export const SAFETY_FILE = 'safety.yaml';
/** Written by `npm run train:safety`; read only when SAFETY_MODEL is on. */
export const SAFETY_MODEL_FILE = 'safety-model.json';
/** The risk cues a model trained with cues reads; loaded with the model. */
export const SAFETY_CUES_FILE = 'safety-cues.yaml';

export interface PathwayConfigOptions {
  /** Load the statistical safety model beside the rules (SAFETY_MODEL). */
  readonly safetyModel: boolean;
}

/**
 * Reads and validates `<configDir>/pathways.yaml` and `<configDir>/safety.yaml`, and with the model
 * switched on `<configDir>/safety-model.json`. Throws ConfigFileError naming the file (and for the
 * YAML files the line and field), so a broken file stops the start.
 */
export function loadPathwayConfig(
  configDir: string,
  options: PathwayConfigOptions = { safetyModel: false },
): PathwayGuidanceConfig {
  const pathways = loadYamlConfig(join(configDir, PATHWAYS_FILE), pathwaysFileSchema);
  const safety = loadYamlConfig(join(configDir, SAFETY_FILE), safetyFileSchema);
  const safetyModel = options.safetyModel ? loadSafetyModel(join(configDir, SAFETY_MODEL_FILE)) : undefined;
  return {
    pathways,
    safety,
    ...(safetyModel ? { safetyModel } : {}),
    ...(safetyModel?.features.cues
      ? { safetyCues: loadYamlConfig(join(configDir, SAFETY_CUES_FILE), safetyCuesFileSchema) }
      : {}),
  };
}

/** The model file, parsed and checked; a missing, damaged or edited file names itself. */
export function loadSafetyModel(file: string): SafetyModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ConfigFileError(file, [
      {
        line: undefined,
        field: '',
        message: missing
          ? 'file not found (run npm run train:safety, or set SAFETY_MODEL=off)'
          : `not valid JSON (${(error as Error).message}); run npm run train:safety to write it again`,
      },
    ]);
  }
  const result = safetyModelSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigFileError(
    file,
    result.error.issues.slice(0, 5).map((issue) => ({
      line: undefined,
      field: issue.path.join('.'),
      message: issue.message,
    })),
  );
}
