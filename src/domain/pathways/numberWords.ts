/** Numbers written as digits or words, Danish and English, as ages and grades are written. */

const NUMBER_WORDS: Record<string, number> = {
  et: 1,
  en: 1,
  ét: 1,
  one: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fire: 4,
  four: 4,
  fem: 5,
  five: 5,
  seks: 6,
  six: 6,
  syv: 7,
  seven: 7,
  otte: 8,
  eight: 8,
  ni: 9,
  nine: 9,
  ti: 10,
  ten: 10,
  elleve: 11,
  eleven: 11,
  tolv: 12,
  twelve: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
};

export const ORDINALS: Record<string, number> = {
  første: 1,
  anden: 2,
  andet: 2,
  tredje: 3,
  fjerde: 4,
  femte: 5,
  sjette: 6,
  syvende: 7,
  ottende: 8,
  niende: 9,
  tiende: 10,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** One number, as digits or a word: the first capture group. */
export const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** An optional half after a number: "2 1/2", "3 og en halv", "4.5". */
export const HALF = `(?:\\s?(?:1/2|½|og en halv|og et halvt|og halvt|and a half)|[,.]5)?`;

/** The number a matched word or digits stand for. */
export function numberOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/** The whole number plus a half when the match holds one. */
export function withHalf(whole: number | undefined, matched: string): number | undefined {
  if (whole === undefined) return undefined;
  return /1\/2|½|halv|half|[,.]5/.test(matched) ? whole + 0.5 : whole;
}
