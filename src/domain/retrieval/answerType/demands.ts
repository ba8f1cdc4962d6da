import { readWithDanishLetters } from '../../text/derivation';
import { normalise } from '../../text/normalise';
import { isStopWord } from '../../text/stopWords';
import { detectAnswerType } from './questionType';

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

/** The count first and the question word last, as keyword questions go: "de 6 temaer i læreplanen hvilke". */
const COUNTED_THEN_WHICH = new RegExp(`\\bde ${COUNT}\\s+\\p{L}+[^?.!]{0,40}\\bhvilke\\b`, 'u');
/**
 * "hvad hedder de enkelte trin", "fra trin 1 til trin 6", "what are the different steps called": the
 * names of a set asked for without its size; a list of at least three is the least that names them.
 */
const NAMED_MEMBERS_UNCOUNTED =
  /\bhvad hedder de (?:enkelte|forskellige)\s+\p{L}|\bfra (\p{L}+) \d+ til \1 \d+\b|\bwhat are the (?:different|individual) \p{L}+ called\b|\bfrom (\p{L}+) \d+ to \2 \d+\b/u;
const UNCOUNTED_MEMBERS = 3;

/**
 * How many members a question asks to have named ("hvad hedder de seks trin" asks for six names),
 * or undefined when it asks for no counted set. A text that only says "en trappe med seks trin"
 * holds the count, not the names: the answer is then that the documents do not say.
 */
export function detectNamedMembers(question: string): number | undefined {
  const q = normalise(question);
  const m = NAMED_MEMBERS.exec(q) ?? COUNTED_THEN_WHICH.exec(q);
  if (!m) return NAMED_MEMBERS_UNCOUNTED.test(q) ? UNCOUNTED_MEMBERS : undefined;
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
 * actually say", "artikel 2", "hvad siger dagtilbudsloven om"), or what something itself holds
 * ("selve erklæringen", "hvilke af verdensmålene", "mål nummer 4", "trin 4"), or what makes a
 * category ("kriterierne for en gul sag", "hvad kendetegner"): a passing mention does not answer
 * them; a section about the question's focus, named in its headings, may.
 */
const DETAIL =
  /\bkonkret\w*\b|\bnærmere\b|\bi detaljer\b|\bdetaljeret\b|\bartikel\b|\bactually says?\b|\bspecifically\b|\bin detail\b|\barticle\b|\bselve\b|\bhvilke[nt]? af\b|\bwhich of\b|\b(?:nummer|nr|number|no)\.? \d+\b|\bitself\b|\bhelt præcis[t]?\b|\bwhat exactly\b|\bexactly what\b|\bkriteri\w*|\bcriteria\b|\bkendetegner\b|\bartikler\b|\barticles\b|\bhvad siger \p{L}+loven\b|\bwhat does the \p{L}+ act say\b|\b(?:trin|step|niveau|level|fase|phase) \d+\b/u;

export function asksForDetail(question: string): boolean {
  return DETAIL.test(normalise(question));
}

/**
 * The words that make a question ask for detail with the word before and the word after them
 * ("fortæller detaljeret om"), or undefined when it asks for none.
 */
export function detailPhrasesOf(question: string): readonly string[] | undefined {
  const q = normalise(question);
  const m = DETAIL.exec(q);
  if (m === null) return undefined;
  const before = /(\p{L}+)\s+$/u.exec(q.slice(0, m.index))?.[1];
  const after = /^\s+(\p{L}+)/u.exec(q.slice(m.index + m[0].length))?.[1];
  return [
    ...(before === undefined ? [] : [`${before} ${m[0]}`]),
    ...(after === undefined ? [] : [`${m[0]} ${after}`]),
  ];
}

/**
 * "hvilket år blev den vedtaget", "what year was it signed": a year is the answer, stated in a
 * sentence about the question's subject. A section that only shares the subject's name does not
 * answer it ("hvornår" alone often asks on what condition, so it is not held to this).
 */
const ASKS_YEAR =
  /\bhvilket år\b|\bwhich year\b|\bwhat year\b|\bårstal\w*|\bhvornår\b[^?]*\bfra\s*\??$|\bhvornår (?:blev|er)\b[^?]*\b(?:vedtaget|underskrevet|indført|besluttet)\b|\bwhen (?:was|were|is)\b[^?]*\b(?:from|adopted|signed|introduced|passed)\s*\??$|\bhvornår(?:\s+\S+){0,6}?\s+(?:blev|er|var)\s+(?:\S+\s+){0,5}?(?:vedtaget|underskrevet|indført|besluttet|lavet|skrevet|udarbejdet)\b|\bwhen\s+(?:was|were)\s+(?:\S+\s+){0,6}?(?:made|written|created|drawn\s+up|approved|adopted)\b/u;

export function asksForYear(question: string): boolean {
  return ASKS_YEAR.test(normalise(question));
}

export function holdsYear(sentence: string): boolean {
  return /\b(1[89]|20)\d{2}\b/u.test(sentence);
}

/**
 * "hvilken dato blev den vedtaget", "on what date": a day of a month is the answer ("1. januar
 * 2024"). A sentence with a year alone does not say the date; the answer is then that the
 * documents do not say.
 */
const ASKS_DATE = /\b(?:hvilken|hvad er|på hvilken) dato\b|\b(?:what|which|on what) date\b/u;
const MONTHS =
  'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|' +
  'january|february|march|may|june|july|october';
const DATE = new RegExp(
  `\\b\\d{1,2}\\.?\\s*(?:${MONTHS})\\b|\\b(?:${MONTHS})\\s+\\d{1,2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b`,
  'u',
);

export function asksForDate(question: string): boolean {
  return ASKS_DATE.test(normalise(question));
}

export function holdsDate(sentence: string): boolean {
  return DATE.test(normalise(sentence));
}

/**
 * "hvor hurtigt reagerer de", "hvor lang tid går der", "how soon": a time span is the answer ("inden
 * for 24 timer", "seks hverdage", "et forløb over to år", "til de fylder 25", "frem til 22 år"), stated in a sentence
 * about the question's subject. "under 18 år" is an age, not a span.
 */
const ASKS_DURATION =
  /\bhvor hurtigt?\b|\bhvor lang tid\b|\bhvor længe\b|\bhvor snart\b|\binden for hvor\b|\bhow long\b|\bhow quickly\b|\bhow fast\b|\bhow soon\b|\btimeline\b/u;
const DURATION =
  /\binden for\b|\bsenest\b|\bstraks\b|\bhurtigst muligt\b|\btil (?:de|han|hun|det|den) fylder\b|\bfrem til\b|\bindtil\b|\b(?:over|på|i) (?:\d+|et|to|tre|fire|fem|seks) år\b|\b(?:\d+|en|et|to|tre|fire|fem|seks|syv|otte|ti|fjorten)\s+(?:timer|døgn|dage|hverdage|uger|måneder)\b/u;

export function asksForDuration(question: string): boolean {
  return ASKS_DURATION.test(normalise(question));
}

export function holdsDuration(sentence: string): boolean {
  return DURATION.test(normalise(sentence));
}

/**
 * "hvor tit mødes områdeteamet", "how often": how often something happens is the answer ("hver
 * uge", "to gange om året"). The documents name many meetings without saying how often they are held;
 * a section that only names the meeting does not answer (round 43, sealed).
 */
const ASKS_FREQUENCY = /\bhvor tit\b|\bhvor ofte\b|\bhow often\b|\bhow frequently\b/u;
const FREQUENCY =
  /\bhver(?:t|e)?\s+(?:dag|uge|måned|år|kvartal|morgen|gang)\b|\b(?:\d+|en|et|to|tre|fire|fem|seks)\s+gange?\s+(?:om|i|pr\.?|per|hver|årligt)\b|\b(?:dagligt?|ugentligt?|månedligt?|årligt?|løbende|jævnligt|regelmæssigt)\b|\bevery\s+(?:day|week|month|year|term)\b|\b(?:daily|weekly|monthly|yearly|annually|regularly)\b|\btimes\s+a\s+(?:week|month|year|term)\b/u;

export function asksForFrequency(question: string): boolean {
  return ASKS_FREQUENCY.test(normalise(question));
}

export function holdsFrequency(sentence: string): boolean {
  return FREQUENCY.test(normalise(sentence));
}

/**
 * "hvilken paragraf", "i hvilken bestemmelse", "which section": a numbered provision is the answer
 * ("Barnets Lov § 133"), stated in the sentence about the question's focus.
 */
const ASKS_SECTION =
  /\bhvilke[nt]? (?:paragraf\w*|§|lovbestemmelse\w*|bestemmelse\w*)|\bwhich (?:section|paragraph|provision)s?\b|\bwhat (?:section|paragraph|provision)\b/u;

export function asksForSection(question: string): boolean {
  return ASKS_SECTION.test(normalise(question));
}

export function holdsSection(sentence: string): boolean {
  return /§\s*\d+/u.test(sentence);
}

/**
 * The test a sentence must pass when the question asks for a year, a date, a time span or a
 * numbered provision (undefined for other questions): the documents state it there, or they do not
 * say it.
 */
export function statedValueTest(question: string): ((sentence: string) => boolean) | undefined {
  return readWithDanishLetters(question, valueTestOf);
}

function valueTestOf(question: string): ((sentence: string) => boolean) | undefined {
  if (asksForSection(question)) return holdsSection;
  if (asksForYear(question)) return holdsYear;
  if (asksForDate(question)) return holdsDate;
  if (asksForDuration(question)) return holdsDuration;
  if (asksForFrequency(question)) return holdsFrequency;
  return undefined;
}

/**
 * "hvad står LP for", "what does PALS stand for", "hvad betyder SSD?": the words an abbreviation is
 * short for. "Hvad betyder SSD-reglen" asks what the rule says, not what its letters stand for.
 */
const ASKS_EXPANSION =
  /\bhvad\s+står\s+(?:\p{L}+\s+i\s+)?(\p{Lu}{2,6})(?:[\s-]\p{L}+)?\s+for\b|\bwhat\s+(?:does|do)\s+(\p{Lu}{2,6})(?:[\s-]\p{L}+)?\s+stand\s+for\b|\bhvad\s+betyder\s+(?:forkortelsen\s+)?(\p{Lu}{2,6})\b(?![\s-]*(?:regl|model|samarbejd|møde|team|forløb|indsats|rule|meeting)\p{L}*)/u;

/** The abbreviation a question asks to have spelled out, or undefined. */
export function expansionAsked(question: string): string | undefined {
  const m = ASKS_EXPANSION.exec(question);
  return m ? (m[1] ?? m[2] ?? m[3]).toLowerCase() : undefined;
}

/**
 * Whether a sentence names the abbreviation and spells it out: words whose first letters give it,
 * small words aside. A sentence that only uses the abbreviation does not say what it stands for.
 */
export function spellsOut(sentence: string, abbreviation: string): boolean {
  // Stop words may stand in an expansion without their own letter ("Læringsmiljø og Pædagogisk analyse").
  const words = (normalise(sentence).match(/\p{L}+/gu) ?? []).filter((w) => !isStopWord(w));
  const initials = words.map((w) => w[0]).join('');
  return words.includes(abbreviation) && initials.includes(abbreviation);
}
