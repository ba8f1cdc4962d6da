/**
 * Danish CPR numbers (DDMMYY-SSSS). Since 2007 not every number passes the modulus-11 check, so
 * detection relies on a valid date plus four digits. Over-detection is preferred: a false alarm
 * costs a rephrase, a miss puts a CPR number into chat history.
 */
const CPR_CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})[\s\-./]?(\d{4})(?!\d)/g;

function isPlausibleDate(day: number, month: number): boolean {
  if (month < 1 || month > 12) return false;
  const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day >= 1 && day <= daysInMonth;
}

function candidates(text: string): RegExpMatchArray[] {
  return [...text.matchAll(CPR_CANDIDATE)].filter((m) => isPlausibleDate(Number(m[1]), Number(m[2])));
}

export function containsCpr(text: string): boolean {
  return candidates(text).length > 0;
}

export function containsCprInValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === 'string') return containsCpr(value);
  if (typeof value === 'number') return containsCpr(String(value));
  if (Array.isArray(value)) return value.some((item) => containsCprInValue(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.values(value).some((item) => containsCprInValue(item, depth + 1));
  }
  return false;
}

export const CPR_MASK = '[CPR fjernet]';

export function redactCpr(text: string): string {
  let result = text;
  for (const match of candidates(text).reverse()) {
    const start = match.index ?? 0;
    result = result.slice(0, start) + CPR_MASK + result.slice(start + match[0].length);
  }
  return result;
}
