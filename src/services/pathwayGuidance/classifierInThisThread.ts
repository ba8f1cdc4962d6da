import {
  createPathwayClassifier,
  warmUpClassifier,
  type PathwayClassifier,
  type PathwayGuidanceConfig,
} from '../../domain/pathways';
import type { ClassifierHost } from '../../ports/classifierHost';

/** The classifier in the calling thread: for tests, the command-line tools and one-CPU machines. */
export function classifierInThisThread(
  config: PathwayGuidanceConfig,
  options: { readonly warmUp?: boolean } = {},
): ClassifierHost {
  const classifier = createPathwayClassifier(config);
  if (options.warmUp ?? true) warmUpClassifier(classifier);
  return hostOf(classifier);
}

/** A host over a classifier the caller also uses directly (the card catalogue's fixed examples). */
export function hostOf(classifier: PathwayClassifier): ClassifierHost {
  return {
    classify: async (text, classifyOptions) => classifier.classify(text, classifyOptions),
    readsAsConcern: async (text) => classifier.readsAsConcern(text),
    classifyIfConcern: async (text) => classifier.classifyIfConcern(text),
    close: async () => undefined,
  };
}
