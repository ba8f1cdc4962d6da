/**
 * Case and diacritic folding for Danish search. æ, ø and å are letters of their own in Danish and
 * are kept; other accents are folded (é -> e, ü -> u), and the German/Swedish ä, ö become æ, ø.
 */
const FOLD_MAP: Record<string, string> = { ä: 'æ', ö: 'ø', ß: 'ss' };

const NEEDS_FOLDING = /[^\t\n\r\x20-\x7eæøå]/;
const FOLDABLE = /[^\t\n\r\x20-\x7eæøå]/g;

function fold(ch: string): string {
  const mapped = FOLD_MAP[ch];
  if (mapped !== undefined) return mapped;
  return ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function normalise(text: string): string {
  const lower = text.toLowerCase();
  return NEEDS_FOLDING.test(lower) ? lower.replace(FOLDABLE, fold) : lower;
}

/**
 * `normalise`, with æ, ø and å written as ae, oe and aa: for comparing a name or a word that staff
 * may have typed either way ("Meningsfulde Faellesskaber") with the documents' spelling.
 */
export function normaliseAsciiDanish(text: string): string {
  return normalise(text).replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}
