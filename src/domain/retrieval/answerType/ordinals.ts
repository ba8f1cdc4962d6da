import { normalise } from '../../text/normalise';

/** The Danish ordinal words, by number: "tema nr 2" is what a text calls "det andet tema". */
const DANISH_ORDINALS: Readonly<Record<number, readonly string[]>> = {
  1: ['første'],
  2: ['andet', 'anden'],
  3: ['tredje'],
  4: ['fjerde'],
  5: ['femte'],
  6: ['sjette'],
  7: ['syvende'],
  8: ['ottende'],
  9: ['niende'],
  10: ['tiende'],
};

/** "tema nr 2", "mål nummer 4": the word and the number. */
const NUMBERED_WORD = /(\p{L}+)\s+(?:nummer|nr|number|no)\.?\s*(\d+)\b/u;

/**
 * Whether the text names the numbered thing the question asks about with an ordinal word ("det
 * andet tema" for "tema nr 2"): then the text holds the detail asked for.
 */
export function namesOrdinalOf(question: string, body: string): boolean {
  const numbered = NUMBERED_WORD.exec(normalise(question));
  if (numbered === null) return false;
  const word = numbered[1]!;
  return (DANISH_ORDINALS[Number(numbered[2])] ?? []).some((ordinal) =>
    body.includes(`${normalise(ordinal)} ${word}`),
  );
}
