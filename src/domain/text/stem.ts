import { newStemmer } from 'snowball-stemmers';

const stemmer = newStemmer('danish');
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Words Snowball cuts down to another, common word: "fare" (danger) to "far" (father), so that
 * "forældre" (and its synonym "far") found the acute-danger section. They keep a stem of their own.
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['fare', 'fare'],
  ['farer', 'fare'],
  ['farerne', 'fare'],
]);

/** Snowball Danish stem of a normalised (lower-cased) token. Numbers and short tokens pass through. */
export function stem(token: string): string {
  if (token.length < 3 || /^\d+$/.test(token)) return token;
  const own = OWN_STEMS.get(token);
  if (own !== undefined) return own;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let result = stemmer.stem(token);
  // Snowball keeps a final s in some forms ("indsatser" -> indsats) and drops it in others
  // ("indsats" -> indsat); dropping it always makes the two meet.
  if (result.length >= 5 && result.endsWith('s') && !result.endsWith('ss')) result = result.slice(0, -1);
  // Snowball has no "-ede" past tense ("kontaktede" -> kontakted, "ønskede" -> ønsked): it is
  // stemmed as the infinitive ("kontakte" -> kontak, "vokse" -> voks), which the other forms meet.
  else if (result.length >= 6 && result.endsWith('ed') && token.endsWith('ede'))
    result = stemmer.stem(`${token.slice(0, -3)}e`);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, result);
  return result;
}
