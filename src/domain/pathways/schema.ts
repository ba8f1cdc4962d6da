import type { SafetyCuesFile } from './cues';
import type { SafetyModel } from './safetyModel';
import type { PathwaysFile } from './pathwaysSchema';
import type { SafetyFile } from './safetySchema';

/**
 * Schemas for config/pathways.yaml and config/safety.yaml. The municipality edits these files, so
 * every message says what a valid value looks like.
 */
export * from './signalSchema';
export * from './pathwaysSchema';
export * from './safetySchema';

/** Everything pathway guidance needs from configuration. */
export interface PathwayGuidanceConfig {
  readonly pathways: PathwaysFile;
  readonly safety: SafetyFile;
  /** The statistical safety model (SAFETY_MODEL on): it may raise a warning, never lower one. */
  readonly safetyModel?: SafetyModel;
  /** The risk cues the model reads (config/safety-cues.yaml), loaded with the model. */
  readonly safetyCues?: SafetyCuesFile;
}
