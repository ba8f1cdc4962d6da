import { normalise } from './normalise';

export interface RawToken {
  /** Normalised token text. */
  readonly text: string;
  /** True when the token ended with a hyphen that continues in a later word ("børne- og ..."). */
  readonly suspended: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(-(?=\s))?/gu;

/**
 * Splits text into normalised word tokens. Hyphenated words ("0.-klasse", "SSP-konsulent") are kept
 * as one token and also yield their parts later in analysis. A trailing hyphen followed by space
 * marks a suspended compound ("børne- og ungepolitikken").
 */
export function tokenise(text: string): RawToken[] {
  return tokeniseNormalised(normalise(text));
}

/** `tokenise` for text that is already normalised. */
export function tokeniseNormalised(normalised: string): RawToken[] {
  const tokens: RawToken[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(normalised)) !== null) {
    const suspended = match[1] !== undefined;
    const word = suspended ? match[0].slice(0, -1) : match[0];
    tokens.push({ text: word, suspended });
  }
  return tokens;
}
