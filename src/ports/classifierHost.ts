import type { ClassifyOptions, PathwayClassification } from '../domain/pathways';

/**
 * Where the pathway classifier reads descriptions. Reading one costs about a millisecond of CPU;
 * in the thread that serves HTTP, every turn in flight waits for it. In worker threads it runs
 * beside the HTTP work on another CPU. Both hosts give the same answers (one contract suite).
 */
export interface ClassifierHost {
  classify(text: string, options?: ClassifyOptions): Promise<PathwayClassification>;
  /** True when a safety rule fires or the text describes a concern about a particular child. */
  readsAsConcern(text: string): Promise<boolean>;
  /**
   * The classification when the text reads as a concern, else undefined: one request where a
   * free-text turn would otherwise make two (does it read as a concern, then classify it).
   */
  classifyIfConcern(text: string): Promise<PathwayClassification | undefined>;
  close(): Promise<void>;
}

/** The host could not read a description (its worker stopped or did not answer in time). */
export class ClassifierUnavailableError extends Error {
  constructor(reason: string) {
    super(`The pathway classifier is unavailable: ${reason}`);
    this.name = 'ClassifierUnavailableError';
  }
}
