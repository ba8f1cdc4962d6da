import { DANISH_STOP_WORDS, ENGLISH_MARKERS } from '../text/stopWords';
import { tokenise } from '../text/tokenise';

/** The languages the bot answers in: Danish first, English when the Teams locale or the text asks for it. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DANISH_ONLY = new Set(
  [...DANISH_STOP_WORDS].filter((w) => !ENGLISH_MARKERS.has(w) && !['i', 'a', 'an', 'on'].includes(w)),
);

/** Detects whether a question is written in English or Danish. Danish wins ties and short input. */
export function detectLanguage(text: string): Language {
  if (/[æøå]/i.test(text)) return 'da';
  const tokens = tokenise(text).map((t) => t.text);
  let en = 0;
  let da = 0;
  for (const t of tokens) {
    if (ENGLISH_MARKERS.has(t)) en++;
    if (DANISH_ONLY.has(t)) da++;
    if (/(tion|ing|ness|ment|ship|ies)$/.test(t) && t.length > 5) en += 0.3;
  }
  return en >= 1 && en > da ? 'en' : 'da';
}
