/**
 * Every Action.Execute verb of the question cards. `question.escalate` and `question.answer` are
 * stable names: checks outside this repository click them.
 */
export const QUESTION_VERBS = {
  escalate: 'question.escalate',
  assign: 'question.assign',
  answer: 'question.answer',
  close: 'question.close',
  retract: 'question.retract',
} as const;

export type QuestionVerbName = keyof typeof QUESTION_VERBS;
export const ALL_QUESTION_VERBS: readonly string[] = Object.values(QUESTION_VERBS);
