/**
 * Case and diacritic folding for Danish search. æ, ø and å are letters of their own in Danish and
 * are kept; other accents are folded (é -> e, ü -> u), and the German/Swedish ä, ö become æ, ø.
 */
const KEEP = /[æøå]/;
const FOLD_MAP: Record<string, string> = { ä: 'æ', ö: 'ø', ß: 'ss' };

export function normalise(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const ch of lower) {
    if (KEEP.test(ch)) {
      out += ch;
      continue;
    }
    const mapped = FOLD_MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += ch;
      continue;
    }
    out += ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  }
  return out;
}
