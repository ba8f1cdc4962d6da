import { stem } from './stem';

/**
 * Derivational endings that turn a verb or adjective into a noun (trives -> trivsel, fælles ->
 * fællesskab, dele -> deling, tryg -> tryghed, hverdag -> hverdagsliv). The Snowball stemmer
 * handles inflection only, so a question asking about "trivsel" would miss a text saying that
 * children should "trives".
 */
const DERIVATIONAL_ENDINGS = ['skab', 'else', 'sel', 'ing', 'hed', 'liv', 'dom'] as const;
const MIN_BASE = 3;

/**
 * The root a stemmed term shares with its derivations across word classes. Terms without a
 * derivational ending are their own root.
 */
export function derivationRoot(stemmed: string): string {
  for (const ending of DERIVATIONAL_ENDINGS) {
    if (!stemmed.endsWith(ending) || stemmed.length - ending.length < MIN_BASE) continue;
    let base = stemmed.slice(0, -ending.length);
    // A linking s ("hverdagsliv") belongs to neither word.
    if (base.endsWith('s') && !base.endsWith('ss') && base.length > 4) base = base.slice(0, -1);
    return stem(base);
  }
  return stem(stemmed);
}

/** Groups stemmed terms by their derivation root. */
export function derivationFamilies(terms: readonly string[]): Map<string, string[]> {
  const byRoot = new Map<string, string[]>();
  for (const t of terms) {
    if (t.length < 3 || /\d/.test(t)) continue;
    const root = derivationRoot(t);
    const list = byRoot.get(root);
    if (list) list.push(t);
    else byRoot.set(root, [t]);
  }
  return byRoot;
}

/** The ending of a noun made from a verb whose stem does not end in n (vejlede -> vejledning). */
const NOUN_FROM_VERB = 'ning';

/**
 * The collection's words of the verb a noun in "-ning" comes from (vejledning -> "vejleder"; rådgivning
 * -> "rådgive"), for a noun the collection lacks. Verbs whose stem ends in n make their nouns with
 * "-ing" (tegne -> tegning), which derivationRoot covers; this is the other way. The stemmer may cut
 * the verb short ("underret" -> "under"), so only words that begin with the noun's own stem count
 * ("vejleder" for "vejledning", not "underlig" for "underretning").
 */
export function verbFormsOfNoun(stemmed: string, families: ReadonlyMap<string, readonly string[]>): string[] {
  if (!stemmed.endsWith(NOUN_FROM_VERB) || stemmed.length - NOUN_FROM_VERB.length < MIN_BASE + 1) return [];
  const nounStem = stemmed.slice(0, -NOUN_FROM_VERB.length);
  const verb = stem(nounStem);
  if (verb === derivationRoot(stemmed)) return [];
  return (families.get(verb) ?? []).filter(
    (member) =>
      member.startsWith(nounStem) || (nounStem.startsWith(member) && member.length >= nounStem.length - 1),
  );
}

/** Danish letters typed on a keyboard without them: "faellesskab", "boern", "byraadet". */
export function asciiDanishVariant(word: string): string | undefined {
  if (!/ae|oe|aa/.test(word)) return undefined;
  return word.replace(/aa/g, 'å').replace(/ae/g, 'æ').replace(/oe/g, 'ø');
}

/**
 * A whole text with the Danish letters put back in every word typed without them ("hvornaar skal
 * boernene" -> "hvornår skal børnene"); words that hold æ, ø or å are left as they are. For reading
 * a question's kind a second time, never instead of the text as typed: English words change too.
 */
export function withDanishLetters(text: string): string | undefined {
  if (/[æøå]/u.test(text) || !/ae|oe|aa/.test(text)) return undefined;
  return text.replace(/\p{L}+/gu, (word) => asciiDanishVariant(word) ?? word);
}

/**
 * What `read` finds in the text as typed, or else in the text with the Danish letters put back
 * ("hvornaar" read as "hvornår"): a question's kind is read a second time only when the first
 * reading finds nothing.
 */
export function readWithDanishLetters<T>(text: string, read: (text: string) => T | undefined): T | undefined {
  const asTyped = read(text);
  if (asTyped !== undefined) return asTyped;
  const danish = withDanishLetters(text);
  return danish === undefined ? undefined : read(danish);
}
