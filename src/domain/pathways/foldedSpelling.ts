/**
 * Danish typed without æ, ø and å. Some keyboards and phones lack them, and writers then put a for
 * æ ("bla marker", "han er blevet kvalt"). ø as o and å as a are always matched (few words collide),
 * but æ as a is matched only in a description written without any of the three letters: a writer
 * who has æ on the keyboard means "var" when typing "var", not "vær".
 *
 * Even then some words are other words with æ read as a ("taske" is a bag, not "tæske", a beating;
 * "svar" is an answer, not "svær"): a rule word whose a-spelling could begin one of these is not
 * given the a-spelling. The list guards the explanations too ("oplæg" about self-harm is schoolwork,
 * "oplagt" is only "obvious"), where a wrong reading would lower a warning.
 */
const WORDS_THAT_ARE_NOT_AE_WORDS = [
  'are',
  'bank',
  'banken',
  'have',
  'haven',
  'kamp',
  'kampe',
  'kampen',
  'kraft',
  'kraftig',
  'kvalitet',
  'kvalme',
  'mand',
  'mandag',
  'manden',
  'oplag',
  'oplagt',
  'plan',
  'planen',
  'planer',
  'slagter',
  'svar',
  'svare',
  'svarer',
  'tallerken',
  'tanke',
  'tanker',
  'task',
  'taske',
  'tasken',
  'tasker',
  'tavle',
  'tavs',
  'var',
  'varm',
  'varme',
];

const WORD_LETTER = /[a-zæøå]/;

/**
 * The letters of the pattern's word around position `index` (an æ), read as plain letters: "tæsk"
 * in "\b(?:tæsk\w*)" is the word "tæsk". A letter after a backslash is an escape, not a letter.
 */
function wordAround(source: string, index: number): string {
  let start = index;
  while (start > 0 && WORD_LETTER.test(source[start - 1]) && source[start - 2] !== '\\') start--;
  let end = index + 1;
  while (end < source.length && WORD_LETTER.test(source[end])) end++;
  return source.slice(start, end);
}

/** Whether the æ at `index` of a rule pattern may also be read as an a in a text typed without æ. */
export function aeMayBeA(source: string, index: number): boolean {
  const asA = wordAround(source, index).replace(/æ/g, 'a');
  return !WORDS_THAT_ARE_NOT_AE_WORDS.some((word) => word.startsWith(asA));
}
