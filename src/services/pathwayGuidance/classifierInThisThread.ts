import { createPathwayClassifier, warmUpClassifier, type PathwayGuidanceConfig } from '../../domain/pathways';
import type { ClassifierHost } from '../../ports/classifierHost';

/** The classifier in the calling thread: for tests, the command-line tools and one-CPU machines. */
export function classifierInThisThread(
  config: PathwayGuidanceConfig,
  options: { readonly warmUp?: boolean } = {},
): ClassifierHost {
  const classifier = createPathwayClassifier(config);
  if (options.warmUp ?? true) warmUpClassifier(classifier);
  return {
    kind: 'thisThread',
    classify: async (text, classifyOptions) => classifier.classify(text, classifyOptions),
    readsAsConcern: async (text) => classifier.readsAsConcern(text),
    close: async () => undefined,
  };
}
