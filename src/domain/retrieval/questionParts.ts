/**
 * Two questions in one message ("hvem var med til at lave strategien, og hvor mange elever går i
 * skolerne?"): asked together, the part the documents answer is diluted by the part they do not,
 * and the whole falls under the abstention threshold. Each part can be asked on its own.
 */

/** A question word that opens a second question after "og", "and", a comma or a question mark. */
const SECOND_QUESTION =
  /(?:\?\s+|[,;]\s*(?:(?:og|and|samt)\s+)?|\s(?:og|and)\s+)(?=(?:hvem|hvad|hvor|hvordan|hvornår|hvorfor|hvilke|hvilken|hvilket|who|what|where|how|when|why|which)\b)/giu;
/** A part needs this many letters to be a question of its own ("og hvad så?" is not). */
const MIN_PART_LENGTH = 12;
/** A lead-in that only announces the questions ("To spørgsmål:", "Two questions:"). */
const ANNOUNCEMENT = /^\s*(?:\p{L}+\s+)?(?:spørgsmål|questions?)\s*:\s*/iu;

/**
 * A word that points back at the first question's subject ("og hvornår blev den underskrevet",
 * "and how does it work"): the second part asks more about the same thing, so the message is one
 * question with two sides, and answering only the first side would not answer it.
 */
const BACK_REFERENCE =
  /\b(?:den|dem|denne|dette|disse|dens|deres|it|its|they|them|their|this|these|those)\b|\bde\s*[?.!]?\s*$/iu;

/** The message's questions, when it holds independent ones; otherwise the message alone. */
export function questionParts(message: string): string[] {
  const text = message.replace(ANNOUNCEMENT, '');
  const parts = text
    .split(SECOND_QUESTION)
    .map((p) => p.trim())
    .filter((p) => p.length >= MIN_PART_LENGTH);
  if (parts.length < 2 || parts.slice(1).some((p) => BACK_REFERENCE.test(p))) return [message];
  return parts;
}
