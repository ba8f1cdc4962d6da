import { normalise } from '../text/normalise';

/**
 * What kind of sentence answers a question: "hvornår" wants a year or a date, "hvilke love" the
 * sentence that names the laws, "hvem" the actors, "hvorfor" or "formål" the reason. The words of
 * such a question are mostly stop words, so ranking alone quotes the sentence that repeats the
 * topic instead of the one that answers it.
 */
export type AnswerType = 'when' | 'laws' | 'who' | 'purpose' | 'howMany' | 'examples';

const QUESTION_PATTERNS: readonly (readonly [AnswerType, RegExp])[] = [
  [
    'laws',
    /\b(hvilke[nt]?|hvad for (en|nogle)?)\s+(\S+\s+)?(lov|love|loven|lovene|lovgivning|regler|regel|paragraf(fer)?|hjemmel)\b|\bhjemmel\b|\blovgrundlag|\bwhich (laws?|rules|acts?|legislation)\b|\blegal basis\b|\bwhat laws?\b/,
  ],
  [
    'when',
    /\bhvornår\b|\bhvilket år\b|\bhvilken dato\b|\bhvor gammel\b|\bfra hvilken alder\b|\bhvor tidligt\b|\bhvor hurtigt\b|\bhvor længe\b|\bsiden hvornår\b|\bwhen\b|\bwhich year\b|\bwhat year\b|\bhow old\b|\bhow fast\b|\bhow quickly\b|\bhow long\b|\bat what age\b|\bfrom what age\b/,
  ],
  ['purpose', /\bhvorfor\b|\bformål|\bhensigt(en)?\b|\bwhy\b|\bpurpose\b|\baim of\b|\bwhat for\b/],
  ['who', /\bhvem\b|\bwho\b|\bwhom\b/],
  [
    'howMany',
    /\bhvor mange\b|\bhvor meget\b|\bhvor stor\b|\bhow many\b|\bhow much\b|\bwhat level\b|\bhvilket niveau\b/,
  ],
  [
    'examples',
    /\bfx\b|\bf\.\s?eks\b|\bfor eksempel\b|\beksempe?l\w*|\beksempelvis\b|\bfor example\b|\bfor instance\b|\bexamples?\b|\be\.g\.|\bsuch as\b/,
  ],
];

export function detectAnswerType(question: string): AnswerType | undefined {
  const q = normalise(question);
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
  purpose: /\bformål|\bhvorfor\b/,
  howMany: /\bantal\b/,
  examples: /\beksempl/,
};

/** A heading that announces the answer ("Formål med politikken" for a purpose question). */
export function headingAnnounces(type: AnswerType, heading: string): boolean {
  return HEADING_ANNOUNCES[type].test(normalise(heading));
}

/**
 * Questions that ask for what a text must state outright: an exact figure ("præcist hvor mange"),
 * or the steps of a method ("trin for trin"). A section that only mentions the topic does not
 * answer them; the answer is then "the documents do not say".
 */
const EXACT_FIGURE = /\bpræcis\w*\b|\beksakt\w*\b|\bexact\w*\b|\bprecise\w*\b/;
const STEP_BY_STEP = /\btrin for trin\b|\bskridt for skridt\b|\bstep by step\b|\bhvert trin\b|\beach step\b/;

export type Demand = 'exactFigure' | 'steps';

export function detectDemand(question: string): Demand | undefined {
  const q = normalise(question);
  if (STEP_BY_STEP.test(q)) return 'steps';
  if (EXACT_FIGURE.test(q) && detectAnswerType(question) === 'howMany') return 'exactFigure';
  return undefined;
}

/** Whether a section's text can meet the demand: a written figure, or a list of steps. */
export function meetsDemand(demand: Demand, units: readonly { text: string; listItem: boolean }[]): boolean {
  if (demand === 'exactFigure') return units.some((u) => /\b\d+\b/u.test(u.text));
  return units.filter((u) => u.listItem).length >= 3;
}

const COUNT_WORDS: Readonly<Record<string, number>> = {
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const COUNT = `(\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;
/** "hvad hedder de seks trin", "hvilke tre skoledistrikter", "the names of the six steps". */
const NAMED_MEMBERS = new RegExp(
  `\\b(?:hvad (?:hedder|er|var) de|hvilke|nævn de|names? of the|what are the|which) ${COUNT}\\s+\\p{L}`,
  'u',
);

/**
 * How many members a question asks to have named ("hvad hedder de seks trin" asks for six names),
 * or undefined when it asks for no counted set. A text that only says "en trappe med seks trin"
 * holds the count, not the names: the answer is then that the documents do not say.
 */
export function detectNamedMembers(question: string): number | undefined {
  const m = NAMED_MEMBERS.exec(normalise(question));
  if (!m) return undefined;
  const n = COUNT_WORDS[m[1]] ?? Number(m[1]);
  return n >= 2 && n <= 20 ? n : undefined;
}

/**
 * Whether the units name `count` members: a list with that many items, or one sentence that
 * enumerates them ("dannelse, leg og læring, forældre og netværk, fællesskaber").
 */
export function namesMembers(units: readonly { text: string; listItem: boolean }[], count: number): boolean {
  if (units.filter((u) => u.listItem).length >= count) return true;
  return units.some((u) => {
    const separators = (normalise(u.text).match(/,|;|\s(?:og|eller|samt|and|or)\s/gu) ?? []).length;
    return separators + 1 >= count;
  });
}

const FIGURE =
  /\b\d+\b|\b(to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|halvdelen|dobbelt)\b|\bprocent\b/u;

/**
 * A sentence that states a figure ("seks trin", "10 procent", "25 sager"); "færre sager hver" is a
 * comparison, not a figure.
 */
export function holdsFigure(sentence: string): boolean {
  return FIGURE.test(normalise(sentence));
}

/**
 * Questions that ask what a text says in detail ("hvad står der konkret/nærmere om", "what does it
 * actually say", "artikel 2"), or what something itself holds ("selve erklæringen", "hvilke af
 * verdensmålene", "mål nummer 4"): a passing mention does not answer them; a section about the
 * question's focus, named in its headings, may.
 */
const DETAIL =
  /\bkonkret\w*\b|\bnærmere\b|\bi detaljer\b|\bdetaljeret\b|\bartikel\b|\bactually says?\b|\bspecifically\b|\bin detail\b|\barticle\b|\bselve\b|\bhvilke[nt]? af\b|\bwhich of\b|\b(?:nummer|nr|number|no)\.? \d+\b|\bitself\b/u;

/** Whether a sentence or heading lists three or more things ("love og regler, FN's Verdensmål og Salamanca-erklæringen"). */
export function isEnumeration(text: string): boolean {
  return (normalise(text).match(/,|;|\s(?:og|eller|samt|and|or)\s/gu) ?? []).length >= 2;
}

export function asksForDetail(question: string): boolean {
  return DETAIL.test(normalise(question));
}

/**
 * "hvilke skoler var med", "which kindergartens take part": the question asks for institutions by
 * name. A text that speaks of "tre skoledistrikter" or "alle skoler" does not name them. Kinds of
 * institution ("hvilke slags dagtilbud") are not names.
 */
const NAMED_INSTITUTIONS =
  /\b(?:hvilke|hvad hedder de|which|what are the names of the)\s+(?!slags\b|typer\b|former\b|kinds?\b|types?\b)(?:\p{L}+\s+)?(?:skoler|børnehaver|vuggestuer|institutioner|daginstitutioner|dagtilbud|klubber|schools|kindergartens|nurseries|institutions|day care centres)\b/u;
const INSTITUTION_NAME =
  /\p{Lu}\p{Ll}+(?:skole|skolen|børnehave|børnehaven|vuggestue|vuggestuen|klub|klubben|huset|gården)\b/u;

export function asksForNamedInstitutions(question: string): boolean {
  return NAMED_INSTITUTIONS.test(normalise(question));
}

/** Whether a sentence names an institution ("Lindbjergskolen", "Solsikkens Børnehave" aside). */
export function namesInstitution(sentence: string): boolean {
  return INSTITUTION_NAME.test(sentence);
}

/**
 * "hvilket år blev den vedtaget", "what year was it signed": a year is the answer, stated in a
 * sentence about the question's subject. A section that only shares the subject's name does not
 * answer it ("hvornår" alone often asks on what condition, so it is not held to this).
 */
const ASKS_YEAR =
  /\bhvilket år\b|\bwhich year\b|\bwhat year\b|\bårstal\w*|\bhvornår\b[^?]*\bfra\s*\??$|\bhvornår (?:blev|er)\b[^?]*\b(?:vedtaget|underskrevet|indført|besluttet)\b|\bwhen (?:was|were|is)\b[^?]*\b(?:from|adopted|signed|introduced|passed)\s*\??$/u;

export function asksForYear(question: string): boolean {
  return ASKS_YEAR.test(normalise(question));
}

export function holdsYear(sentence: string): boolean {
  return /\b(1[89]|20)\d{2}\b/u.test(sentence);
}

/**
 * "hvad er Herningmodellen", "what is the intervention ladder", "hvad betyder SSD-reglen": the
 * question asks what a term is, and nothing more. A relative clause after the term ("som alle
 * snakker om") and a trailing "egentlig", "for noget", "about" or "mean" are part of the asking.
 */
const DEFINITION =
  /^(?:hvad (?:er|betyder|menes der med|vil det sige|går)|hvad skal der til (?:før|for at) (?:det|man) (?:kaldes|hedder|er|tæller som|regnes som)|hvornår (?:er|kaldes|tæller) det(?: som)?|what(?: is|'s| are| does)|what counts as|when is it|define)\s+(?:(?:det|den|de) der\s+|den\s+|det\s+|the\s+|an?\s+)?(.+?)(?:\s+(?:som|that|which|der)\s.*)?(?:\s+(?:egentlig|for noget|ud på|about|mean|stand for))?\s*\??$/u;
/** Most words a defined term has ("Herningmodel Skole", "den styrkede pædagogiske læreplan"). */
const DEFINED_TERM_MAX_WORDS = 4;

/** The term a definition question asks about, as plain words, or undefined for other questions. */
export function definedTerm(question: string): string | undefined {
  const q = normalise(question)
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[,;:!]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const m = DEFINITION.exec(q);
  if (!m) return undefined;
  const words = m[1].split(' ').filter((w) => w !== '');
  return words.length > 0 && words.length <= DEFINED_TERM_MAX_WORDS ? words.join(' ') : undefined;
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
  const words = normalise(sentence)
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
  const verb = words.findIndex((w) => DEFINING_VERBS.has(w));
  if (verb < 1 || verb > DEFINING_SUBJECT_MAX_WORDS) return false;
  const subject = words.slice(0, verb).filter((w) => !ARTICLES.has(w));
  return (
    subject.length > 0 &&
    subject.every((w) => {
      const term = termOf(w);
      return term !== undefined && asked.has(term);
    })
  );
}

/** Units and measures: "hvor mange timer" is answered by "ni lektioner", "hvor mange procent" by any rate. */
const MEASURE_WORDS =
  /^(?:timer?|time|dage?|døgn|uger?|måneder?|år|procent|gange?|kroner|hours?|days?|weeks?|months?|years?|percent|times?|lektioner)$/u;
const COUNTED = /\b(?:hvor mange|how many)\s+([\p{L}-]+)/u;
const NUMBER_WORD =
  /^(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|hundrede|tusind|two|three|four|five|six|seven|eight|nine|ten)$/u;
/** Most words between a figure and what it counts ("15 procent ulovligt fravær"). */
const COUNTED_GAP = 3;

/**
 * The thing a "hvor mange" question counts ("hvor mange underretninger", "how many schools"), or
 * undefined for a measure ("hvor mange timer", "procent"), which any figure of the topic answers.
 */
export function countedNoun(question: string): string | undefined {
  const m = COUNTED.exec(normalise(question));
  if (!m || MEASURE_WORDS.test(m[1])) return undefined;
  return m[1];
}

/**
 * Whether a sentence states a figure of the counted thing ("seks trin", "fire temaer"): a figure
 * followed within a few words by one of `counted`'s terms (whole, or as the last part of a compound,
 * "seks hverdage" for "dage"). "modtager en underretning ... inden for 24 timer" states no number of
 * reports, so "hvor mange underretninger fik kommunen" is not answered by it.
 */
export function quantifies(
  sentence: string,
  counted: ReadonlySet<string>,
  termOf: (word: string) => string,
): boolean {
  const words = normalise(sentence)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const isCounted = (word: string) => {
    const term = termOf(word);
    for (const c of counted) if (term === c || (c.length >= 3 && term.endsWith(c))) return true;
    return false;
  };
  if (words.some((w, i) => NUMBER_WORD.test(w) && words.slice(i + 1, i + 1 + COUNTED_GAP).some(isCounted)))
    return true;
  // The members named one by one right after the counted word count too ("en fællesbetegnelse for
  // delelementerne A, B, C og D"); a clause after it ("en underretning, vurderer den ...") does not.
  const text = normalise(sentence);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!isCounted(m[0])) continue;
    const items = text
      .slice((m.index ?? 0) + m[0].length)
      .split(/[.!?]/u)[0]
      .split(/,|;|\s(?:og|eller|samt|and|or)\s/u)
      .map((item) => item.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').length);
    if (items.length >= 3 && items.slice(0, 3).every((n) => n >= 1 && n <= LIST_ITEM_MAX_WORDS)) return true;
  }
  return false;
}

/** Most words of one member in a list named inside a sentence ("Herningmodel Skolestart"). */
const LIST_ITEM_MAX_WORDS = 4;
