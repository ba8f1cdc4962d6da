/** Case references look like BU-2026-0042: department, year, four digits. No personal data. */
export const CASE_REFERENCE_PATTERN = /^BU-(\d{4})-(\d{4})$/;

export function formatCaseReference(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError('year out of range');
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) throw new RangeError('serial out of range');
  return `BU-${year}-${String(serial).padStart(4, '0')}`;
}

export function isCaseReference(value: unknown): value is string {
  return typeof value === 'string' && CASE_REFERENCE_PATTERN.test(value);
}

/**
 * Picks a serial for a year. Sequential from the last issued one; when the year is full (9999
 * cases), wraps to a random free-looking number and relies on the store's create-if-absent.
 */
export function nextSerial(lastIssued: number, random: () => number): number {
  if (lastIssued < 9999) return lastIssued + 1;
  return 1 + Math.floor(random() * 9999);
}
