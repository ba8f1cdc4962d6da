/**
 * Counting what the bot does, for the managers' Brug view. An event carries no person, no text
 * and no conversation: only what happened and when, so the counts can never be traced back.
 */
export type UsageEvent =
  'policyAnswered' | 'policyNotAnswered' | 'threadOpened' | 'threadClosed' | `pathway:${string}`;

export interface UsageRecorder {
  /** Never throws and never delays the turn: counting must not break what is counted. */
  record(event: UsageEvent, at: Date): void;
}

export interface UsageWeekCounts {
  readonly week: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface UsageReader {
  /** Counts per ISO week (`2026-W09`) for the given weeks, in the order given. */
  weekly(weeks: readonly string[]): Promise<UsageWeekCounts[]>;
}
