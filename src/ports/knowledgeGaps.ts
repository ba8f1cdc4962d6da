/**
 * What staff asked that the documents could not answer, and the tickets raised for it. Filled by
 * the knowledge loop (unanswered questions and question tickets); until it is wired in, an empty
 * source stands in and the Videnshuller view says there is nothing recorded.
 */
export interface UnansweredQuestionWeek {
  readonly week: string;
  readonly count: number;
}

export interface OpenQuestionTicket {
  readonly id: string;
  /** A topic label, never the asker's words or name. */
  readonly topic: string;
  readonly openedAt: string;
}

export interface KnowledgeGapSource {
  unansweredPerWeek(weeks: readonly string[]): Promise<UnansweredQuestionWeek[]>;
  openTickets(): Promise<OpenQuestionTicket[]>;
}

export const emptyKnowledgeGapSource: KnowledgeGapSource = {
  unansweredPerWeek: async (weeks) => weeks.map((week) => ({ week, count: 0 })),
  openTickets: async () => [],
};
