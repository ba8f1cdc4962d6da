import { readWithDanishLetters } from '../../text/derivation';
import { normalise } from '../../text/normalise';

/**
 * What kind of sentence answers a question: "hvornår" wants a year or a date, "hvilke love" the
 * sentence that names the laws, "hvem" the actors, "hvorfor" or "formål" the reason. The words of
 * such a question are mostly stop words, so ranking alone quotes the sentence that repeats the
 * topic instead of the one that answers it.
 */
export type AnswerType = 'when' | 'laws' | 'who' | 'purpose' | 'howMany' | 'content' | 'examples';

const QUESTION_PATTERNS: readonly (readonly [AnswerType, RegExp])[] = [
  [
    'laws',
    /\b(hvilke[nt]?|hvad for (en|nogle)?)\s+(\S+\s+)?(lov|love|loven|lovene|lovgivning|regler|regel|paragraf(fer)?|hjemmel)\b|\bhjemmel\b|\blovgrundlag|\bwhich (laws?|rules|acts?|legislation)\b|\blegal basis\b|\bwhat laws?\b/,
  ],
  [
    'when',
    /\bhvornår\b|\bhvornar\b|\bhvilket år\b|\bhvilken dato\b|\bhvor gammel\b|\bfra hvilken alder\b|\bhvor tidligt\b|\bhvor hurtigt\b|\bhvor længe\b|\bsiden hvornår\b|\bwhen\b|\bwhich year\b|\bwhat year\b|\bhow old\b|\bhow fast\b|\bhow quickly\b|\bhow long\b|\bat what age\b|\bfrom what age\b/,
  ],
  [
    'purpose',
    /\bhvorfor\b|\bformål|\bhensigt(en)?\b|\bmeningen med\b|\b(?:grund)?tanken (?:bag|med)\b|\bgår (?:\S+ ){1,4}ud på(?![a-zæøå])|\bid[eé]en (?:bag|med)\b|\bbruges til\b|\bwhy\b|\bpurpose\b|\baim of\b|\bwhat for\b|\bthe point of\b|\btrying to achieve\b|\bwhat(?:'s| is| are)\b[^?]*\bfor\s*\??\s*$/,
  ],
  // Not "uden at oplyse hvem de er": who someone is, told or not, is no question about actors.
  [
    'who',
    /(?<!\b(?:oplyse|opgive|sige|fortælle|afsløre|vide|oplyser|siger|ved|know|tell|say|reveal|saying|telling)\s)(?:\bhvem\b|\bwho\b|\bwhom\b)/,
  ],
  [
    'howMany',
    /\bhvor mange\b|\bhvor meget\b|\bhvor stor\b|\bhow many\b|\bhow much\b|\bwhat level\b|\bhvilket niveau\b/,
  ],
  // What a written thing must hold ("hvad skal en underretning indeholde", "what goes into a referral"),
  // or how one is made ("hvordan laver man en underretning", "hvordan skal den laves").
  [
    'content',
    /\bindeholde\w*|\bindhold\w*|\bhvad skal der stå(?![a-zæøå])|\bskal med i\b|\bskrive i\b|\bhvad (?:skal |må |bør )?(?:man |jeg |vi |du |de )?(?:skrive|skriver)\b|\bskriver (?:man |jeg |vi |du )?(?:om \S+ )?i\b|\bwhat (?:do|should|can|must) (?:i|we|you) (?:write|put)\b|\bgo(?:es)? into\b|\bcontains?\b|\binclude[sd]?\b|\bwhat should be in\b|\bhvordan (?:laver|lave|udfylder|udfylde|foretager) (?:man |jeg |vi |du )?(?:en |et )?(?:underretning|henvisning|indstilling|ansøgning)|\bhvordan\b[^?]*\b(?:laves|udfyldes|foretages)\b|\bhow (?:do|can|should) (?:i|we|you) (?:write|make|file|submit|do) (?:a|an|the) (?:report|notification|referral|underretning)\b/,
  ],
  [
    'examples',
    /\bfx\b|\bf\.\s?eks\b|\bfor eksempel\b|\beksempe?l\w*|\beksempelvis\b|\bfor example\b|\bfor instance\b|\bexamples?\b|\be\.g\.|\bsuch as\b/,
  ],
];

/**
 * The words a question asks for a law with ("hvilken lov", "hvilke regler", "law" translated as
 * "lov"): what the kind of answer is, not its topic. A sentence that names a law answers them.
 */
export const LAW_QUESTION_WORDS: readonly string[] =
  'lov love loven lovene lovgivning lovgivningen lovgrundlag regel regler reglerne hjemmel paragraf paragraffer'.split(
    ' ',
  );

export function detectAnswerType(question: string): AnswerType | undefined {
  // "hvornaar", "formaalet": the question words may be typed without æ, ø and å.
  return readWithDanishLetters(normalise(question), typeOf);
}

function typeOf(q: string): AnswerType | undefined {
  for (const [type, pattern] of QUESTION_PATTERNS) if (pattern.test(q)) return type;
  return undefined;
}

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
const TIME = new RegExp(
  `\\b(1[89]|20)\\d{2}\\b|\\b\\d{1,2}\\.\\s*(${MONTHS})\\b|\\b(${MONTHS})\\b|\\b\\d+\\s*(timer|dage|døgn|uger|måneder|år)\\b|\\b(seks|fem|syv|tre|fire|to|første|tredje)\\s+(timer|dage|uger|måneder|år)\\b|\\bfylder\\b|\\bgraviditet|\\bfødsel|\\bførste år\\b|\\binden for\\b|\\bhurtigst muligt\\b|\\bstraks\\b|årig`,
);
const NAMED_LAW = /\b\p{L}+loven\b|§|\bkonvention\w*|\berklæring\w*|\bbekendtgørelse\w*/u;
const GENERIC_LAW = /\blov\w*|\bregler\b|\bhjemmel\b|\bretsgrundlag|\bparagraf/u;
const ACTOR =
  /\bbyråd\w*|\bforældr\w*|\bpædagog\w*|\blærer\w*|\bsocialrådgiver\w*|\bsundhedsplejer\w*|\bppr\b|\bleder\w*|\bmedarbejder\w*|\bfaggrupper|\baktører|\bcivilsamfund\w*|\bteam\w*|\bforvaltning\w*|\budvalg\w*|\bpsykolog\w*|\bparter\b|\bfagfolk|\bfagprofessionelle|\bkommunen\b|\bbarnet selv|\bborgere|\bskolen\b|\bdagtilbuddet\b|\bcenter for\b|\bbestår af\b|\bsammen med\b/u;
const PURPOSE =
  /\bformål\w*|\bfor at\b|\bfordi\b|\bderfor\b|\bmed henblik på\b|\bså (de|det|alle|barnet|børn)\b|\bskal sikre\b|\bsigte\w*/u;
/** A sentence that says what to write or state ("Beskriv konkret, hvad du har set og hørt"). */
const CONTENT =
  /\bbeskriv\w*|\bskriv\w*|\boplys\w*|\bfremgå\w*|\bangiv\w*|\bkonkret\w*|\bindehold\w*|\bset og hørt\b/u;
const NUMBER =
  /\b\d+\b|\b(to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve|halvdelen|hver)\b|\bprocent\b/u;

/** How well a sentence has the answer's type, 0 (not at all) to 1 (clearly). */
export function answerTypeScore(type: AnswerType, sentence: string): number {
  const s = normalise(sentence);
  switch (type) {
    case 'when':
      return TIME.test(s) ? 1 : 0;
    case 'laws':
      return NAMED_LAW.test(s) ? 1 : GENERIC_LAW.test(s) ? 0.5 : 0;
    case 'who':
      return ACTOR.test(s) ? 1 : 0;
    case 'purpose':
      return /\bformål/u.test(s) ? 1 : PURPOSE.test(s) ? 0.8 : 0;
    case 'howMany':
      return /\b\d+\b|\bprocent\b/u.test(s) ? 1 : NUMBER.test(s) ? 0.5 : 0;
    case 'content':
      return CONTENT.test(s) ? 1 : 0;
    case 'examples':
      return isEnumeration(s) ? 1 : EXAMPLES.test(s) ? 0.8 : 0;
  }
}

/** A sentence that gives examples in words ("fx", "blandt andet", "such as"). */
const EXAMPLES =
  /\bfx\b|\bf\.\s?eks\b|\bfor eksempel\b|\bblandt andet\b|\bbl\.\s?a\.|\bsåsom\b|\bsuch as\b|\bfor example\b/u;

const HEADING_ANNOUNCES: Readonly<Record<AnswerType, RegExp>> = {
  when: /\bhvornår\b|\btidsplan\b/,
  laws: /\blov|\bgrundlag|\bregler\b|\bhjemmel\b/,
  who: /\bhvem\b|\borganisation\b|\baktører\b/,
  purpose: /\bformål|\bhvorfor\b|\bmål\b/,
  howMany: /\bantal\b/,
  content: /\bsådan\b|\bhvordan\b|\bindhold/,
  examples: /\beksempl/,
};

/** A heading that announces the answer ("Formål med politikken" for a purpose question). */
export function headingAnnounces(type: AnswerType, heading: string): boolean {
  return HEADING_ANNOUNCES[type].test(normalise(heading));
}

/** Whether a sentence or heading lists three or more things ("love og regler, FN's Verdensmål og Salamanca-erklæringen"). */
export function isEnumeration(text: string): boolean {
  return (normalise(text).match(/,|;|\s(?:og|eller|samt|and|or)\s/gu) ?? []).length >= 2;
}
