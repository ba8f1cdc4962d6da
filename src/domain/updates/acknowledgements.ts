/**
 * "Læst og forstået": one record per user and post. Acknowledging twice keeps the first record
 * (idempotent). Identities are shown only to the post's author.
 */
export interface Acknowledgement {
  readonly postId: string;
  /** Entra object id when known, otherwise the Teams user id. */
  readonly userId: string;
  readonly name?: string;
  readonly upn?: string;
  readonly acknowledgedAt: string;
  /** The post version the user saw when acknowledging. */
  readonly postVersion: number;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  // A spreadsheet must not run a name like "=HYPERLINK(...)" as a formula.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV for the author (RFC 4180, comma separator, CRLF line ends). Sorted by time so the list reads
 * as a log; `formatTime` turns ISO into the municipality's local time.
 */
export function acknowledgementsCsv(
  acknowledgements: readonly Acknowledgement[],
  headers: {
    readonly name: string;
    /** UPN when known, otherwise the Entra object id. */
    readonly upn: string;
    readonly time: string;
    readonly version: string;
  },
  formatTime: (iso: string) => string,
): string {
  const rows = [...acknowledgements]
    .sort((a, b) => (a.acknowledgedAt < b.acknowledgedAt ? -1 : a.acknowledgedAt > b.acknowledgedAt ? 1 : 0))
    .map((ack) =>
      [ack.name ?? '', ack.upn ?? ack.userId, formatTime(ack.acknowledgedAt), String(ack.postVersion)]
        .map(csvCell)
        .join(','),
    );
  return [[headers.name, headers.upn, headers.time, headers.version].map(csvCell).join(','), ...rows].join(
    '\r\n',
  );
}
