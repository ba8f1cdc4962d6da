/**
 * Broken rules of the updates capability. Each has a stable code that the Teams layer maps to a
 * Danish message; `details` carries only identifiers and numbers, never post text.
 */
export type UpdateErrorCode =
  | 'EMPTY_TITLE'
  | 'TITLE_TOO_LONG'
  | 'EMPTY_BODY'
  | 'BODY_TOO_LARGE'
  | 'CPR_IN_CONTENT'
  | 'UNKNOWN_TAG'
  | 'NO_AUDIENCE'
  | 'UNKNOWN_AUDIENCE'
  | 'INVALID_LINK'
  | 'INVALID_SEND_TIME'
  | 'SEND_TIME_IN_PAST'
  | 'SEND_TIME_TOO_FAR'
  | 'NOT_PUBLISHER'
  | 'NOT_AUTHOR'
  | 'NOT_FOUND'
  | 'STALE_VERSION'
  | 'INVALID_TRANSITION'
  | 'POST_RETRACTED'
  | 'NOT_PUBLISHED';

export class UpdateRuleError extends Error {
  constructor(
    readonly code: UpdateErrorCode,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`Knowledge update rule broken: ${code}`);
    this.name = 'UpdateRuleError';
  }
}

export function isUpdateRuleError(error: unknown): error is UpdateRuleError {
  return error instanceof UpdateRuleError;
}
