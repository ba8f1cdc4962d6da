/** The messages between the worker classifier host and its worker threads. */
import type { ClassifyOptions, PathwayGuidanceConfig } from '../../domain/pathways';

/** What a worker is started with (as `workerData`). */
export interface ClassifierWorkerData {
  readonly role: 'pathwayClassifier';
  readonly config: PathwayGuidanceConfig;
}

export type ClassifierRequest =
  | {
      readonly id: number;
      readonly method: 'classify';
      readonly text: string;
      readonly options?: ClassifyOptions;
    }
  | { readonly id: number; readonly method: 'readsAsConcern'; readonly text: string };

/**
 * A worker's answers. A failed reading carries the error's name only: an error message may quote
 * the description, and the host logs what it gets.
 */
export type ClassifierReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'answer'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'failed'; readonly id: number; readonly errorName: string };
