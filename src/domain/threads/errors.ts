/** A broken thread rule. `code` is stable: the Teams layer maps it to a Danish message. */
export type ThreadRuleCode =
  | 'NOT_PERMITTED'
  | 'NOT_A_PARTICIPANT'
  | 'INVALID_TRANSITION'
  | 'THREAD_CLOSED'
  | 'TASK_NOT_FOUND'
  | 'TASK_ALREADY_DONE'
  | 'PARTICIPANT_NOT_FOUND'
  | 'INVALID_INPUT'
  | 'CPR_REFUSED'
  | 'LIMIT_REACHED'
  | 'ALREADY_PARTICIPANT'
  | 'HANDOVER_NOT_OFFERED'
  | 'HANDOVER_STALE'
  | 'LEAD_NOT_REMOVABLE'
  | 'LAST_PARTICIPANT'
  | 'REVIEW_DATE_IN_PAST'
  | 'CONSENT_WITHDRAWN'
  | 'NO_CONSENT';

export class ThreadRuleError extends Error {
  constructor(
    readonly code: ThreadRuleCode,
    message: string,
    /** The offending field, for INVALID_INPUT. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ThreadRuleError';
  }
}
