import { asTheDocumentsSayIt } from './everydayPhrases';
import type { Analyzer } from '../../text/analyzer';
import { asciiDanishVariant, withDanishLetters } from '../../text/derivation';
import { holdsQuestionWord } from '../../text/framing';
import { normalise } from '../../text/normalise';
import { definedTerm, explainedTerm, isIndirectDefinition, termNamedFirst } from '../answerType';
import { questionFocus } from './questionFocus';
import type { CompiledResources, KnownWords, LexicalResources } from './resources';

/** What rewriting a question needs of the compiled resources. */
export interface RewriteResources {
  readonly analyzer: Analyzer;
  readonly known: KnownWords;
  readonly framing: CompiledResources['framing'];
  readonly englishWords: ReadonlySet<string>;
  readonly glossaryWords: LexicalResources['glossary'];
}

/**
 * How much of a message is searched: the sentences that ask (and the one before a short question),
 * or the whole message when the focused question found nothing and its subject may lie in the story.
 */
export type QuestionReading = 'focused' | 'wholeMessage';

/** Framing cut out (unless nothing would be left), and "boern" read as "børn" when only that is known. */
export function rewriteQuestion(
  r: RewriteResources,
  question: string,
  index: { has(term: string): boolean },
  reading: QuestionReading = 'focused',
): { text: string; context: string[] } {
  // English possessives ("children's") read as the glossary word they hold; an abbreviation with a
  // Danish ending ("SSP'er", "PPR'en", "KUI's") as the abbreviation.
  const plain = question
    .replace(/([\p{L}]+)['’]s\b/gu, (whole, word: string) =>
      r.englishWords.has(word.toLowerCase()) ? word : whole,
    )
    .replace(ABBREVIATION_ENDING, '$1');
  const letter = withDrawnUpAsUdarbejdet(
    r,
    withSituationsAsWhen(
      asTheDocumentsSayIt(
        withConjunctionBefore(
          withNumberWords(withoutClockTime(withoutAskersGuess(withoutLetterFrame(plain)))),
        ),
      ),
    ),
  );
  const focus = reading === 'wholeMessage' ? letter : questionFocus(r.analyzer, r.framing, letter);
  const unframed = r.framing.strip(focus);
  const stripped =
    asDefinitionQuestion(focus) ?? asDefinitionQuestion(unframed) ?? withoutDefinitionClause(unframed);
  const useStripped = r.analyzer.analyse(stripped).some((t) => t.weight === 1);
  const text = useStripped ? stripped : plain;
  const context = useStripped ? framingContext(r, plain, stripped, index) : [];
  return {
    text: /ae|oe|aa/i.test(text) ? readAsciiDanish(r.analyzer, r.known.lexiconTerms, text, index) : text,
    context,
  };
}

/** "SSP'er", "PPR'en", "KUI's": an abbreviation in capitals with a Danish ending after an apostrophe. */
const ABBREVIATION_ENDING = /\b(\p{Lu}{2,5})['’](?:s|en|er|erne|ernes|ens|eren|erens|ere)(?![\p{L}])/gu;

/** "Kære jurister,", "Dear legal team,", "Hej Lone!": whom a message is written to. */
const SALUTATION =
  /^\s*(?:kære|dear|hej|hi|hello|goddag|godmorgen|good morning)\b[^,.!?:\n]{0,40}[,.!:\n]\s*/iu;
/** "Kind regards, head of department", "Mvh. Lone", "Tak på forhånd": how it is signed. */
const SIGN_OFF =
  /(?<=[.!?,\n])\s*(?:kind regards|best regards|warm regards|regards|best wishes|thanks in advance|(?:med )?venlig(?:st)? hilsen|mvh|de bedste hilsner|bedste hilsner|tak på forhånd)\b[^?]{0,60}$/iu;

/**
 * The time of day the writer gives ("Klokken er 18, hvem ringer jeg til?", "it's 6 pm"): when it is,
 * not what is asked, and "18" would otherwise read as an age.
 */
const CLOCK_TIME =
  /\b(?:(?:nu\s+er\s+)?klokken(?:\s+er)?(?:\s+(?:nu|snart|over|lidt\s+over))?|kl\.?)\s+\d{1,2}(?:[.:]\d{2})?\b,?|\b(?:it'?s|it\s+is)(?:\s+now)?\s+\d{1,2}(?::\d{2})?\s*(?:pm|am|o'clock)\b,?/giu;

/**
 * A question written as a letter: the salutation and the signature say who writes to whom ("head of
 * department", "legal team"), not what is asked, and a title in them can read as a topic.
 */
function withoutLetterFrame(question: string): string {
  const trimmed = question.replace(SALUTATION, '').replace(SIGN_OFF, '').trim();
  return trimmed === '' ? question : trimmed;
}

/** The documents write a small count in words ("seks måneder", "fire temaer"); staff type digits. */
const NUMBER_WORDS = [
  '',
  '',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'syv',
  'otte',
  'ni',
  'ti',
  'elleve',
  'tolv',
];
/** A unit after a count, and the word the documents use for a short form ("6 mdr" is "seks måneder"). */
const COUNTED_UNIT =
  /\b([2-9]|1[0-2])\s?(mdr\.?|mnd\.?|md\.|måneder|måneders|år|årig\w*|uger|ugers|dage|temaer|trin|dele|lektioner|timer|strategier|months?|years?|weeks?|days?|themes?|steps?|parts?|lessons?|hours?|strategies)(?![\p{L}\p{N}])/giu;

/**
 * "før" that opens a clause ("hvor lang tid går der før man hører noget", "før det kaldes
 * specialundervisning") only joins the clauses; as a search word it reads as the documents' "før" of
 * "Før fødslen". Followed by a subject, it is the conjunction and is left out.
 */
const CONJUNCTION_FOR =
  /\b(?:før|foer)(?=\s+(?:man|det|der|jeg|du|han|hun|vi|i|de|barnet|eleven|forældrene|kommunen|et\s+barn|en\s+elev|en\s+ung|ens\s+barn|mit|min|vores|hans|hendes)\b)/giu;

function withConjunctionBefore(question: string): string {
  return question.replace(CONJUNCTION_FOR, '');
}

/** Small counts in words, as the documents write them, and a short unit in full. */
function withNumberWords(question: string): string {
  return question.replace(COUNTED_UNIT, (_whole, count: string, unit: string) => {
    const full = /^(?:mdr|mnd|md)\.?$/i.test(unit) ? 'måneder' : unit;
    return `${NUMBER_WORDS[Number(count)]} ${full}`;
  });
}

/**
 * "hvilke situationer giver underretningspligt", "in which cases must I report": asks when, not for
 * a list. Read as a list question it wanted a written list, and a section that says when in
 * sentences was not taken as the answer.
 */
const SITUATIONS_ASKED =
  /\b((?:i\s+)?hvilke\s+(?:situationer|tilfælde))\b|\b(?:in\s+)?(?:which|what)\s+(?:situations|cases)\b/giu;

function withSituationsAsWhen(question: string): string {
  return question.replace(SITUATIONS_ASKED, (_whole, danish?: string) => (danish ? 'hvornår' : 'when'));
}

/**
 * "hvem var med til at lave strategien", "hvem har skrevet den": asks who drew a document up, in
 * words that are all stop words. Said as "udarbejdet", it can find the section, when the lexicon
 * knows that word (the shipped synonyms tie it to "lavet sammen med blandt andre").
 */
const DRAWN_UP_BY =
  /\b(?:var|været|er|blev)\s+med\s+til\s+at\s+(?:lave|skrive|udforme|udarbejde)\b|(?<=\bhvem\s+(?:har\s+)?)(?:lavet|lavede|skrevet|skrev)\b/giu;

const DRAWN_UP = 'udarbejdet';

function withDrawnUpAsUdarbejdet(r: RewriteResources, question: string): string {
  const drawnUp = question.replace(DRAWN_UP_BY, DRAWN_UP);
  // Most questions do not ask who drew a document up: the lexicon is asked only when one does.
  if (drawnUp === question) return question;
  const known = r.analyzer.wordTerms(DRAWN_UP).some((t) => r.known.lexiconTerms.has(t.term));
  return known ? drawnUp : question;
}

/**
 * "hvad arbejder man med i skolestartsforløbet, er det mest bogstaver og tal?", "what does the
 * area team do, is it mostly meetings?": after the question, the writer's own guess at the answer.
 * Its words are the writer's, not the documents', and read as the question they made a plain
 * content question look out of scope.
 */
const ASKERS_GUESS =
  /,\s*(?:er|handler|går|gaar|gælder|gaelder|drejer)\s+(?:det|den|de)\s+(?:sig\s+)?(?:om\s+)?(?:mest|mere|mest\s+bare|kun|bare|primært|primaert|typisk|især|isaer)\b[^,?.!]{0,80}\?\s*$|,\s*(?:is|are)\s+(?:it|they)\s+(?:mostly|mainly|only|just|all)\b[^,?.!]{0,80}\?\s*$/iu;
function withoutAskersGuess(question: string): string {
  const guess = ASKERS_GUESS.exec(question);
  if (guess === null) return question;
  const asked = question.slice(0, guess.index);
  // A question word before the guess, also typed without æ, ø and å ("hvornaar"): what is left is
  // still a question.
  const typedWithoutLetters = withDanishLetters(asked);
  const asks =
    holdsQuestionWord(asked) || (typedWithoutLetters !== undefined && holdsQuestionWord(typedWithoutLetters));
  return asks ? `${asked}?` : question;
}

/** The question without the time of day it gives (unless nothing would be left). */
function withoutClockTime(question: string): string {
  const trimmed = question.replace(CLOCK_TIME, ' ').trim();
  return trimmed === '' ? question : trimmed;
}

/**
 * "kan du forklare herningmodellen kort", "can you explain X in a few words": the definition
 * question it is. Cut as request framing, it would leave a bare term and no question.
 */
function asDefinitionQuestion(question: string): string | undefined {
  const explained = explainedTerm(question);
  if (explained !== undefined) {
    const english = /^\s*(?:can|could|would|please|explain|describe)\b/iu.test(question);
    return `${english ? 'what is' : 'hvad er'} ${explained}`;
  }
  // Named first and asked about after: "Herningmodellen. Hvad er det for noget?".
  const named = termNamedFirst(question);
  if (named === undefined) return undefined;
  return `${/\b(?:what|what's)\b/iu.test(question) ? 'what is' : 'hvad er'} ${named}`;
}

/**
 * "hvad er det der Herningmodel som alle snakker om her på skolen": a question about what a term
 * is asks about the term; the clause after it says why the writer asks ("skolen" there would pull
 * the answer towards Herningmodel Skole).
 */
function withoutDefinitionClause(question: string): string {
  const term = definedTerm(question);
  if (term === undefined || restrictsTerm(question, term)) return question;
  // Asked indirectly ("hvad herningmodellen går ud på"): no clause to cut, and the verb says what is asked.
  if (isIndirectDefinition(question)) return question;
  const asked = question.replace(/^[^\p{L}]+/u, '').replace(/\?\s*$/u, '');
  const opening = /^(\S+\s+\S+)/u.exec(asked)?.[1] ?? '';
  const kept = `${opening} ${term}`;
  return kept.length < asked.length ? kept : question;
}

/** Who says or uses a term in a clause about why one asks ("som alle snakker om", "that people mention"). */
const ASKING_SUBJECT =
  /^(?:alle|man|vi|i|du|de|folk|mange|nogle|kollegerne|everyone|everybody|people|we|you|they|all|some|many|colleagues)$/u;

/**
 * Whether the relative clause after the term says which thing is meant ("de mål, som byrådet har
 * sat for børneområdet"), not who talks about it ("som alle snakker om"): then it is the question.
 */
function restrictsTerm(question: string, term: string): boolean {
  const q = normalise(question)
    .replace(/[,;:!"“”„«»]/gu, ' ')
    .replace(/\s+/gu, ' ');
  const at = q.indexOf(term);
  if (at < 0) return false;
  const clause = /^\s+(?:som|der|that|which)\s+(\p{L}+)/u.exec(q.slice(at + term.length));
  return clause !== null && !ASKING_SUBJECT.test(clause[1]);
}

/**
 * Content words the framing held ("politikken" in "hvad siger politikken om ..."): not what the
 * answer must cover, but a hint at which document is meant. English words via the glossary.
 */
function framingContext(
  r: RewriteResources,
  plain: string,
  kept: string,
  index: { has(term: string): boolean },
): string[] {
  if (plain === kept) return [];
  const keptWords = new Set(kept.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const out = new Set<string>();
  for (const word of plain.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '' || keptWords.has(word)) continue;
    const danish = r.glossaryWords[word] ?? word;
    for (const t of r.analyzer.analyse(danish)) if (t.weight === 1 && index.has(t.term)) out.add(t.term);
  }
  return [...out];
}

/**
 * A word typed with ae/oe/aa reads as its æ/ø/å form when only that form is known: to the
 * collection, to the editable lists (an out-of-scope "måltid" inside "frokostmaaltidet") or as a
 * stop word ("hvornaar", "maa"). A word neither form of which is known still has its "aa" read as
 * "å" ("aarsagen", "traadte"): Danish words hardly hold "aa" otherwise, and names the lists know
 * ("Aarhus") are kept. "ae" and "oe" stay unless the other form is known ("does", "poesi").
 */
function readAsciiDanish(
  analyzer: Analyzer,
  known: ReadonlySet<string>,
  text: string,
  index: { has(term: string): boolean },
): string {
  const knownTerm = (t: { term: string }) => index.has(t.term) || known.has(t.term);
  return text.replace(/[\p{L}]+/gu, (word) => {
    const lower = word.toLowerCase();
    const variant = asciiDanishVariant(lower);
    if (!variant) return word;
    const own = analyzer.wordTerms(lower);
    if (own.length === 0 || knownTerm(own[0])) return word;
    const fixed = analyzer.wordTerms(variant);
    if (fixed.length === 0 || fixed.some(knownTerm)) return variant;
    const onlyAa = lower.replace(/aa/g, 'å');
    return onlyAa !== lower && !/^\p{Lu}/u.test(word) ? onlyAa : word;
  });
}
