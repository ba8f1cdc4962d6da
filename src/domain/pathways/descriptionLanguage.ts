import type { Language } from '../shared/language';
import type { PreparedText } from './textMatching';

// Function words of each language, counted to tell an English description from a Danish one.
const ENGLISH_WORDS = new Set([
  'the',
  'is',
  'and',
  'he',
  'she',
  'his',
  'her',
  'my',
  'a',
  'in',
  'of',
  'with',
  'has',
  'was',
  'what',
  'should',
  'do',
  'we',
  'not',
  'at',
  'school',
  'child',
  'boy',
  'girl',
  'student',
  'year',
  'old',
  'says',
  'told',
  'me',
  'to',
  'that',
  'home',
]);
const DANISH_WORDS = new Set([
  'og',
  'er',
  'han',
  'hun',
  'hans',
  'hendes',
  'jeg',
  'vi',
  'at',
  'på',
  'det',
  'der',
  'ikke',
  'med',
  'til',
  'har',
  'en',
  'et',
  'som',
  'for',
  'af',
  'hvad',
  'skal',
  'gør',
  'barnet',
  'eleven',
  'år',
  'klasse',
  'siger',
  'fortæller',
  'hjemme',
  'mor',
  'far',
]);

/**
 * English when clearly more English than Danish function words; Danish otherwise. Stricter than
 * the shared `detectLanguage` (two English words, not one): a case description quotes English
 * words in Danish sentences more often than a policy question does.
 */
export function detectDescriptionLanguage(text: Pick<PreparedText, 'lower' | 'tokens'>): Language {
  let english = 0;
  let danish = 0;
  for (const token of text.tokens) {
    if (ENGLISH_WORDS.has(token.word)) english++;
    if (DANISH_WORDS.has(token.word)) danish++;
  }
  if (/[æøå]/.test(text.lower)) danish += 2;
  return english >= 2 && english > danish ? 'en' : 'da';
}
