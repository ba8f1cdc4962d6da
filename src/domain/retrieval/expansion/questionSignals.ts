import type { Analyzer } from '../../text/analyzer';
import type { QueryTerm } from '../searchIndex';
import { allIn } from './draft';
import type { CompiledResources } from './resources';

/** An out-of-scope phrase found in a question, with its terms and the topic that says who would know. */
export interface OutOfScopeHit {
  readonly text: string;
  readonly terms: readonly string[];
  readonly topic: string;
}

/** "fx uro i klassen", "for example classroom management": a clause of examples, to its end. */
const EXAMPLE_CLAUSE =
  /(?:\bfx\b|\bf\.\s?eks\.?|\bfor eksempel\b|\beksempelvis\b|\bsom fx\b|\bfor example\b|\bfor instance\b|\be\.g\.|\bsuch as\b|\blike\b)([^.?!;:–—]*)/giu;

/** Terms said only inside the pattern's first group: a word also asked outside it stays asked. */
function termsOnlyIn(analyzer: Analyzer, question: string, clause: RegExp): Set<string> {
  const inside = [...question.matchAll(clause)].map((m) => m[1]);
  const out = new Set<string>();
  if (inside.length === 0) return out;
  const asked = new Set(analyzer.analyse(question.replace(clause, ' ')).map((t) => t.term));
  for (const part of inside) for (const t of analyzer.analyse(part)) if (!asked.has(t.term)) out.add(t.term);
  return out;
}

/**
 * "En kollega siger, at skolen først underretter ved 20 procent. Er det rigtigt?": a claim put up
 * for checking. Its figures are what is checked, not words the answer must hold: the text that
 * corrects it states another figure ("15 procent").
 */
const CLAIM_CHECK =
  /\b(?:er det (?:rigtigt|sandt|korrekt|rigtig)|passer det|stemmer det|har (?:hun|han|de) ret|is (?:that|this|it) (?:right|true|correct)|am i right)\b/iu;
const FIGURE =
  /\b\d+(?:[.,]\d+)?\b|\b(?:to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|tredive|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\b|\bprocent\b|\bper cent\b|\bpercent\b/giu;

function claimFigureTerms(analyzer: Analyzer, question: string): Set<string> {
  const out = new Set<string>();
  if (!CLAIM_CHECK.test(question)) return out;
  for (const m of question.matchAll(FIGURE)) for (const t of analyzer.analyse(m[0])) out.add(t.term);
  return out;
}

/** Terms only the example clauses hold (a word also asked outside them stays asked). */
export function exampleTermsOf(
  analyzer: Analyzer,
  question: string,
  asked = question,
): ReadonlySet<string> | undefined {
  const terms = termsOnlyIn(analyzer, question, EXAMPLE_CLAUSE);
  // The figures of a claim put up for checking count as little as examples (read on the question as
  // asked: the framing cut may have taken "er det rigtigt" with it).
  for (const t of claimFigureTerms(analyzer, asked)) terms.add(t);
  return terms.size > 0 ? terms : undefined;
}

/**
 * A word after "over", "via", "pr." or "by" names the means of what is asked ("underrette mundtligt
 * over telefonen", "report by phone"), not the topic: a question about reporting is not an IT
 * question because it mentions the telephone.
 */
const MEANS = /\b(?:over|via|pr\.?|per|by)\s+(?:the\s+|a\s+)?([\p{L}-]+)/gu;

/**
 * Opening hours named as the time of what is asked ("barn i fare efter lukketid, hvem ringer jeg
 * til", "outside opening hours") date the question; they do not make it one about opening hours.
 */
const TIME_OF_DAY =
  /\b(?:efter|før|inden|udenfor|uden\s+for|after|before|outside(?:\s+of)?)\s+(?:the\s+)?((?:åbnings|lukke|kontor)tid(?:en|er|erne)?|(?:closing|opening|office)\s+(?:time|hours))\b/gu;

/**
 * Where the asker works, said before the question ("Jeg er tandplejer i den kommunale
 * børnetandpleje.", "Tandplejer her.", "I work in the children's dental service."): who asks, not
 * what is asked about. Only a told clause, up to "og", "men" or a comma ("Jeg er lærer og har et
 * spørgsmål om vaccinationer" still asks about vaccinations); a question keeps its words.
 */
const WHO_ASKS =
  /(?:^|[.!?]\s+)(?:(?:jeg\s+er|vi\s+er|jeg\s+arbejder\s+(?:som|i|på)|i\s+am|i'm|i\s+work\s+(?:as|in|at|for))\s+(?!(?:i|på|ikke|lidt|meget|usikker|bange|bekymret|glad|ked|træt|sikker|not|worried|unsure|afraid|sure|wondering)\s)([^.!?,]{1,80}?)(?=\s*[.!,]|\s+(?:og|and|men|but)\s)|([\p{L}-]+)\s+her[.!])/gu;

/** "gælder pligten også for os i tandplejen", "for us in the dental service": the asker's workplace. */
const OUR_WORKPLACE =
  /\b(?:for|hos)\s+os\s+(?:her\s+)?(?:i|på)\s+([\p{L}-]+)|\bfor\s+us\s+(?:in|at)\s+(?:the\s+)?([\p{L}-]+)/gu;

/**
 * Words that name the means or the time of what is asked, or who asks, not its topic (MEANS,
 * TIME_OF_DAY, WHO_ASKS, OUR_WORKPLACE).
 */
function incidentalTerms(analyzer: Analyzer, question: string): Set<string> {
  const out = new Set<string>();
  const lower = question.toLowerCase();
  for (const m of [...lower.matchAll(WHO_ASKS), ...lower.matchAll(OUR_WORKPLACE)])
    for (const t of analyzer.analyse(m[1] ?? m[2] ?? '')) out.add(t.term);
  for (const m of [...lower.matchAll(MEANS), ...lower.matchAll(TIME_OF_DAY)])
    for (const t of analyzer.analyse(m[1])) out.add(t.term);
  return out;
}

/**
 * Words said only in brackets are an aside ("på kursus (god frokost btw) sagde underviseren ..."):
 * they do not make the question one about lunch.
 */
export const ASIDE = /\(([^()]*)\)/gu;

/**
 * The out-of-scope phrases (by place) under each word that can make them match: a name under each
 * of its forms, any other phrase under its first term (it needs all of them), `always` for one
 * without terms. Built once per expander, so a question tries a few phrases instead of every one.
 */
export interface OutOfScopeIndex {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly byFirstTerm: ReadonlyMap<string, readonly number[]>;
  readonly always: readonly number[];
}

export function indexOutOfScope(outOfScope: CompiledResources['outOfScope']): OutOfScopeIndex {
  const byWord = new Map<string, number[]>();
  const byFirstTerm = new Map<string, number[]>();
  const always: number[] = [];
  const add = (map: Map<string, number[]>, key: string, i: number) =>
    map.set(key, [...(map.get(key) ?? []), i]);
  outOfScope.forEach((p, i) => {
    if (p.name) for (const form of new Set(p.name)) add(byWord, form, i);
    else if (p.terms.length > 0) add(byFirstTerm, p.terms[0], i);
    else always.push(i);
  });
  return { byWord, byFirstTerm, always };
}

/** Out-of-scope phrases in the question; compound parts count ("sommerferien" is about "ferie"). */
export function outOfScopeHitsIn(
  analyzer: Analyzer,
  outOfScope: CompiledResources['outOfScope'],
  question: string,
  base: readonly QueryTerm[],
  index: OutOfScopeIndex = indexOutOfScope(outOfScope),
  translated: ReadonlySet<string> = new Set(),
): readonly OutOfScopeHit[] {
  const incidental = incidentalTerms(analyzer, question);
  const aside = termsOnlyIn(analyzer, question, ASIDE);
  const everyTerm = new Set(base.map((t) => t.term).filter((t) => !incidental.has(t) && !aside.has(t)));
  // A place or document named in brackets is still named: "underretning (i Aarhus)".
  const words = new Set(question.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  const candidates = new Set(index.always);
  for (const word of words) for (const i of index.byWord.get(word) ?? []) candidates.add(i);
  for (const term of everyTerm) for (const i of index.byFirstTerm.get(term) ?? []) candidates.add(i);
  return [...candidates]
    .sort((a, b) => a - b)
    .map((i) => outOfScope[i])
    .filter((p) =>
      p.name
        ? p.name.some((form) => words.has(form))
        : allIn(p.terms, everyTerm) &&
          standTogether(p.terms, base) &&
          !englishLookAlike(p, translated, words),
    );
}

/**
 * An English word the glossary translated whose stem a Danish phrase shares ("skills" and
 * "skilles", divorce): the question named the translation, not the phrase. A phrase written as the
 * question writes it ("salary") still counts.
 */
function englishLookAlike(
  p: CompiledResources['outOfScope'][number],
  translated: ReadonlySet<string>,
  words: ReadonlySet<string>,
): boolean {
  return p.terms.length === 1 && translated.has(p.terms[0]!) && !words.has(p.text.toLowerCase());
}

/** Words a phrase's terms may have between them in a question ("melde mig syg", "book a room"). */
const PHRASE_GAP = 2;

/**
 * Whether a phrase's terms stand together in the question, as a phrase: "staff policy" is not
 * named by "... our English-speaking staff, I would like ... which acts the policy rests on".
 */
function standTogether(terms: readonly string[], base: readonly QueryTerm[]): boolean {
  if (terms.length < 2) return true;
  const at = terms.map((term) => base.filter((t) => t.term === term).map((t) => t.position));
  const [first, ...rest] = at;
  return first.some((start) =>
    rest.every((positions) => positions.some((p) => Math.abs(p - start) <= terms.length - 1 + PHRASE_GAP)),
  );
}
