/** Zod field types the configuration sections share, so a flag or a list reads the same everywhere. */
import { z } from 'zod';

export const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const csvList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

export const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An optional GUID; `what` says which id is meant. */
export function optionalGuid(what: string) {
  return optionalString.refine((v) => v === undefined || guid.test(v), `expected a GUID (${what})`);
}

/** An optional http(s) URL; `expectation` is the whole message shown when it is not one. */
export function optionalHttpUrl(expectation: string) {
  return optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), expectation);
}

/** A whole number in [min, max]; `unit` names what it counts in the message ("milliseconds"). */
export function boundedInteger(unit: string, min: number, max: number) {
  return z.coerce
    .number({ message: `expected ${unit}` })
    .int()
    .min(min)
    .max(max);
}

/** Reports a cross-field problem on the variable that has to change. */
export type AddProblem = (variable: string, message: string) => void;
