/** The error of building the Teams app package: a code a caller can test, and a message naming what to fix. */
export type PackageAppErrorCode =
  | 'UNKNOWN_ENVIRONMENT'
  | 'MISSING_VARIABLE'
  | 'MISSING_FILE'
  | 'INVALID_MANIFEST'
  | 'INVALID_LOCALIZATION'
  | 'INVALID_ICON';

export class PackageAppError extends Error {
  constructor(
    readonly code: PackageAppErrorCode,
    message: string,
    /** The names or messages the error is about (missing variables, schema errors). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'PackageAppError';
  }
}
