import { normalise } from '../../text/normalise';

/**
 * "hvad er Herningmodellen", "what is the intervention ladder", "hvad betyder SSD-reglen": the
 * question asks what a term is, and nothing more. A relative clause after the term ("som alle
 * snakker om") and a trailing "egentlig", "for noget", "about" or "mean" are part of the asking.
 */
const DEFINITION =
  /^(?:hvad (?:er|betyder|menes der med|vil det sige|går)|hvad skal der til (?:før|for at) (?:det|man) (?:kaldes|hedder|er|tæller som|regnes som)|hvornår (?:er|kaldes|tæller) det(?: som)?|what(?: is|'s| are| does)|what counts as|when is it|define)\s+(?:(?:det|den|de) der\s+|den\s+|det\s+|the\s+|an?\s+)?(.+?)(?:\s+(?:som|that|which|der)\s.*)?(?:\s+(?:egentlig|for noget|ud på|about|mean|stand for))?\s*\??$/u;
/** The same asked indirectly, after framing ("(forstår ikke) hvad herningmodellen går ud på"). */
const INDIRECT_DEFINITION =
  /^(?:hvad|what)\s+(?:(?:det|den|de) der\s+|den\s+|det\s+|the\s+|an?\s+)?(.+?)\s+(?:går ud på|handler om|betyder|er for noget|is about|means)\s*\??$/u;
/**
 * Asked as a request to explain it ("kan du forklare herningmodellen kort", "kan du lige kort forklare
 * hvad X er", "can you briefly explain X").
 */
const EXPLAIN_DEFINITION =
  /^(?:kan du |vil du |could you |can you |would you |please )?(?:(?:lige|kort|hurtigt|briefly|quickly|just|simply)\s+){0,2}(?:forklare|forklar|beskrive|beskriv|explain|describe)\s+(?:mig\s+|me\s+)?(?:hvad\s+|what\s+)?(?:(?:det|den|de) der\s+|den\s+|det\s+|the\s+|an?\s+)?(.+?)(?:\s+(?:er|is|går ud på|handler om|is about|means))?(?:\s+(?:kort|helt kort|kort fortalt|i få ord|med få ord|in a few words|briefly|in short|simply|enkelt|helt enkelt)(?:\s.*)?)?\s*\??$/u;
/**
 * The term named first and asked about after it ("Herningmodellen. Hvad er det for noget?",
 * "indsatstrappen, hvad er det", "the intervention ladder - what is it?").
 */
const TERM_FIRST_DEFINITION =
  /^(.+?)[.\s-]+(?:hvad er det|hvad betyder det|hvad går det ud på|what is (?:it|that)|what's that|what does it mean)(?:\s+(?:egentlig|for noget|for en størrelse|for en ting))*\s*\??$/u;
/** Most words a defined term has ("Herningmodel Skole", "den styrkede pædagogiske læreplan"). */
const DEFINED_TERM_MAX_WORDS = 4;

/** The question as the definition patterns read it: plain words, no quotes, no leading "og". */
function asAsked(question: string): string {
  return (
    normalise(question)
      .replace(/^[^\p{L}]+/u, '')
      // Learner's English: "what is meaning of the Herning model" asks what it is.
      .replace(/^what is (?:the )?meaning of\b/u, 'what is')
      .replace(/[,;:!"“”„«»]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      // What is left after framing was cut out: "(jeg er ny) og hvad ... går ud på".
      .replace(/^(?:og|men|and|but)\s+/u, '')
  );
}

/** The term a definition question asks about, as plain words, or undefined for other questions. */
export function definedTerm(question: string): string | undefined {
  const q = asAsked(question);
  const m = DEFINITION.exec(q) ?? INDIRECT_DEFINITION.exec(q) ?? EXPLAIN_DEFINITION.exec(q);
  return m ? termOf(m[1]) : undefined;
}

/** The term of a question that names it first and asks what it is after it, or undefined. */
export function termNamedFirst(question: string): string | undefined {
  const m = TERM_FIRST_DEFINITION.exec(asAsked(question));
  return m ? termOf(m[1]) : undefined;
}

/** A matched term as plain words, or undefined when it is too long to be a term. */
function termOf(matched: string): string | undefined {
  const words = matched.split(' ').filter((w) => w !== '');
  return words.length > 0 && words.length <= DEFINED_TERM_MAX_WORDS ? words.join(' ') : undefined;
}

/** Whether a definition question is asked indirectly ("hvad herningmodellen går ud på"). */
export function isIndirectDefinition(question: string): boolean {
  const q = asAsked(question);
  return !DEFINITION.test(q) && INDIRECT_DEFINITION.test(q);
}

/**
 * The term a request to explain asks about ("kan du forklare X kort" -> X), or undefined when the
 * question is not such a request (or is already a plain definition question).
 */
export function explainedTerm(question: string): string | undefined {
  const q = asAsked(question);
  if (DEFINITION.test(q) || INDIRECT_DEFINITION.test(q)) return undefined;
  const m = EXPLAIN_DEFINITION.exec(q);
  return m ? termOf(m[1]) : undefined;
}

/** Articles that may open the subject of a defining sentence ("Den kommunale ungeindsats er ..."). */
const ARTICLES: ReadonlySet<string> = new Set(['den', 'det', 'de', 'en', 'et', 'the', 'a', 'an']);
/** Verbs that open a definition after its subject ("Specialundervisning betyder mindst ni lektioner"). */
const DEFINING_VERBS: ReadonlySet<string> = new Set(['er', 'betyder', 'omfatter', 'dækker', 'is', 'means']);
/** Most words before "er" in a defining sentence. */
const DEFINING_SUBJECT_MAX_WORDS = 4;

/**
 * Whether a sentence defines one of the question's terms: it opens with a subject made only of
 * those terms, then "er" ("Herningmodellen er kommunens måde ..."). "Herningmodel Skole er ..."
 * does not define Herningmodellen, and "Herningmodellen samler ..." does not define anything.
 * `termOf` gives a word's search term (its stem), `asked` the question's own terms.
 */
export function definesTerm(
  sentence: string,
  asked: { has(term: string): boolean },
  termOf: (word: string) => string | undefined,
): boolean {
  const subject = definingSubject(sentence, termOf);
  return subject !== null && subject.every((term) => term !== undefined && asked.has(term));
}

/**
 * The search terms of the subject a sentence opens with before "er" (articles left out), or null
 * when the sentence has no such shape: what definesTerm compares with the asked terms. It depends
 * on the sentence alone, so the index's sentences can be read once (see definingUnit).
 */
export function definingSubject(
  sentence: string,
  termOf: (word: string) => string | undefined,
): readonly (string | undefined)[] | null {
  const words = normalise(sentence)
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
  const verb = words.findIndex((w) => DEFINING_VERBS.has(w));
  if (verb < 1 || verb > DEFINING_SUBJECT_MAX_WORDS) return null;
  const subject = words.slice(0, verb).filter((w) => !ARTICLES.has(w));
  return subject.length > 0 ? subject.map(termOf) : null;
}
