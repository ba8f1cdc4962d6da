/**
 * Where one sentence ends and the next begins. A number with a period is an ordinal inside the
 * sentence ("den 24. december", "en 6. klasse") unless a capital follows it, and a short form with
 * a period ("mål nr. 4", "kl. 8", "bl.a. PPR") does not end one.
 */
const SENTENCE_BREAK =
  /(?<=[!?:])\s+|(?<=(?<!\d)(?<!(?:^|[^\p{L}])(?:[Nn]r|ca|[Kk]l|jf|evt|fx|pga|dvs|mht|vedr|afg|tlf|bl\.a|f\.eks|m\.m|o\.l|[Nn]o|approx|e\.g|i\.e))\.)\s+|(?<=\d\.)\s+(?=\p{Lu})|\n+/u;

/** The sentences of a message, trimmed, without empty ones. */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The sentences that ask, when a question is told inside a story ("En pige har fortalt mig
 * detaljeret om ... Hvilken farve får sådan en sag?"): what the answer must state is read from
 * them, not from the story's words. A message without a question mark, or of one sentence, is all
 * asking.
 */
export function askingSentences(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return text;
  const asking = sentences.filter((s) => s.endsWith('?'));
  return asking.length === 0 ? text : asking.join(' ');
}
