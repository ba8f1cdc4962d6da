import type { PathwayClassifier } from './classification';

/** Danish, English, benign and acute: between them they reach every kind of rule and the model. */
const WARM_UP_SAMPLES = [
  'drengen på 4 år i børnehaven taler meget lidt, ingen tegn på vold',
  'en elev i 8. klasse fortæller at hendes stedfar slog hende i går og hun tør ikke gå hjem',
  'the girl (12) says her mom drinks and she is scared',
];

/**
 * Reads a few sample descriptions, so that the first real user does not wait for the regular
 * expressions to compile and the code to be optimised.
 */
export function warmUpClassifier(classifier: PathwayClassifier): void {
  for (const sample of WARM_UP_SAMPLES) {
    classifier.classify(sample);
    classifier.readsAsConcern(sample);
  }
}
