import { normalise } from '../../text/normalise';

/**
 * Questions that ask for something by its name (an institution, a tool or programme, a person) and
 * the test whether a sentence names one. The documents name roles and kinds; a question for a name
 * they do not hold is answered "the documents do not say".
 */
/**
 * "hvilke skoler var med", "which kindergartens take part": the question asks for institutions by
 * name. A text that speaks of "tre skoledistrikter" or "alle skoler" does not name them. Kinds of
 * institution ("hvilke slags dagtilbud") are not names.
 */
const NAMED_INSTITUTIONS =
  /\b(?:hvilke|hvad hedder de|which|what are the names of the)\s+(?!slags\b|typer\b|former\b|kinds?\b|types?\b)(?:\p{L}+\s+)?(?:skoler|børnehaver|vuggestuer|institutioner|daginstitutioner|dagtilbud|klubber|schools|kindergartens|nurseries|institutions|day care centres)\b/u;
const INSTITUTION_NAME =
  /\p{Lu}\p{Ll}+(?:skole|skolen|børnehave|børnehaven|vuggestue|vuggestuen|klub|klubben|huset|gården)\b/u;

/**
 * "hvilket testmateriale bruger vi", "hvilke programmer bygger den på", "which tests does PPR use":
 * the question asks for a tool, material, test or programme by name. A text that only says "der
 * laves en sprogvurdering" names none; one that says "bygger på De Utrolige År" does. A request to
 * list what a named programme holds ("list the expectations we use in PALS", "kan du opremse ...")
 * asks for its contents the same way.
 */
const NAMED_TOOL =
  /\b(?:list|liste|opremse|opliste)\b(?:\s+[\p{L}-]+){1,8}?\s+(?:in|i|under|from|fra)\s+\p{L}|\b(?:hvilke[nt]?|hvad hedder(?: de[nt]?)?|which|what)\s+(?:\p{L}+\s+)?(?:(?:test|screenings?)?materialer?|test(?:s|en)?|værktøj(?:er|et)?|redskab(?:er|et)?|programm?(?:er|et|s|es)?|metoder?|system(?:er|et|erne)?|blanket(?:ten|ter)?|formular(?:en|er)?|skema(?:et|er)?|portal(?:en|er)?|platform(?:en)?|materials?|tools?|instruments?|methods?|forms?|systems?)\b/u;
/** A capitalised word inside a sentence ("De Utrolige År", "LP-modellen og PALS"): a name. */
const NAME_INSIDE = /[^.!?:\s]\s+\p{Lu}[\p{L}-]+/u;

export function asksForNamedTool(question: string): boolean {
  return NAMED_TOOL.test(normalise(question));
}

export function namesSomething(sentence: string): boolean {
  return NAME_INSIDE.test(sentence);
}

/**
 * "hvem er leder af PPR", "who is the head of ...", "what is the name of the PPR psychologist",
 * "hvad hedder sundhedsplejersken": a question for a named person. "hvem kan jeg kontakte" asks for
 * a role, which the documents give, so only a name question or a head-of question counts.
 */
const PERSON_ROLE =
  '(?:[\\p{L}-]*(?:leder|chef|direktør|formand|psykolog|rådgiver|sagsbehandler|sundhedsplejerske|konsulent|kontaktperson|koordinator)(?:en|n)?|(?:[\\p{L}-]+\\s+)?(?:head|leader|director|manager|chair|psychologist|counsellor|counselor|social\\s+worker|caseworker|case\\s+worker|health\\s+visitor|consultant|contact\\s+person|coordinator))';
const NAMED_PERSON = new RegExp(
  [
    '\\bhvem\\s+er\\s+(?:leder(?:en)?|chef(?:en)?|direktør(?:en)?|formand(?:en)?)\\s+(?:af|for|i|på)\\b',
    `\\bhvad\\s+hedder\\s+(?:\\p{L}+\\s+)?${PERSON_ROLE}\\b`,
    '\\bwho\\s+is\\s+the\\s+(?:head|leader|director|manager|chair)\\s+of\\b',
    `\\bname\\s+of\\s+(?:the|our|my)\\s+(?:[\\p{L}-]+\\s+)?${PERSON_ROLE}\\b`,
    `\\bnavn(?:et)?\\s+på\\s+(?:\\p{L}+\\s+)?${PERSON_ROLE}\\b`,
  ].join('|'),
  'u',
);
/** A given name and a surname ("Lene Hansen"): the documents name roles, a news post may name a person. */
const PERSON_NAME =
  /\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}*(?:sen|son|gaard|gård|berg|holm|lund|bjerg|strup|mann)\b/u;

export function asksForNamedPerson(question: string): boolean {
  return NAMED_PERSON.test(normalise(question));
}

export function namesPerson(sentence: string): boolean {
  return PERSON_NAME.test(sentence);
}

export function asksForNamedInstitutions(question: string): boolean {
  return NAMED_INSTITUTIONS.test(normalise(question));
}

/** Whether a sentence names an institution ("Lindbjergskolen", "Solsikkens Børnehave" aside). */
export function namesInstitution(sentence: string): boolean {
  return INSTITUTION_NAME.test(sentence);
}
