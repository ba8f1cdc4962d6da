/**
 * Everyday phrasings of a need the documents name in one word of their own, rewritten as that word
 * before the question is searched: one-way, unlike a synonym group, so that the documents' word
 * does not bring the everyday words into every question that uses it.
 */

/**
 * "skal jeg sige det videre til nogen", "må jeg fortælle det videre": whether to pass on what a child
 * told is the duty to notify, which the documents call "underrette". Said in the words of the
 * story, "videre" reads as "viden" and the question finds nothing.
 */
const PASSED_ON =
  /\b(?:sige|sig|fortælle|fortæl|bringe|give|føre)\s+(?:det|dette|noget)\s+videre\b|\bgå\s+videre\s+med\s+det\b/giu;

/**
 * "kan de få råd uden at det bliver en sag", "advice without a case being opened": advice without a
 * case is the documents' anonymous counselling. As words, "uden" and "sag" find the sections on
 * sharing without consent and on case work instead.
 */
const WITHOUT_A_CASE =
  /\buden\s+at\s+(?:det\s+bliver\s+(?:til\s+)?|der\s+bliver\s+(?:oprettet|lavet|åbnet)\s+)en\s+sag\b|\buden\s+(?:en\s+)?sag\s+(?:bliver\s+)?(?:oprettet|åbnet)\b|\bwithout\s+(?:opening\s+a\s+case|a\s+case\s+(?:being\s+)?(?:opened|started))\b/giu;

/** The question with the everyday phrasings above in the documents' words. */
export function asTheDocumentsSayIt(question: string): string {
  return question
    .replace(PASSED_ON, 'underrette')
    .replace(WITHOUT_A_CASE, (whole) => (/^without/iu.test(whole) ? 'anonymously' : 'anonymt'));
}
