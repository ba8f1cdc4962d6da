import { containsCpr } from '../privacy/cpr';
import { ThreadRuleError } from './errors';
import { LEGAL_BASIS_KINDS, LIMITS, type LegalBasis, type LegalBasisKind } from './model';
import { addDays } from './policy';

/** Validates a free-text field: trimmed, not empty, within its limit, and never a CPR number. */
export function cleanText(value: string, max: number, field: string): string {
  return checkedText(value.replace(/\s+/g, ' ').trim(), max, field);
}

/**
 * Like cleanText, but the lines a person typed stay lines (a description, a decision, an outcome
 * written as a short list): spaces collapse within each line, blank lines to one.
 */
export function cleanMultilineText(value: string, max: number, field: string): string {
  const text = value
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return checkedText(text, max, field);
}

function checkedText(text: string, max: number, field: string): string {
  if (containsCpr(text)) throw new ThreadRuleError('CPR_REFUSED', 'CPR number in input', field);
  if (text.length === 0) throw new ThreadRuleError('INVALID_INPUT', 'Empty text', field);
  if (text.length > max) throw new ThreadRuleError('INVALID_INPUT', 'Text too long', field);
  return text;
}

/** A display name as shown on the card: never refused, but dropped when it holds a CPR number. */
export function cleanName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const text = name.replace(/\s+/g, ' ').trim().slice(0, 80);
  return text && !containsCpr(text) ? text : undefined;
}

export function checkDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new ThreadRuleError('INVALID_INPUT', 'Not a date', field);
  const date = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new ThreadRuleError('INVALID_INPUT', 'Not a date', field);
  }
  return value;
}

/** A review date: a real date, not before tomorrow and at most a year ahead. */
export function checkReviewDate(value: string, today: string): string {
  const date = checkDate(value.trim(), 'reviewDate');
  if (date <= today) throw new ThreadRuleError('REVIEW_DATE_IN_PAST', 'Review date not ahead', 'reviewDate');
  if (date > addDays(today, LIMITS.reviewDays)) {
    throw new ThreadRuleError('INVALID_INPUT', 'Review date too far ahead', 'reviewDate');
  }
  return date;
}

export function parseLegalBasis(input: {
  legalBasis: string;
  consentScope?: string;
  consentRecipients?: string;
}): LegalBasis {
  const kind = input.legalBasis as LegalBasisKind;
  if (!(LEGAL_BASIS_KINDS as readonly string[]).includes(kind)) {
    throw new ThreadRuleError('INVALID_INPUT', 'Unknown legal basis', 'legalBasis');
  }
  if (kind === 'consent') {
    return {
      kind,
      scope: cleanText(input.consentScope ?? '', LIMITS.consentText, 'consentScope'),
      recipients: cleanText(input.consentRecipients ?? '', LIMITS.consentText, 'consentRecipients'),
    };
  }
  return { kind };
}
