/**
 * Danish stop words: the Snowball list plus question words and verbs that carry no topic in a
 * question ("hvad siger politikken om ..."). Stored in normalised form.
 */
export const DANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min ' +
    'havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil ' +
    'blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under ' +
    'have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver ' +
    'hendes været thi jer sådan ' +
    // "fx", "f.eks.", "e.g.": they announce examples (src/domain/retrieval/expansion.ts reads them)
    'fx feks eks eg ' +
    // question words and empty verbs in questions
    'hvilke hvilken hvilket hvordan hvorfor hvornår hvem hvorhen hvorledes siger sig står står stå ' +
    'kan må gør gøre gælder findes fortæl forklar beskriv beskriver beskrives vide ved ' +
    'mon vel lige bare godt gerne helt noget nogen nogle hej tak venligst please ' +
    'betyder betyde handler handle går gå består bestå hører indebærer dækker omfatter mener menes ' +
    'får få fik fået ingen intet ingenting hver hvert enhver ifølge egentlig altså lidt står stod sige sagt spørgsmål spørge spørger spurgte spurgt svare svarer svarede lave laver lavet laves ' +
    'the a an of to in is are was were what which how why when who whom whose does do did about on for and or ' +
    'with tell me say says said explain describe mean means meaning know need needs want should would could can ' +
    'will shall may must get there any anything something our your my their this that these those it its be been ' +
    'being has have had i we you they he she them us from by as if so than then also only regarding concerning ' +
    'into please hi hello thanks thank'
  ).split(/\s+/),
);

/**
 * Words that colour a question without naming its topic ("kun", "allerede", "overhovedet", "is it
 * ok", "always", "really"). They stay searchable, since a heading may hold one, but a text that
 * lacks them still answers the question. Kept apart from the stop words because the index keeps them.
 * Matched by stem, so a word whose stem is a topic's ("synes" -> "syn", "still" -> "stil") is left out.
 */
export const QUESTION_FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'kun allerede selv stadig stadigvæk altid aldrig overhovedet faktisk rigtig rigtigt normalt præcis ' +
    'præcist cirka ca nok vist tror tænker tænkte også så nu her derhjemme okay ok fint sker ske skete ' +
    'mfl osv konkret konkrete nærmere only already always really actually basically just even ok okay here ' +
    'now exactly roughly similar something hurtigt hurtig længe timeline ' +
    'allowed supposed ' +
    // What kind of answer is wanted, not its topic: what a thing must hold ("hvad skal en
    // underretning indeholde"), whether one is obliged or allowed, what follows or what it costs
    // ("hvad er konsekvensen", "what happens if"), how it is best done.
    'indeholde indeholder indholde indeholdt contain contains include includes ' +
    'required obliged permitted mandatory bedst best ' +
    'konsekvens konsekvenser konsekvensen konsekvenserne consequence consequences happen happens happened ' +
    // whether a claim holds ("er det sandt?", "is that correct?"): the claim is the topic
    'sandt korrekt forkert true correct wrong ' +
    // English function words the stop list lacks ("am I ...", "for every minor", "anyone under
    // 18", "before a kid gets ..."). Filler, not stop words: the glossary's phrases keep them
    // ("after school", "up to what age"), and a word the collection never uses would otherwise
    // count as a rare topic word the answer lacks.
    'am every anyone anybody someone somebody everyone everybody many much before after once since ' +
    'until through where whether because again myself yourself herself himself themselves ' +
    'ourselves come comes coming go goes going make makes kind long ' +
    "i'm i've it's we're there's don't doesn't isn't " +
    // Asking about asking, and what the writer takes for granted ("visitors keep asking about",
    // "I assume it's fine to ..."): how the question is put, not its topic.
    'ask asks asked asking keep keeps assume assumed fine ' +
    // Possessive pronouns the Snowball list lacks (it has "vor" only). Kept searchable, since a
    // heading may hold one ("Vores fælles børn og unge"), but "vores deadline" asks about a deadline.
    'vores jeres'
  ).split(/\s+/),
);

/** English function words, used for language detection only. */
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set(
  (
    'the a an of to in is are what which how why when who does do about on for and or with tell me ' +
    'should must can my our we you your policy policies there this that it be has have'
  ).split(/\s+/),
);

export function isStopWord(normalisedToken: string): boolean {
  return DANISH_STOP_WORDS.has(normalisedToken);
}
