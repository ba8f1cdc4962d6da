import { CALENDAR_WORDS } from '../text/calendarWords';
import { HALF, NUM, numberOf, ORDINALS, withHalf } from './numberWords';
import { allMatches, compileRegex, type PreparedText, type Span } from './textMatching';

/**
 * Facts about the child read from a free-text description: age and grade (the speaker:
 * speaker.ts; the language: descriptionLanguage.ts).
 * Settings and pregnancy come from configuration (see classify.ts).
 */

export interface ExtractedAge {
  /** Age in years; 2 1/2 years is 2.5, 10 months is 0.83. */
  readonly years: number;
  readonly span: Span;
}

export interface ExtractedGrade {
  /** 0 is børnehaveklassen. For a band ("udskolingen") the lowest and highest grade. */
  readonly min: number;
  readonly max: number;
  readonly span: Span;
}

interface AgePattern {
  readonly regex: RegExp;
  readonly read: (m: RegExpMatchArray) => number | undefined;
}

/** Words that make a number of months or weeks after them a rhythm or a time span, not an age. */
const TIME_SPAN_BEFORE = 'hver|hvert|every|each|for|in|om|efter|after|siden|i|sidste|last|past';

const AGE_PATTERNS: readonly AgePattern[] = [
  { regex: compileRegex('\\bhalvandet\\s?(?:år|-?årig\\w*)'), read: () => 1.5 },
  { regex: compileRegex('\\bhalvtredje\\s?(?:år|-?årig\\w*)'), read: () => 2.5 },
  // English names the age group instead of the age: a toddler walks and talks a little, about 1-3.
  { regex: compileRegex('\\btoddlers?\\b'), read: () => 2 },
  {
    // Not "hver 3. måned" or "every 3 months": a rhythm, not an age. Not "tabt 10 kg på to
    // måneder", "de sidste 2 mdr" or "born 2 months ago" either: the time a change took, or since.
    regex: compileRegex(
      `(?<!\\b(?:${TIME_SPAN_BEFORE}|here)\\s)(?<!\\b(?:kg|kilo|tabt|taget|vokset|lost|gained|grown)\\b[^.!?]{0,30}\\b(?:på|in|over)\\s)\\b${NUM}${HALF}\\s?-?\\s?(?:måneder|måneders|mdr|mnd|md|months?|mos|mths|mnths)\\b(?!\\s+(?:siden|ago))\\.?`,
    ),
    read: (m) => {
      const n = numberOf(m[1]);
      return n === undefined ? undefined : Math.round((n / 12) * 100) / 100;
    },
  },
  {
    // A newborn's age in weeks: "5 uger gl", "6-week-old", "baby på 3 uger" (not "i 3 uger").
    regex: compileRegex(
      `(?<!\\b(?:${TIME_SPAN_BEFORE})\\s)\\b${NUM}\\s?-?\\s?(?:uger|ugers|uge|weeks?|wks?)\\s?-?\\s?(?:gl\\b\\.?|gammel|gamle|old\\b)|\\b(?:baby|spædbarn\\w*|nyfødt\\w*|dreng\\w*|pige\\w*|barn\\w*|søn\\w*|datter\\w*|boy|girl|son|daughter|newborn)\\s+(?:på\\s+|of\\s+|aged\\s+)?${NUM}\\s?(?:uger|weeks?)\\b(?!\\s+(?:siden|ago))`,
    ),
    read: (m) => {
      const n = numberOf(m[1] ?? m[2]);
      return n === undefined ? undefined : Math.round((n / 52) * 100) / 100;
    },
  },
  {
    // "5 years 8 months", "4 år og 3 måneder": the months before the next birthday count too.
    regex: compileRegex(
      `\\b(\\d{1,2})\\s?(?:år|years?)\\s+(?:og\\s+|and\\s+)?(\\d{1,2})\\s?(?:måneder|mdr|mnd|months?)\\b`,
    ),
    read: (m) => Number(m[1]) + Math.round((Number(m[2]) / 12) * 100) / 100,
  },
  {
    regex: compileRegex(`\\b${NUM}${HALF}\\s?-?\\s?årig\\w*`),
    read: (m) => withHalf(numberOf(m[1]), m[0]),
  },
  {
    regex: compileRegex(`\\b${NUM}${HALF}\\s?-?\\s?years?[\\s-]?old\\b`),
    read: (m) => withHalf(numberOf(m[1]), m[0]),
  },
  { regex: compileRegex(`\\b(?:aged?|age of)\\s${NUM}\\b`), read: (m) => numberOf(m[1]) },
  {
    regex: compileRegex(
      `\\b(?:child|boy|girl|kid|son|daughter|pupil|student)\\s+of\\s+${NUM}\\b(?!\\s*(?:%|months?|weeks?|days?|hours?))`,
    ),
    read: (m) => numberOf(m[1]),
  },
  {
    // "5 yo", "5 yrs", and a bare "5 y" before a word for a child ("5 y boy").
    regex: compileRegex(
      `\\b(\\d{1,2})\\s?(?:yo|y/o|yrs?|y(?=\\s+(?:boy|girl|child|kid|son|daughter|dreng|pige|barn)\\b))\\b`,
    ),
    read: (m) => numberOf(m[1]),
  },
  {
    // "drengen på 4", "pige 5", "en dreng (7)", "tvillingerne (3)", "den lille (2)": a number right
    // after a word for a child.
    regex: compileRegex(
      `\\b(?:lille|little\\s+one|børn|børnene|søskende|children|kids|dreng\\w*|pige\\w*|barn\\w*|elev\\w*|søn\\w*|datter\\w*|knægt\\w*|knejt\\w*|knæjt\\w*|tøs\\w*|tvilling\\w*|teenager\\w*|boy|girl|child|kid|student|pupil|son|daughter|twins?|player|players)\\s*,?\\s+(?:på\\s+|aged?\\s+|\\(\\s*)?${NUM}${HALF}(?![\\p{L}\\p{N}])(?!\\s*(?:%|\\.|,\\d|kl\\b|klasse|mdr|mnd|md\\b|mos\\b|mths?\\b|måned|months?\\b|weeks?\\b|wks?\\b|timer|dage|uger|gange|minutter|kr\\b|procent))(?:\\s*\\))?`,
    ),
    read: (m) => withHalf(numberOf(m[1]), m[0]),
  },
  {
    // "pigen på 2." at the end of a sentence: after "på" the full stop ends the sentence, unless
    // a grade or a class follows ("på 2. årgang").
    regex: compileRegex(
      `\\b(?:dreng\\w*|pige\\w*|barn\\w*|elev\\w*|søn\\w*|datter\\w*|knægt\\w*|tøs\\w*|tvilling\\w*)\\s+på\\s+${NUM}\\.(?!\\s*(?:kl\\b|klasse|årgang|år\\b|trin|klassetrin|sal\\b|[a-e]\\b|\\d))`,
    ),
    read: (m) => numberOf(m[1]),
  },
  {
    // "hun er 5 og lidt stille", "he is 7", "hun fylder 4": digits only ("han er en dreng" is no age),
    // and no unit, score or count after it ("han er 2 i dansk", "hun er 10 minutter forsinket").
    regex: compileRegex(
      `\\b(?:hun|han|she|he|barnet|drengen|pigen|the\\s+(?:boy|girl|child))\\s+(?:er|is|fylder|fyldte|turns|turned)\\s+(?:lige\\s+|nu\\s+|just\\s+)?(\\d{1,2})(?![\\p{L}\\p{N}])(?!\\s*(?:%|[.,:]\\d|år\\b|years?\\b|årig|1\\/2|½|og\\s+(?:en|et)\\s+halv|and\\s+a\\s+half|kl\\b|klasse|mdr|mnd|md\\b|måned\\w*|months?\\b|weeks?\\b|uger?\\b|dage?\\b|days?\\b|timer?\\b|hours?\\b|minutter|min\\b|minutes?\\b|gange|times\\b|kr\\b|procent|percent|cm\\b|kg\\b|m\\b|meter|km\\b|point|i\\b|in\\b|af\\b|of\\b|ud\\b|out\\b|til\\b|to\\b|\\/))`,
    ),
    // A pronoun can be an adult's ("he is 19"): only a child's age counts.
    read: (m) => {
      const n = numberOf(m[1]);
      return n !== undefined && n <= 17 ? n : undefined;
    },
  },
  {
    // A pronoun with the age in brackets: "rundt om halsen på hende (4)".
    regex: compileRegex(
      `\\b(?:hende|ham|hun|han|her|him|she|he)\\s?\\(\\s?${NUM}${HALF}\\s?(?:år|years?)?\\s?\\)`,
    ),
    read: (m) => withHalf(numberOf(m[1]), m[0]),
  },
  {
    // "på 4 år", "4 år gammel", "dreng 15 år", but not "for 2 år siden" or "i 3 år".
    regex: compileRegex(
      `(?<!\\b(?:for|i|om|over|under|efter|sidste|de|in|for the)\\s)\\b${NUM}${HALF}\\s?år\\b(?!\\s+siden)`,
    ),
    read: (m) => withHalf(numberOf(m[1]), m[0]),
  },
];

/** What a number after a name counts when it is no age: a time, a price, a share, a distance. */
const COUNTED_AFTER_NAME =
  '%|kl\\b|år\\s+siden|timer|dage|uger|gange|minutter|min\\b|kr\\b|procent|km\\b|mdr|mnd|md\\b|måned|months?\\b|weeks?\\b|days?\\b';

/**
 * Notes that shorten or give a name put the age right after it: "A. (8)", "K. (3,1)", "Emma 12 er
 * alene hjemme". A capitalised word is needed to tell a name from "uge 12" or "kl 16", so these
 * read the original text; words that take a number (days, months, streets, rooms) are not names.
 */
const NAMED_AGE_PATTERNS: readonly AgePattern[] = [
  {
    regex:
      /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*\.?\s?\(\s?(\d{1,2})(?:,\d{1,2}|½|\s?1\/2)?\s?(?:år|years?|yrs?|y)?\s?\)/gu,
    read: (m) => withHalf(numberOf(m[1]), m[0].replace(/,\d{2}/u, '')),
  },
  {
    regex: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}{2,})\\s(\\d{1,2})(?![\\p{L}\\p{N}]|[.:,]\\d|\\s*(?:\\.|${COUNTED_AFTER_NAME}))`,
      'gu',
    ),
    read: (m) => (NOT_A_NAME.test(m[1]) ? undefined : numberOf(m[2])),
  },
  {
    // A name or an initial with "på" and the age: "Alfred på 4 kom ind", "E. på 5 er altid sulten".
    regex: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\p{Lu}(?:\\p{Ll}{2,}|\\.)?)\\s(?:på|paa)\\s(\\d{1,2})(?![\\p{L}\\p{N}]|[.:,]\\d|\\.\\s*(?:kl|klasse|årgang|sal)\\b|\\s*(?:${COUNTED_AFTER_NAME}|etage|sal\\b|cykler|biler))`,
      'gu',
    ),
    read: (m) => (NOT_A_NAME.test(m[1].replace('.', '')) ? undefined : numberOf(m[2])),
  },
];

const NOT_A_NAME = new RegExp(
  `^(?:uge|week|klasse|kl|side|trin|punkt|bilag|nr|bus|rute|linje|lokale|rum|room|grade|year|hus|stue|gruppe|hold|team|${CALENDAR_WORDS}|version|level|niveau|fase|dag|day|kapitel|chapter|opgave|afsnit|spor|klassetrin|årgang|lektion|lesson|tabel|figur|page|unit|item)$|(?:gade|vej|allé|alle|plads|torv|parken|stræde|street|road)$`,
  'i',
);

/** A plural "de 4-årige" names a group of children by age; "den 4-årige" and "4-årig" are the child. */
function isAgeGroup(lower: string, start: number, matched: string): boolean {
  return /(?:årige|aarige)$/.test(matched) && /\bde\s$/.test(lower.slice(Math.max(0, start - 4), start));
}

/** The first age mentioned (usually the child the description is about). Ages above 25 are ignored. */
export function extractAge(text: PreparedText): ExtractedAge | undefined {
  let best: ExtractedAge | undefined;
  for (const pattern of NAMED_AGE_PATTERNS) {
    for (const m of allMatches(pattern.regex, text.original)) {
      const years = pattern.read(m);
      if (years === undefined || years > 17) continue;
      const start = m.index;
      if (!best || start < best.span.start) best = { years, span: { start, end: start + m[0].length } };
      break;
    }
  }
  for (const pattern of AGE_PATTERNS) {
    for (const m of allMatches(pattern.regex, text.lower)) {
      const years = pattern.read(m);
      if (years === undefined || years > 25) continue;
      const start = m.index;
      // "et år" on its own is too often "for et år siden"; require digits or a compound for 1.
      if (/^(?:et|en|ét)\s/.test(m[0]) && !/årig|måned|mdr|mnd|uge|week/.test(m[0])) continue;
      // "leger mest med de 4-årige": the other children of an age, not the child's own.
      if (isAgeGroup(text.lower, start, m[0])) continue;
      if (!best || start < best.span.start) best = { years, span: { start, end: start + m[0].length } };
      break;
    }
  }
  return best;
}

/** Before "i 3." a grade with the word "klasse" left out: a child ("pige i 7.") or a start in school ("starter i 0."). */
const CHILD_OR_SCHOOL_START = '\\b(?:(?:pige|dreng|elev|barn)\\w*|starter|starte|begynder|begynde|begyndte)';

const GRADE_BANDS: readonly { regex: RegExp; min: number; max: number }[] = [
  {
    regex: compileRegex(
      '\\b(?:børnehaveklasse\\w*|bh\\.?\\s?kl\\w*|0\\.?\\s?-?\\s?(?:klasse\\w*|kl\\b\\.?|[a-e]\\b))' +
        // "starter i 0. efter sommerferien", "dreng i 0.": the word "klasse" left out after a child or a school start.
        `|(?<=${CHILD_OR_SCHOOL_START}\\s+(?:i|fra)\\s)0\\.(?=[\\s,?!)]|$)`,
    ),
    min: 0,
    max: 0,
  },
  {
    regex: compileRegex(
      '\\b(?:kindergarten class|reception class|grade 0|0 grade|0th grade|year 0|zero grade)\\b|\\b0\\.\\s?class(?:es)?\\b',
    ),
    min: 0,
    max: 0,
  },
  { regex: compileRegex('\\bindskoling\\w*'), min: 0, max: 3 },
  { regex: compileRegex('\\bmellemtrin\\w*'), min: 4, max: 6 },
  { regex: compileRegex('\\budskoling\\w*'), min: 7, max: 9 },
  { regex: compileRegex('\\b(?:lower secondary|middle school)\\b'), min: 6, max: 9 },
];

const GRADE_NUMBER = compileRegex(
  // "3. klasse", "3.kl", "8. årgang", "3rd grade(r)", "in 6th", "pige i 7.", "elev fra 9." (a child in a grade, the word left out)
  '\\b(10|[1-9])\\s?(?:\\.\\s?(?:klasse\\w*|klassetrin\\w*|årgang\\w*|årg\\b\\.?|kl\\b\\.?|class\\b|[a-ex]\\b)|\\.?\\s?kl\\b\\.?|(?:st|nd|rd|th)\\s+(?:grader?s?|class)\\b)' +
    '|(?<=\\bin\\s)(10|[1-9])(?:st|nd|rd|th)(?=[\\s,.?!)]|$)(?!\\s*(?:grade|period|lesson|place|time|round|floor))' +
    `|(?<=${CHILD_OR_SCHOOL_START}\\s+(?:i|fra)\\s)(10|[1-9])\\.(?=[\\s,?!)]|$)(?!\\s*(?:time|uge|omgang|runde|sal|etage|måned|maj|juni|juli|august|sept|okt|nov|dec|jan|feb|marts|april))`,
);
// "klasse 3", "year 5"; "kl 10" is a time of day ("kommer først kl 10") unless a class letter follows ("kl 3a").
const GRADE_AFTER = compileRegex(
  '\\b(?:grade|year|klasse|kl\\.?(?=\\s(?:10|[1-9])\\s?[a-e](?![\\p{L}\\p{N}])))\\s(10|[1-9])(?![\\p{N}])',
);
// "dreng i 1 b", "pige i 4b": a class named by number and letter without the dot.
// Also "pige fra 4b", "half of 6A", "form tutor 7A", "handover 5c".
const GRADE_CLASS_LETTER = compileRegex(
  '(?<=\\b(?:i|in|fra|from|of|tutor|handover)\\s)(10|[1-9])\\s?[a-e](?![\\p{L}\\p{N}])',
);
// "Malthe 2b har ...", "Ida (7a)": staff shorthand writes the class right after the name. Digit and
// letter written together only, so that "2 b" or a "3d printer" is not read as a class.
const GRADE_CLASS_TOKEN = compileRegex(
  '(?<=(?:^|[\\s(]))(10|[1-9])[a-e](?=[\\s,.?!)]|$)(?!\\s*(?:print\\w*|film\\w*|movie|model\\w*|brille\\w*|glasses|tegning\\w*|spil\\w*|game))',
);
// "pige i 3 klasse", "in 2 class": the dot left out, as quick messages do ("3 klasser" are classes).
const GRADE_WITHOUT_DOT = compileRegex('\\b(10|[1-9])\\s(?:klasse|klassetrin|class)(?![\\p{L}\\p{N}-])');
const GRADE_ORDINAL = compileRegex(`\\b(${Object.keys(ORDINALS).join('|')})\\s(?:klasse\\w*|grade\\b)`);

/** How far a grade may sit from the child's age (grade + 6) and still be the child's own. */
const GRADE_AGE_TOLERANCE = 2;

/**
 * The first grade mentioned; with the child's age known, the first that fits it: "I'm the reception
 * class teacher. A boy (11) ... moved into 5th grade" is about a 5th-grader.
 */
export function extractGrade(text: PreparedText, ageYears?: number): ExtractedGrade | undefined {
  const found: ExtractedGrade[] = [];
  for (const band of GRADE_BANDS) {
    band.regex.lastIndex = 0;
    const m = band.regex.exec(text.lower);
    if (m) found.push({ min: band.min, max: band.max, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const regex of [GRADE_NUMBER, GRADE_AFTER, GRADE_CLASS_LETTER, GRADE_WITHOUT_DOT, GRADE_CLASS_TOKEN]) {
    regex.lastIndex = 0;
    const m = regex.exec(text.lower);
    if (m) {
      const n = Number(m[1] ?? m[2] ?? m[3]);
      found.push({ min: n, max: n, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  GRADE_ORDINAL.lastIndex = 0;
  const ordinal = GRADE_ORDINAL.exec(text.lower);
  if (ordinal) {
    const n = ORDINALS[ordinal[1].replace('forste', 'første')] ?? ORDINALS[ordinal[1]];
    if (n !== undefined) {
      found.push({ min: n, max: n, span: { start: ordinal.index, end: ordinal.index + ordinal[0].length } });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  if (ageYears === undefined) return found[0];
  const fits = (g: ExtractedGrade) =>
    ageYears >= g.min + 6 - GRADE_AGE_TOLERANCE && ageYears <= g.max + 6 + GRADE_AGE_TOLERANCE;
  return found.find(fits) ?? found[0];
}
