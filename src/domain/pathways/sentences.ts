import type { Span } from './textMatching';

// Sentences as the description's writer meant them (abbreviations and ordinals do not end one),
// for quoting the user's own words and for reading a sign together with its explanation.

/**
 * The sentence around a span: from the previous sentence end to the next one. `capitals` is the
 * writer's own text (the same length) when she capitalises her sentences (`writersCapitals`): a full
 * stop before a small letter is then an abbreviation of hers.
 */
export function sentenceAround(text: string, span: Span, capitals?: string): Span {
  let start = span.start;
  while (start > 0 && !isSentenceEnd(text, start - 1, capitals)) start--;
  let end = span.end;
  while (end < text.length && !isSentenceEnd(text, end, capitals)) end++;
  return { start, end };
}

/**
 * The writer's text when she starts her sentences with a capital letter (after most full stops): she
 * then shows an abbreviation of her own by going on in lower case ("papir fra børneafd. på Skejby").
 * In a text typed in lower case a full stop before a small letter still ends the sentence. Read once
 * per text (prepareText keeps it), not per sentence.
 */
export function writersCapitals(text: string): string | undefined {
  const capitalised = text.match(/[.!?][ \t]+\p{Lu}/gu)?.length ?? 0;
  const small = text.match(/[.!?][ \t]+\p{Ll}/gu)?.length ?? 0;
  return capitalised > small ? text : undefined;
}

/**
 * Abbreviations staff write with a full stop before a number or a word ("kl. 19", "ca. 40", "pga.
 * det"): the dot ends no sentence, and prepareText reads it as a space so that a rule's window runs
 * on across it (nonFinalDots.ts).
 */
export const ABBREVIATIONS_BEFORE_WORDS = 'kl|ca|nr|evt|pga|ang|mht|dvs|fx|inkl|tlf|bl\\.a';

/**
 * Every abbreviation whose dot ends no sentence: those above, and shorthand that stays a dot in the
 * prepared text ("4 mdr.", "afd."). Reading those as spaces too was measured and moved a case.
 */
const DOTTED_ABBREVIATIONS = `${ABBREVIATIONS_BEFORE_WORDS}|f\\.eks|mdr|hhv|bh|jf|ift|afd|vedr`;

const ABBREVIATION_BEFORE_DOT = new RegExp(`(?:^|[^\\p{L}])(?:${DOTTED_ABBREVIATIONS})$`, 'u');

/**
 * "8. klasse", "kl. 8" and "ca. 4 år" do not end a sentence, and in a run of marks ("nøglen!".,
 * "igen!!!", "hvad?!") only the last one does: the sentence after it is the next one the writer wrote.
 */
function isSentenceEnd(text: string, index: number, capitals: string | undefined): boolean {
  const ch = text[index];
  if (ch === '\n') return true;
  if (!/[!?;.…]/.test(ch)) return false;
  if (/^["'”’»)\]]*[!?;.…]/.test(text.slice(index + 1, index + 5))) return false;
  // A child's exclamation quoted mid-sentence goes on in lower case: "'far slog mor!' og jeg fik et chok".
  if (/[!?]/.test(ch) && /^["'”’»]+\s+\p{Ll}/u.test(text.slice(index + 1, index + 6))) return false;
  if (ch === '…' || (ch === '.' && text[index - 1] === '.')) return !leadsOffSentence(text, index);
  if (ch !== '.') return true;
  if (index > 0 && /\d/.test(text[index - 1])) return false;
  if (capitals !== undefined && /^[ \t]+\p{Ll}/u.test(capitals.slice(index + 1, index + 4))) return false;
  const before = text.slice(Math.max(0, index - 5), index).toLowerCase();
  return !ABBREVIATION_BEFORE_DOT.test(before);
}

/**
 * An ellipsis that opens a sentence ("i dag!! ...ok jeg har talt med ham") leads into what follows;
 * one that closes words ("han var træt...") ends them.
 */
function leadsOffSentence(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && /[.…]/.test(text[start - 1])) start--;
  return start === 0 || /\s/.test(text[start - 1]);
}

/** A short quote of the user's own words around a span, cut at word boundaries. */
export function quoteAround(text: string, span: Span, maxLength = 120): string {
  const sentence = sentenceAround(text, span, writersCapitals(text));
  let { start, end } = sentence;
  if (end - start > maxLength) {
    const room = Math.max(0, maxLength - (span.end - span.start));
    start = Math.max(sentence.start, span.start - Math.floor(room / 2));
    end = Math.min(sentence.end, span.end + Math.ceil(room / 2));
    while (start > sentence.start && /\S/.test(text[start - 1]) && start < span.start) start++;
    while (end < sentence.end && /\S/.test(text[end]) && end > span.end) end--;
  }
  const body = text.slice(start, end).trim().replace(/\s+/g, ' ');
  const prefix = start > sentence.start ? '…' : '';
  const suffix = end < sentence.end ? '…' : '';
  return `${prefix}${body}${suffix}`;
}
