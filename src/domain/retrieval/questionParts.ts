import { holdsQuestionWord, startsWithQuestionWord } from '../text/framing';

/**
 * Two questions in one message ("hvem var med til at lave strategien, og hvor mange elever går i
 * skolerne?"), or a question after a story ("Jeg er ny i vuggestuen og nervøs. Hvornår skal jeg
 * underrette?"): asked together, the part the documents answer is diluted by the rest, and the
 * whole falls under the abstention threshold. Each question can be asked on its own.
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

/**
 * Why the writer asks, added after the question ("må jeg skrive cpr-nummeret i tråden, så
 * socialrådgiveren hurtigt kan finde sagen?"): a purpose clause with a subject and a modal verb.
 * Its words (the social worker, finding the case) pull the question away from what it asks.
 */
const PURPOSE_TAIL =
  /,?\s+(?:så|so\s+that)\s+(?:\p{L}+\s+){1,3}?(?:kan|kunne|skal|får|ikke|can|could|will|won't|doesn't|don't)\s+[^.!?]*[?.!]?\s*$/iu;

/** Where one sentence ends and the next begins. */
const SENTENCE_BOUNDARY = /(?<=[.!?])\s+/u;

/** A sentence that asks: it ends with a question mark, opens with a question word or holds one. */
function asks(sentence: string): boolean {
  return /\?\s*$/u.test(sentence) || startsWithQuestionWord(sentence) || holdsQuestionWord(sentence);
}

/**
 * The message without the sentences that only tell the story around the question ("Jeg er lige
 * begyndt som pædagog og er nervøs for at gøre noget forkert."); the message itself when every
 * sentence asks, or none does.
 */
function withoutStory(text: string): string {
  const sentences = text
    .split(SENTENCE_BOUNDARY)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const asking = sentences.filter(asks);
  if (asking.length === 0 || asking.length === sentences.length) return text;
  return asking.join(' ');
}

/**
 * The message's asking sentences together, its story left out: "Jeg sendte min første underretning
 * i mandags. Er det normalt? Hvornår får jeg en kvittering?" asks "Er det normalt? Hvornår får jeg
 * en kvittering?", whose parts are each too short to ask alone.
 */
export function askingSentences(message: string): string {
  return withoutStory(message.replace(ANNOUNCEMENT, ''));
}

/**
 * Only the sentences that end in a question mark, when some but not all do: "I'm unsure how
 * detailed it should be ... How should a notification be written?" holds a question word in a told
 * sentence too. Undefined when no sentence, or every one, ends in a question mark.
 */
export function markedQuestions(message: string): string | undefined {
  const sentences = message
    .split(SENTENCE_BOUNDARY)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const marked = sentences.filter((s) => /\?\s*$/u.test(s));
  return marked.length === 0 || marked.length === sentences.length ? undefined : marked.join(' ');
}

/**
 * The message's questions: each independent one, or the asking sentences together when a story
 * surrounds them; otherwise the message alone. `text` is the message's asking sentences, when the
 * caller has them already.
 */
export function questionParts(message: string, text: string = askingSentences(message)): string[] {
  const parts = text
    .split(SECOND_QUESTION)
    .map((p) => p.trim())
    .filter((p) => p.length >= MIN_PART_LENGTH);
  if (parts.length < 2 || parts.slice(1).some((p) => BACK_REFERENCE.test(p))) {
    const asked = text.replace(PURPOSE_TAIL, '');
    if (asked !== text && asked.length >= MIN_PART_LENGTH) return [asked];
    return text === message ? [message] : [text];
  }
  return parts;
}
