/**
 * Optional second reader of a concern description (a language model). It may raise a warning the
 * rules missed; the caller never lets it lower or remove one.
 */
export interface SafetyReview {
  readonly notify: boolean;
  readonly acute: boolean;
}

export interface SafetyReviewer {
  review(description: string, signal: AbortSignal): Promise<SafetyReview>;
}
