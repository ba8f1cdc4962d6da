import { CALENDAR_WORDS } from '../../text/calendarWords';
import { ASIDE } from './questionSignals';
import type { KnownWords } from './resources';

/** Words that name a kind of document: the last part of "klimaplan", "antimobbestrategien". */
const DOCUMENT_KIND = /(?:politik|strategi|plan|retningslinje|vejledning|handleplan)(?:en|er|erne|ens|ne)?$/u;
/** Least length of what comes before the document kind ("mobil" in "mobilpolitik"). */
const DOCUMENT_NAME_MIN_PREFIX = 3;

/**
 * Nationalities and languages ("Some Norwegian colleagues", "en Syrisk familie"): capitalised in
 * English and often in Danish typing, they say who asks or about whom, not a named thing the
 * documents would have to know.
 */
const DEMONYM =
  /^(?:norwegian|swedish|danish|german|english|british|american|polish|ukrainian|syrian|somali|somalian|turkish|arab|arabic|french|spanish|italian|dutch|finnish|icelandic|romanian|lithuanian|afghan|iraqi|iranian|eritrean|irish|scottish|welsh|canadian|australian|indian|pakistani|chinese|japanese|vietnamese|thai|filipino|brazilian|mexican|russian|greek|portuguese|hungarian|czech|slovak|bulgarian|croatian|serbian|bosnian|latvian|estonian|kurdish|palestinian|lebanese|ethiopian|nigerian|moroccan|egyptian|(?:irsk|skotsk|canadisk|australsk|indisk|pakistansk|kinesisk|japansk|vietnamesisk|thailandsk|filippinsk|brasiliansk|russisk|græsk|portugisisk|ungarsk|tjekkisk|bulgarsk|kroatisk|serbisk|bosnisk|lettisk|estisk|kurdisk|palæstinensisk|libanesisk|etiopisk|marokkansk|egyptisk|norsk|svensk|dansk|tysk|engelsk|polsk|ukrainsk|syrisk|somalisk|tyrkisk|arabisk|fransk|spansk|italiensk|hollandsk|finsk|islandsk|rumænsk|litauisk|afghansk|irakisk|iransk|eritreisk)e?)$/u;

/**
 * The country whose law the documents apply ("Do teachers in Denmark have to report?"): the asker
 * places the question, it names nothing the documents would have to know.
 */
const HOME_COUNTRY = /^(?:denmark|danmark)$/u;

/** Days and months, which English capitalises ("I sent it on Monday"): a date, not a named thing. */
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_WORDS})$`, 'u');

/**
 * Kinds of school and daycare written as one word ("på ungdomsskolen", "i skovbørnehaven"): every
 * municipality has them, so they say where the asker works, not which place is asked about.
 */
const INSTITUTION_KIND =
  /^(?:ungdoms|efter|fri|privat|special|folke|distrikts|heltids|kost|real|grund|modtage|sprog|musik|skov|natur|idræts|udflytter|integrerede?|kommune)(?:skolen|børnehaven|vuggestuen|børnehuset|fritidsklubben|dagplejen)$/u;

/** Capitalised words that name nothing the documents would have to know. */
const CAPITALISED_BUT_NO_NAME: readonly RegExp[] = [DEMONYM, HOME_COUNTRY, CALENDAR_WORD, INSTITUTION_KIND];

/**
 * Where the asker comes from ("I just moved here from Sweden", "jeg kommer fra Polen"): who asks,
 * not a place the question is about. Matched on the text before the capitalised word.
 */
const ORIGIN_BEFORE =
  /(?:\b(?:moved|moving|came|come|comes|coming|relocated|originally|am|i'm|im|flyttet|flyttede|flytter|kommer|kom|oprindeligt|oprindelig|arrived|ankom|ankommet|nyankommen|nyankomne|nyankommet)\s+(?:\p{L}+\s+){0,2}?(?:from|fra))\s+$/iu;
/**
 * A person described by where they come from ("a 16 year old student from Syria", "en familie fra
 * Ukraine", "en ny forælder fra Aarhus"): who asks or is asked about, not a place the question is about.
 */
const PERSON_FROM_BEFORE =
  /\b(?:student|pupil|girl|boy|family|families|parents?|mother|father|mum|mom|dad|child|children|kids?|teenager|refugees?|colleagues?|woman|man|forælder|forældre|forældrene|familie|familien|familier|mor|moren|far|faren|dreng|drengen|pige|pigen|elev|eleven|elever|barn|barnet|børn|kollega|kollegaer|flygtning|flygtninge)\s+(?:from|fra)\s+(?:the\s+)?$/iu;
/**
 * Where someone worked or lived before ("en mor der selv har været lærer i Spanien", "a dad who used
 * to teach in Poland"): who asks, not a place the question is about.
 */
const FORMERLY_IN_BEFORE =
  /\b(?:har\s+været|var|arbejdede|har\s+arbejdet|boede|har\s+boet|underviste|used\s+to\s+(?:work|live|teach|be)|worked|lived|taught|has\s+been|was)\s+(?:\p{L}+\s+){0,3}?(?:i|in)\s+(?:the\s+)?$/iu;
/**
 * The asker or a person described ("I'm Irish", "hun er Polsk", "she is Ukrainian"): who someone is,
 * not a thing named. Not after a preposition ("I am at Lind School" names a place).
 */
const SELF_DESCRIPTION_BEFORE =
  /\b(?:i'm|i’m|im|i\s+am|we're|we\s+are|(?:she|he)\s+is|(?:she|he)'s|they\s+are|jeg\s+er|vi\s+er|(?:hun|han)\s+er|de\s+er)\s+(?:(?!(?:at|in|on|from|with|for|to|på|i|fra|med|til|hos)\s)\p{L}+\s+)?$/iu;
/**
 * A colleague or parent named in the story as the one who speaks ("Torben sagde den kom i 2016",
 * "Anna thinks it was 2013"): someone in the story, not a thing the documents would have to know.
 * Matched on the text after the capitalised word.
 */
const SPEAKER_AFTER =
  /^\s+(?:(?:og|and)\s+\p{L}+\s+)?(?:har\s+|had\s+|has\s+)?(?:sagde|siger|sagt|mente|mener|spurgte|spørger|skrev|skriver|fortalte|fortæller|synes|syntes|svarede|påstår|påstod|said|says|asked|asks|thinks|thought|told|tells|wrote|writes|replied|claims|claimed)\b/iu;
/** A person named right after the word for them ("min kollega Lene", "colleague Anna"). */
const PERSON_NOUN_BEFORE =
  /\b(?:kollega|kollegaen|kollegaer|kollegerne|makker|makkeren|vikar|vikaren|praktikant|praktikanten|lærerstuderende|chef|chefen|colleague|colleagues|co-worker|coworker|substitute|trainee|student\s+teacher)\s*,?\s*$/iu;
/** How far back (in characters) the origin phrase may start. */
const ORIGIN_REACH = 40;

/**
 * "skoleleder lind skole", "åbningstider i hammerum børnehave": a school or daycare named by a word
 * before its kind, typed in lower case. The word must be unknown to the collection and the lists
 * (not "min skole", "en ny skole", "folkeskole").
 */
const NAME_BEFORE_INSTITUTION =
  /(?<![\p{L}])(\p{L}{3,})\s+(?:skole|skolen|børnehave|børnehaven|vuggestue|vuggestuen|dagpleje|dagplejen|sfo|fritidsklub)(?![\p{L}])/gu;

/** "på brændgårdskolen", "i solsikkebørnehaven": a place named by its own compound, after a preposition. */
const NAMED_PLACE_IN_LOWER_CASE =
  /(?<![\p{L}])(?:på|i|fra|ved|at|on)\s+(\p{L}{3,}(?:skolen|børnehaven|vuggestuen|børnehuset|fritidsklubben|dagplejen))(?![\p{L}])/gu;

/** The phrases before a capitalised word that say who asks or is described, not what is asked about. */
const WHO_ASKS_BEFORE: readonly RegExp[] = [
  ORIGIN_BEFORE,
  PERSON_FROM_BEFORE,
  FORMERLY_IN_BEFORE,
  SELF_DESCRIPTION_BEFORE,
];

/**
 * Capitalised words inside a sentence (not its first word, not an abbreviation such as PPR) whose
 * word the collection does not hold, nor the glossary, synonyms or out-of-scope lists.
 */
export function namesUnknownTo(
  known: KnownWords,
  question: string,
  index: { has(term: string): boolean },
): string[] {
  const { analyzer, knownWords } = known;
  const out: string[] = [];
  // A remark in brackets is beside the question ("(vi fik kage, Lone havde fødselsdag)"): a name
  // there is someone in the story, not a thing the documents would have to know.
  const withoutAsides = question.replace(ASIDE, ' ');
  for (const sentence of withoutAsides.split(/(?<=[.!?:;])\s+|\n+|\s[–-]\s/u)) {
    const words = [...sentence.matchAll(/[\p{L}][\p{L}'’]*/gu)];
    words.forEach(({ 0: word, index: at }, i) => {
      if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(word)) return;
      const before = sentence.slice(Math.max(0, at - ORIGIN_REACH), at);
      if (WHO_ASKS_BEFORE.some((r) => r.test(before)) || PERSON_NOUN_BEFORE.test(before)) return;
      if (SPEAKER_AFTER.test(sentence.slice(at + word.length))) return;
      if (isUnknownWord(known, word.toLowerCase().replace(/['’]s?$/u, ''), index)) out.push(word);
    });
  }
  // A named school or daycare typed in lower case ("på brændgårdskolen"): a place, not a kind.
  for (const m of question.toLowerCase().matchAll(NAMED_PLACE_IN_LOWER_CASE)) {
    if (INSTITUTION_KIND.test(m[1])) continue;
    const own = analyzer.wordTerms(m[1])[0];
    if (own !== undefined && !index.has(own.term) && !knownWords.has(m[1])) out.push(m[1]);
  }
  for (const m of question.toLowerCase().matchAll(NAME_BEFORE_INSTITUTION)) {
    const word = m[1];
    if (isUnknownWord(known, word, index) && !out.some((w) => w.toLowerCase() === word)) out.push(word);
  }
  return out;
}

/**
 * Whether a lower-cased word names something none of the collection, the glossary, the synonyms or
 * the out-of-scope lists know, and is no nationality, weekday or kind of institution either.
 */
function isUnknownWord(known: KnownWords, lower: string, index: { has(term: string): boolean }): boolean {
  const { analyzer, englishWords, knownWords, lexiconTerms } = known;
  if (englishWords.has(lower) || knownWords.has(lower) || CAPITALISED_BUT_NO_NAME.some((r) => r.test(lower)))
    return false;
  const own = analyzer.wordTerms(lower)[0];
  return own !== undefined && !index.has(own.term) && !lexiconTerms.has(own.term);
}

/** "vores", "min egen", "our own" right before a word: the asker's own document. */
const OWN_DOCUMENT = /\b(?:vores|min|mit|mine|our|my)\s+(?:egen\s+|eget\s+|egne\s+|own\s+)?$/u;
const OWN_DOCUMENT_REACH = 20;

/** Plans and policies named by their kind whose word and parts the collection never uses ("klimaplan"). */
export function documentsUnknownTo(
  known: KnownWords,
  question: string,
  index: { has(term: string): boolean },
): string[] {
  const { analyzer, documentTerms } = known;
  const out: string[] = [];
  const lower = question.toLowerCase();
  for (const m of lower.matchAll(/[\p{L}]+/gu)) {
    const word = m[0];
    const kind = DOCUMENT_KIND.exec(word);
    if (kind === null || kind.index < DOCUMENT_NAME_MIN_PREFIX) continue;
    // The asker's own plan ("vores virksomhedsplan") is where the answer goes, not a document the
    // question is about.
    if (OWN_DOCUMENT.test(lower.slice(Math.max(0, m.index - OWN_DOCUMENT_REACH), m.index))) continue;
    if (analyzer.wordTerms(word).some((t) => index.has(t.term) || documentTerms.has(t.term))) continue;
    out.push(word);
  }
  return out;
}
