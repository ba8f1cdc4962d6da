/** What the worker classifier host sends its worker threads (the pool adds ids and replies). */
import type { ClassifyOptions, PathwayGuidanceConfig } from '../../domain/pathways';

/** What a worker is started with (as `workerData`). */
export interface ClassifierWorkerData {
  readonly role: 'pathwayClassifier';
  readonly config: PathwayGuidanceConfig;
}

export type ClassifierRequest =
  | { readonly method: 'classify'; readonly text: string; readonly options?: ClassifyOptions }
  | { readonly method: 'readsAsConcern'; readonly text: string }
  | { readonly method: 'classifyIfConcern'; readonly text: string };
