import { normaliseAsciiDanish } from './normalise';

/**
 * Request framing around a question ("står der noget om …", "jeg sidder med en forælder der
 * spørger …", "can you tell me …"): words that say how the user asks, not what about. Left in,
 * they are counted as part of what the answer must cover ("forælder" in a story about a parent)
 * and push a good answer under the abstention threshold.
 */
export interface FramingStripper {
  /** The question with every framing phrase cut out (the original text when nothing matched). */
  strip(question: string): string;
}

const WILDCARD = '*';
/**
 * Opens a relay pattern ("... spurgte mig om"): whoever relays the question, in up to
 * RELAY_MAX_WORDS words from the start of the clause ("en journalist fra Herning Folkeblad vil vide").
 */
const RELAY = '...';
const RELAY_MAX_WORDS = 6;
/** What ends the relayer's clause: a comma too ("Hej, en far spurgte mig om ..."). */
const RELAY_BOUNDARY = /[,–—:.?!;]|\s-\s/;
/** Punctuation that ends the clause before a question ("…i klassen – hvad siger politikken om"). */
const CLAUSE_END = /[–—:.?!;]|\s-\s/;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/**
 * Words that open a question: a clause they open before the framing is the question itself, with
 * its purpose told after it ("hvad er fokus i modellen – skal bruge det til et oplæg"), not a story.
 */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  (
    'hvad hvem hvordan hvornår hvorfor hvor hvilke hvilken hvilket må kan skal er gælder findes ' +
    'what who how when why where which can may must should is are does do'
  )
    .split(' ')
    .map(normaliseAsciiDanish),
);

/** Words after the framing that point back at the story told before it. */
const POINTS_BACK: ReadonlySet<string> = new Set(
  'det dette den denne sådan sådant that this it such'.split(' ').map(normaliseAsciiDanish),
);

/** A preposition the framing may leave before the word that points back ("tell me about that"). */
const ABOUT: ReadonlySet<string> = new Set('om about on'.split(' '));

/** A question word anywhere in a text: "skal jeg kort forklare, hvad formålet er" asks too. */
const QUESTION_WORD =
  /(?<![\p{L}\p{N}])(?:hvem|hvad|hvor|hvordan|hvornår|hvorfor|hvilke|hvilken|hvilket|who|what|where|how|when|why|which)(?![\p{L}\p{N}])/iu;

/** Whether a text holds a question word anywhere, not only first. */
export function holdsQuestionWord(text: string): boolean {
  return QUESTION_WORD.test(text);
}

/** Whether a sentence starts with a question word ("må vi overhovedet det", "hvad gør vi nu"). */
export function startsWithQuestionWord(sentence: string): boolean {
  TOKEN.lastIndex = 0;
  const first = TOKEN.exec(sentence);
  return first !== null && QUESTION_OPENERS.has(normaliseAsciiDanish(first[0]));
}

/** The phrases of config/questions.yaml, split into relays and plain patterns, with æ, ø and å as ae, oe and aa (staff type both). */
interface FramingPhrases {
  /** Relay patterns ("... spurgte mig om") without their opening "...", longest first. */
  readonly relays: readonly (readonly string[])[];
  /** Plain patterns, wildcards kept, longest first: "står der noget i politikken om" before "i politikken". */
  readonly patterns: readonly (readonly string[])[];
  /** Each pattern's own words: a question that lacks one of them cannot hold the pattern. */
  readonly wordsOf: readonly (readonly string[])[];
}

function parsePhrases(phrases: readonly string[]): FramingPhrases {
  const isRelay = (p: string) => p.trim().startsWith(RELAY);
  const relays = phrases
    .filter(isRelay)
    .map((p) => p.trim().slice(RELAY.length).trim().split(/\s+/).map(normaliseAsciiDanish))
    .filter((words) => words.length > 0 && words[0] !== '')
    .sort((a, b) => b.length - a.length);
  const patterns = phrases
    .filter((p) => !isRelay(p))
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .map((w) => (w === WILDCARD ? w : normaliseAsciiDanish(w))),
    )
    .filter((words) => words.some((w) => w !== WILDCARD))
    .sort((a, b) => b.length - a.length);
  const wordsOf = patterns.map((words) => [...new Set(words.filter((w) => w !== WILDCARD))]);
  return { relays, patterns, wordsOf };
}

/** Whether the clause that ends just before token `end` starts with a question word. */
function opensQuestion(tokens: readonly { word: string }[], removed: Uint8Array, end: number): boolean {
  let start = 0;
  for (let k = end - 1; k >= 0; k--)
    if (removed[k]) {
      start = k + 1;
      break;
    }
  return start < end && QUESTION_OPENERS.has(tokens[start].word);
}

/**
 * A question relayed from someone else ("en journalist fra Herning Folkeblad vil vide, hvor ...",
 * "og en far har spurgt om ..."): the relayer, the relay verb and the story before them are how the
 * question reached the writer, not what it is about (the newspaper's name is no topic).
 */
function cutRelay(
  relays: FramingPhrases['relays'],
  question: string,
  tokens: readonly Token[],
  removed: Uint8Array,
): void {
  // The writer's own question before the relay ("skal jeg underrette på skrift eller er det nok at
  // jeg ringer, min leder mener et opkald er nok"): the relayed claim comes after the question and is
  // not the story that brought it.
  const writerAsksFirst = tokens.length > 0 && QUESTION_OPENERS.has(tokens[0].word);
  for (const words of relays) {
    for (let j = 1; j + words.length < tokens.length; j++) {
      if (!matchesAt(words, tokens, removed, j)) continue;
      let s = j;
      while (s > 0 && j - s < RELAY_MAX_WORDS && !RELAY_BOUNDARY.test(gapBefore(question, tokens, s))) s--;
      const clauseStart = s === 0 || RELAY_BOUNDARY.test(gapBefore(question, tokens, s));
      let asks = false;
      for (let k = s; k < j; k++) if (QUESTION_OPENERS.has(tokens[k].word)) asks = true;
      if (s > 0 && writerAsksFirst) asks = true;
      if (!clauseStart || asks) continue;
      for (let k = 0; k < j + words.length; k++) removed[k] = 1;
      return;
    }
  }
}

/**
 * A story, then the question ("jeg har en elev der … – hvad siger politikken om …"): the story is
 * context for a colleague, not words the answer must hold. Only where the question goes on after
 * the framing: framing that ends the message ("Kan du give mig hovedpointen i et par linjer?")
 * asks for the form of an answer whose topic stands before it.
 */
function cutStories(
  question: string,
  tokens: readonly Token[],
  removed: Uint8Array,
  matched: readonly { at: number; end: number }[],
): void {
  for (const { at, end } of [...matched].sort((a, b) => a.at - b.at)) {
    if (at === 0 || !CLAUSE_END.test(gapBefore(question, tokens, at))) continue;
    const next = removed.indexOf(0, end);
    if (opensQuestion(tokens, removed, at) || next < 0) continue;
    // "... for at kunne være med socialt. Står der noget om det?": the question points back at the
    // story, which is then what it asks about.
    const pointer = ABOUT.has(tokens[next].word) ? removed.indexOf(0, next + 1) : next;
    if (pointer >= 0 && POINTS_BACK.has(tokens[pointer].word)) continue;
    for (let k = 0; k < at; k++) removed[k] = 1;
  }
}

export function createFramingStripper(phrases: readonly string[]): FramingStripper {
  const { relays, patterns, wordsOf } = parsePhrases(phrases);

  function strip(question: string): string {
    if (patterns.length === 0 && relays.length === 0) return question;
    const tokens = tokensOf(question);
    const removed = new Uint8Array(tokens.length);
    cutRelay(relays, question, tokens, removed);
    const present = new Set(tokens.map((t) => t.word));
    const matched: { at: number; end: number }[] = [];
    for (const [p, words] of patterns.entries()) {
      // Skipped only where it cannot match, so it would have removed nothing.
      if (!wordsOf[p].every((w) => present.has(w))) continue;
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (!matchesAt(words, tokens, removed, i)) continue;
        for (let k = 0; k < words.length; k++) removed[i + k] = 1;
        matched.push({ at: i, end: i + words.length });
        i += words.length - 1;
      }
    }
    cutStories(question, tokens, removed, matched);
    return removed.includes(1) ? withoutRemoved(question, tokens, removed) : question;
  }

  return { strip };
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

function tokensOf(question: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(question)) !== null) {
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      word: normaliseAsciiDanish(match[0]),
    });
  }
  return tokens;
}

/** The text between token i - 1 and token i (its punctuation). */
function gapBefore(question: string, tokens: readonly Token[], i: number): string {
  return question.slice(tokens[i - 1].end, tokens[i].start);
}

/** Whether the pattern's words stand at token i, none of them already cut. */
function matchesAt(
  words: readonly string[],
  tokens: readonly Token[],
  removed: Uint8Array,
  i: number,
): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    if (removed[i + k]) return false;
    if (words[k] !== WILDCARD && words[k] !== tokens[i + k].word) return false;
  }
  return true;
}

function withoutRemoved(question: string, tokens: readonly Token[], removed: Uint8Array): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!removed[i]) continue;
    // Punctuation between two cut words goes with them.
    if (i === 0 || !removed[i - 1]) out += question.slice(at, tokens[i].start) + ' ';
    at = tokens[i].end;
  }
  out += question.slice(at);
  // What the cut words left at the start ("…vil vide, hvor mange" -> "hvor mange") goes with them.
  return out
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+/u, '')
    .trim();
}
