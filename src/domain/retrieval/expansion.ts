import type { Analyzer } from '../text/analyzer';
import { COMPOUND_PART_WEIGHT } from '../text/analyzer';
import { asciiDanishVariant, derivationFamilies, derivationRoot } from '../text/derivation';
import { createFramingStripper, startsWithQuestionWord, type FramingStripper } from '../text/framing';
import { definedTerm } from './answerType';
import type { QueryTerm } from './searchIndex';

/** Editable lexical resources (config/synonyms.yaml, config/glossary.yaml, config/questions.yaml). */
export interface LexicalResources {
  /** Groups of Danish words or phrases that mean the same here (abbreviations included). */
  readonly synonyms: readonly (readonly string[])[];
  /** English word or phrase -> Danish word or phrase. */
  readonly glossary: Readonly<Record<string, string>>;
  /** Words or phrases of topics the knowledge base never covers (holidays, passwords, ...). */
  readonly outOfScope: readonly string[];
  /** The same, grouped by the topic that says who would know (pay, holidays, otherMunicipality ...). */
  readonly outOfScopeTopics?: Readonly<Record<string, readonly string[]>>;
  /** Request framing cut from a question before ranking ("står der noget om", "can you tell me"). */
  readonly framing?: readonly string[];
}

export const EMPTY_RESOURCES: LexicalResources = { synonyms: [], glossary: {}, outOfScope: [] };

/** Topic of out-of-scope words listed without one. */
export const GENERAL_TOPIC = 'general';

export interface ExpandedQuery {
  readonly terms: readonly QueryTerm[];
  /** Positions with their primary terms (what the user asked for). */
  readonly positions: ReadonlyMap<number, readonly QueryTerm[]>;
  /** Out-of-scope phrases found in the question, with their terms. */
  readonly outOfScopeHits: readonly {
    readonly text: string;
    readonly terms: readonly string[];
    readonly topic: string;
  }[];
  /** The question as ranked: request framing cut out, ASCII-typed Danish letters restored. */
  readonly text: string;
  /** Terms of content words in the framing ("politikken"): which document is meant, at most. */
  readonly context: readonly string[];
  /**
   * Proper names in the question that the collection never mentions ("Lindbjergskolen",
   * "Gullestrup Børnehave", "Sunds"): a question about a named school, place or person the
   * documents do not know is not answered by what they say in general.
   */
  readonly unknownNames: readonly string[];
  /**
   * Documents the question names by a kind the collection knows ("klimaplan", "antimobbestrategi",
   * "beredskabsplanen") whose whole word, and every part of it, the collection never uses: another
   * administration's plan or policy, not one of these documents.
   */
  readonly unknownDocuments: readonly string[];
  /**
   * Terms the question gives only as examples ("uro" in "hvad arbejder skolerne med, fx uro i
   * klassen"): they say what kind of answer is wanted, not words the answer must hold.
   */
  readonly exampleTerms?: ReadonlySet<string>;
}

/** "fx uro i klassen", "for example classroom management": a clause of examples, to its end. */
const EXAMPLE_CLAUSE =
  /(?:\bfx\b|\bf\.\s?eks\.?|\bfor eksempel\b|\beksempelvis\b|\bsom fx\b|\bfor example\b|\bfor instance\b|\be\.g\.|\bsuch as\b|\blike\b)([^.?!;:–—]*)/giu;

/** Terms only the example clauses hold (a word also asked outside them stays asked). */
function exampleTermsOf(analyzer: Analyzer, question: string): ReadonlySet<string> | undefined {
  const clauses = [...question.matchAll(EXAMPLE_CLAUSE)].map((m) => m[1]);
  if (clauses.length === 0) return undefined;
  const rest = question.replace(EXAMPLE_CLAUSE, ' ');
  const asked = new Set(analyzer.analyse(rest).map((t) => t.term));
  const out = new Set<string>();
  for (const clause of clauses)
    for (const t of analyzer.analyse(clause)) if (!asked.has(t.term)) out.add(t.term);
  return out.size > 0 ? out : undefined;
}

/** Words that name a kind of document: the last part of "klimaplan", "antimobbestrategien". */
const DOCUMENT_KIND = /(?:politik|strategi|plan|retningslinje|vejledning|handleplan)(?:en|er|erne|ens|ne)?$/u;
/** Least length of what comes before the document kind ("mobil" in "mobilpolitik"). */
const DOCUMENT_NAME_MIN_PREFIX = 3;

const SYNONYM_WEIGHT = 0.85;
const FUZZY_WEIGHT = 0.8;
/** A content word of the request framing ("politikken" in "hvad siger politikken om"). */
const CONTEXT_WEIGHT = 0.5;
/** An English word next to its Danish translation. */
const TRANSLATED_SOURCE_WEIGHT = 0.5;
/** A word of the same family in another word class (trives for trivsel). */
const DERIVATION_WEIGHT = 0.75;
/** A question sentence with fewer content words than this keeps the sentence before it. */
const QUESTION_FOCUS_MIN_TERMS = 3;

interface Phrase {
  readonly text: string;
  readonly terms: readonly string[];
}

export interface QueryExpander {
  expand(
    question: string,
    vocabulary: { has(term: string): boolean; vocabularyList(): readonly string[] },
  ): ExpandedQuery;
}

/**
 * A proper name in the out-of-scope lists ("Aarhus", "Vejen") matches only as the word itself or
 * its genitive, never by its stem or inside a compound: "vejer" is not the municipality Vejen.
 */
function properName(text: string): string[] | undefined {
  if (!/^\p{Lu}/u.test(text) || /\s/.test(text)) return undefined;
  const lower = text.toLowerCase();
  return [lower, `${lower}s`];
}

/** Lower-cased words of list entries ("Herningmodel Skole" -> herningmodel, skole). */
function wordsOf(entries: readonly string[]): string[] {
  return entries.flatMap((w) => w.toLowerCase().split(/[^\p{L}]+/u));
}

/** The words the editable lists know, and their terms, for telling names and documents the collection lacks. */
function knownWordsOf(analyzer: Analyzer, resources: LexicalResources): KnownWords {
  const topicWords = [...resources.outOfScope, ...Object.values(resources.outOfScopeTopics ?? {}).flat()];
  const englishWords = new Set(wordsOf(Object.keys(resources.glossary)));
  // Words of the editable lists: a name they hold ("Aarhus", "PALS") is known, not unknown.
  const knownWords = new Set(
    wordsOf([...resources.synonyms.flat(), ...Object.values(resources.glossary), ...topicWords]),
  );
  const termsOf = (words: Iterable<string>) =>
    new Set([...words].flatMap((w) => analyzer.wordTerms(w).map((t) => t.term)));
  // A plan the glossary only translates to ("contingency plan" -> "beredskabsplan") is not known
  // by that: only the Danish lists (synonyms, out-of-scope topics) say a plan is one of ours or not.
  const documentTerms = termsOf(wordsOf([...resources.synonyms.flat(), ...topicWords]));
  return { analyzer, englishWords, knownWords, lexiconTerms: termsOf(knownWords), documentTerms };
}

/** The lexical resources analysed once: phrases as terms, and the words the lists know. */
function compileResources(analyzer: Analyzer, resources: LexicalResources) {
  const phrase = (text: string): Phrase => ({
    text,
    terms: [
      ...new Set(
        analyzer
          .analyse(text)
          .filter((t) => t.weight === 1)
          .map((t) => t.term),
      ),
    ],
  });
  const synonymGroups = resources.synonyms.map((g) => g.map(phrase).filter((p) => p.terms.length > 0));
  const glossary = Object.entries(resources.glossary)
    .map(([en, da]) => ({ en: phrase(en), da: analyzer.analyse(da) }))
    .filter((g) => g.en.terms.length > 0)
    .sort((a, b) => b.en.terms.length - a.en.terms.length);
  const outOfScope = [
    ...resources.outOfScope.map((text) => ({
      ...phrase(text),
      topic: GENERAL_TOPIC,
      name: properName(text),
    })),
    ...Object.entries(resources.outOfScopeTopics ?? {}).flatMap(([topic, list]) =>
      list.map((text) => ({ ...phrase(text), topic, name: properName(text) })),
    ),
  ].filter((p) => p.terms.length > 0);
  const framing = createFramingStripper(resources.framing ?? []);
  const known = knownWordsOf(analyzer, resources);
  const englishWords = known.englishWords;
  return { synonymGroups, glossary, outOfScope, framing, englishWords, known };
}

interface RewriteResources {
  readonly analyzer: Analyzer;
  readonly known: KnownWords;
  readonly framing: ReturnType<typeof compileResources>['framing'];
  readonly englishWords: ReadonlySet<string>;
  readonly glossaryWords: LexicalResources['glossary'];
}

/** Framing cut out (unless nothing would be left), and "boern" read as "børn" when only that is known. */
function rewriteQuestion(
  r: RewriteResources,
  question: string,
  index: { has(term: string): boolean },
): { text: string; context: string[] } {
  // English possessives ("children's") read as the glossary word they hold.
  const plain = question.replace(/([\p{L}]+)['’]s\b/gu, (whole, word: string) =>
    r.englishWords.has(word.toLowerCase()) ? word : whole,
  );
  const stripped = withoutDefinitionClause(r.framing.strip(questionFocus(r.analyzer, r.framing, plain)));
  const useStripped = r.analyzer.analyse(stripped).some((t) => t.weight === 1);
  const text = useStripped ? stripped : plain;
  const context = useStripped ? framingContext(r, plain, stripped, index) : [];
  return {
    text: /ae|oe|aa/i.test(text) ? readAsciiDanish(r.analyzer, r.known.lexiconTerms, text, index) : text,
    context,
  };
}

/**
 * "hvad er det der Herningmodel som alle snakker om her på skolen": a question about what a term
 * is asks about the term; the clause after it says why the writer asks ("skolen" there would pull
 * the answer towards Herningmodel Skole).
 */
function withoutDefinitionClause(question: string): string {
  const term = definedTerm(question);
  if (term === undefined) return question;
  const asked = question.replace(/^[^\p{L}]+/u, '').replace(/\?\s*$/u, '');
  const opening = /^(\S+\s+\S+)/u.exec(asked)?.[1] ?? '';
  const kept = `${opening} ${term}`;
  return kept.length < asked.length ? kept : question;
}

/**
 * Content words the framing held ("politikken" in "hvad siger politikken om ..."): not what the
 * answer must cover, but a hint at which document is meant. English words via the glossary.
 */
function framingContext(
  r: RewriteResources,
  plain: string,
  kept: string,
  index: { has(term: string): boolean },
): string[] {
  if (plain === kept) return [];
  const keptWords = new Set(kept.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const out = new Set<string>();
  for (const word of plain.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '' || keptWords.has(word)) continue;
    const danish = r.glossaryWords[word] ?? word;
    for (const t of r.analyzer.analyse(danish)) if (t.weight === 1 && index.has(t.term)) out.add(t.term);
  }
  return [...out];
}

/**
 * A word typed with ae/oe/aa reads as its æ/ø/å form when only that form is known: to the
 * collection, to the editable lists (an out-of-scope "måltid" inside "frokostmaaltidet") or as a
 * stop word ("hvornaar", "maa"). A word neither form of which is known still has its "aa" read as
 * "å" ("aarsagen", "traadte"): Danish words hardly hold "aa" otherwise, and names the lists know
 * ("Aarhus") are kept. "ae" and "oe" stay unless the other form is known ("does", "poesi").
 */
function readAsciiDanish(
  analyzer: Analyzer,
  known: ReadonlySet<string>,
  text: string,
  index: { has(term: string): boolean },
): string {
  const knownTerm = (t: { term: string }) => index.has(t.term) || known.has(t.term);
  return text.replace(/[\p{L}]+/gu, (word) => {
    const lower = word.toLowerCase();
    const variant = asciiDanishVariant(lower);
    if (!variant) return word;
    const own = analyzer.wordTerms(lower);
    if (own.length === 0 || knownTerm(own[0])) return word;
    const fixed = analyzer.wordTerms(variant);
    if (fixed.length === 0 || fixed.some(knownTerm)) return variant;
    const onlyAa = lower.replace(/aa/g, 'å');
    return onlyAa !== lower && !/^\p{Lu}/u.test(word) ? onlyAa : word;
  });
}

/**
 * A word after "over", "via", "pr." or "by" names the means of what is asked ("underrette mundtligt
 * over telefonen", "report by phone"), not the topic: a question about reporting is not an IT
 * question because it mentions the telephone.
 */
const MEANS = /\b(?:over|via|pr\.?|per|by)\s+(?:the\s+|a\s+)?([\p{L}-]+)/gu;

function meansTerms(analyzer: Analyzer, question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.toLowerCase().matchAll(MEANS))
    for (const t of analyzer.analyse(m[1])) out.add(t.term);
  return out;
}

/** Out-of-scope phrases in the question; compound parts count ("sommerferien" is about "ferie"). */
function outOfScopeHitsIn(
  analyzer: Analyzer,
  outOfScope: ReturnType<typeof compileResources>['outOfScope'],
  question: string,
  base: readonly QueryTerm[],
): ExpandedQuery['outOfScopeHits'] {
  const means = meansTerms(analyzer, question);
  const everyTerm = new Set(base.map((t) => t.term).filter((t) => !means.has(t)));
  const words = new Set(question.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  return outOfScope.filter((p) =>
    p.name ? p.name.some((form) => words.has(form)) : allIn(p.terms, everyTerm),
  );
}

export function createQueryExpander(analyzer: Analyzer, resources: LexicalResources): QueryExpander {
  const compiled = { ...compileResources(analyzer, resources), analyzer, glossaryWords: resources.glossary };
  const { synonymGroups, glossary, outOfScope, known } = compiled;
  const vocabulary = createVocabularyCaches();

  function expand(
    rawQuestion: string,
    index: { has(term: string): boolean; vocabularyList(): readonly string[] },
  ): ExpandedQuery {
    const { text: question, context } = rewriteQuestion(compiled, rawQuestion, index);
    const base = analyzer.analyse(question);
    const draft = startDraft(base);
    translateEnglish(draft, glossary);
    addSynonyms(draft, synonymGroups);
    addDerivations(draft, base, vocabulary.familiesOf(index.vocabularyList()));
    const positions = positionsOf(draft, base);
    addSpellingFixes(positions, index, vocabulary.nearestKnown);
    const terms = [...positions.values()].flat();
    // The framing's own content words join the search, weakly, at positions of their own: they
    // can lift the document they point at but are not part of what the answer must cover.
    context.forEach((term, i) => terms.push({ term, weight: CONTEXT_WEIGHT, position: -1 - i }));
    return {
      terms: dedupe(terms),
      positions,
      outOfScopeHits: outOfScopeHitsIn(analyzer, outOfScope, question, base),
      text: question,
      context,
      unknownNames: namesUnknownTo(known, question, index),
      unknownDocuments: documentsUnknownTo(known, question, index),
      exampleTerms: exampleTermsOf(analyzer, question),
    };
  }

  return { expand };
}

/** Fuzzy matching for misspelt words that the collection does not know. */
function addSpellingFixes(
  positions: Map<number, QueryTerm[]>,
  index: { has(term: string): boolean; vocabularyList(): readonly string[] },
  nearestKnown: (term: string, vocab: readonly string[]) => string | undefined,
): void {
  for (const [pos, list] of positions) {
    if (list.some((t) => index.has(t.term))) continue;
    const primary = list.find((t) => t.weight === 1);
    if (!primary || primary.term.length < 5) continue;
    const near = nearestKnown(primary.term, index.vocabularyList());
    if (near) list.push({ term: near, weight: FUZZY_WEIGHT, position: pos });
  }
}

/**
 * What the expander derives from the collection's vocabulary, kept while it stays the same (the
 * index hands out a new list whenever the collection changes): word families, and the spelling
 * fixes found so far, so a repeated misspelling costs one lookup.
 */
function createVocabularyCaches() {
  let familiesFor: readonly string[] | undefined;
  let familyMap = new Map<string, string[]>();
  let fuzzyFor: readonly string[] | undefined;
  const fuzzy = new Map<string, string | null>();
  return {
    familiesOf(vocab: readonly string[]): Map<string, string[]> {
      if (familiesFor !== vocab) {
        familyMap = derivationFamilies(vocab);
        familiesFor = vocab;
      }
      return familyMap;
    },
    nearestKnown(term: string, vocab: readonly string[]): string | undefined {
      if (fuzzyFor !== vocab) {
        fuzzy.clear();
        fuzzyFor = vocab;
      }
      let near = fuzzy.get(term);
      if (near === undefined) {
        near = closest(term, vocab, term.length >= 8 ? 2 : 1) ?? null;
        if (fuzzy.size > 10_000) fuzzy.clear();
        fuzzy.set(term, near);
      }
      return near ?? undefined;
    },
  };
}

/** Words the editable lists and the glossary know, for telling names and documents the collection lacks. */
interface KnownWords {
  readonly analyzer: Analyzer;
  readonly englishWords: ReadonlySet<string>;
  readonly knownWords: ReadonlySet<string>;
  readonly lexiconTerms: ReadonlySet<string>;
  /** Terms of the Danish lists alone (synonyms and out-of-scope topics), without the glossary. */
  readonly documentTerms: ReadonlySet<string>;
}

/**
 * A question told inside a story ("we are presenting to the parents' board on Tuesday ... who
 * wrote the strategy? there is cake afterwards"): the sentences that ask are what must be
 * answered; the rest is noise that dilutes the search and can trip the out-of-scope words.
 * A short question ("what do the rules say?") keeps the sentence before it, which holds its subject.
 */
function questionFocus(analyzer: Analyzer, framing: FramingStripper, text: string): string {
  const sentences = text
    .split(/(?<=[.!?:])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (sentences.length < 2) return text;
  const kept = new Set<number>();
  const keep = (i: number) => {
    kept.add(i);
    const content = analyzer.analyse(framing.strip(sentences[i])).filter((t) => t.weight === 1).length;
    if (content < QUESTION_FOCUS_MIN_TERMS && i > 0) kept.add(i - 1);
  };
  sentences.forEach((sentence, i) => {
    if (sentence.endsWith('?')) keep(i);
  });
  // Typed without a question mark, the question is the last sentence when a question word opens it.
  const last = sentences.length - 1;
  if (kept.size === 0 && startsWithQuestionWord(sentences[last])) keep(last);
  if (kept.size === 0) return text;
  return [...kept]
    .sort((a, b) => a - b)
    .map((i) => sentences[i])
    .join(' ');
}

/**
 * Capitalised words inside a sentence (not its first word, not an abbreviation such as PPR) whose
 * word the collection does not hold, nor the glossary, synonyms or out-of-scope lists.
 */
function namesUnknownTo(
  known: KnownWords,
  question: string,
  index: { has(term: string): boolean },
): string[] {
  const { analyzer, englishWords, knownWords, lexiconTerms } = known;
  const out: string[] = [];
  for (const sentence of question.split(/(?<=[.!?:;])\s+|\n+|\s[–-]\s/u)) {
    const words = sentence.match(/[\p{L}][\p{L}'’]*/gu) ?? [];
    words.forEach((word, i) => {
      if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(word)) return;
      const lower = word.toLowerCase().replace(/['’]s?$/u, '');
      if (englishWords.has(lower) || knownWords.has(lower)) return;
      const own = analyzer.wordTerms(lower)[0];
      if (own === undefined || index.has(own.term) || lexiconTerms.has(own.term)) return;
      out.push(word);
    });
  }
  return out;
}

/** Plans and policies named by their kind whose word and parts the collection never uses ("klimaplan"). */
function documentsUnknownTo(
  known: KnownWords,
  question: string,
  index: { has(term: string): boolean },
): string[] {
  const { analyzer, documentTerms } = known;
  const out: string[] = [];
  for (const word of question.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    const kind = DOCUMENT_KIND.exec(word);
    if (kind === null || kind.index < DOCUMENT_NAME_MIN_PREFIX) continue;
    if (analyzer.wordTerms(word).some((t) => index.has(t.term) || documentTerms.has(t.term))) continue;
    out.push(word);
  }
  return out;
}

/**
 * A question's terms while they are expanded: the position of each of its own words, positions
 * merged into one (a phrase is one concept), the added terms, and the English words translated.
 */
interface Draft {
  readonly positionOf: Map<string, number>;
  readonly remap: Map<number, number>;
  readonly extra: QueryTerm[];
  readonly translated: Set<string>;
}

function startDraft(base: readonly QueryTerm[]): Draft {
  const positionOf = new Map<string, number>();
  for (const t of base) if (t.weight === 1 && !positionOf.has(t.term)) positionOf.set(t.term, t.position);
  return { positionOf, remap: new Map(), extra: [], translated: new Set() };
}

/** The position of a phrase the question holds (its first word's), merging the others into it. */
function matchPhrase(draft: Draft, p: Phrase): number | undefined {
  // Plain loops over precomputed phrases (no closure or array per phrase): a question is
  // checked against every synonym and glossary phrase.
  if (!allIn(p.terms, draft.positionOf)) return undefined;
  let first = Infinity;
  for (const t of p.terms) first = Math.min(first, draft.positionOf.get(t) as number);
  for (const t of p.terms) {
    const pos = draft.positionOf.get(t) as number;
    if (pos !== first) draft.remap.set(pos, first);
  }
  return first;
}

/**
 * Danish terms for the glossary's English phrases. The English words translated are remembered:
 * their Danish look-alikes ("time" is an hour in Danish) must not outweigh the translation.
 */
function translateEnglish(
  draft: Draft,
  glossary: readonly { en: Phrase; da: readonly { term: string; weight: number }[] }[],
): void {
  for (const g of glossary) {
    const pos = matchPhrase(draft, g.en);
    if (pos === undefined) continue;
    for (const t of g.da) draft.extra.push({ term: t.term, weight: t.weight, position: pos });
    for (const t of g.en.terms) if (!g.da.some((d) => d.term === t)) draft.translated.add(t);
  }
}

/** The other phrases of every synonym group the question (or its translation) names. */
function addSynonyms(draft: Draft, synonymGroups: readonly (readonly Phrase[])[]): void {
  const { positionOf, remap, extra } = draft;
  const expandedTerms =
    extra.length > 0 ? new Set([...positionOf.keys(), ...extra.map((e) => e.term)]) : positionOf;
  for (const group of synonymGroups) {
    // Every phrase of the group the question holds is one concept: "gribe ind tidligt, før
    // problemerne vokser" asks once about early help, not four times about four words.
    let pos: number | undefined;
    const found = new Set<Phrase>();
    const held: number[] = [];
    for (const p of group) {
      if (allIn(p.terms, positionOf)) {
        found.add(p);
        for (const t of p.terms) held.push(positionOf.get(t) as number);
      } else if (
        held.length === 0 &&
        pos === undefined &&
        extra.length > 0 &&
        allIn(p.terms, expandedTerms)
      ) {
        // A translated English word names the phrase: its Danish terms sit at the English position.
        for (const e of extra) {
          if (p.terms.includes(e.term)) {
            pos = e.position;
            found.add(p);
            break;
          }
        }
      }
    }
    if (held.length > 0) {
      pos = Math.min(...held);
      for (const at of held) if (at !== pos) remap.set(at, pos);
    }
    if (pos === undefined) continue;
    for (const other of group) {
      if (found.has(other)) continue;
      for (const term of other.terms)
        extra.push({ term, weight: SYNONYM_WEIGHT / other.terms.length ** 0.5, position: pos });
    }
  }
}

/** Other word classes of the same family the collection holds (trivsel -> trives). */
function addDerivations(
  draft: Draft,
  base: readonly QueryTerm[],
  families: ReadonlyMap<string, string[]>,
): void {
  for (const t of base) {
    if (t.weight !== 1) continue;
    const family = families.get(derivationRoot(t.term));
    if (!family) continue;
    for (const member of family) {
      if (member !== t.term)
        draft.extra.push({ term: member, weight: DERIVATION_WEIGHT, position: t.position });
    }
  }
}

/** The question's and the added terms by (merged) position; translated English words count less. */
function positionsOf(draft: Draft, base: readonly QueryTerm[]): Map<number, QueryTerm[]> {
  const positions = new Map<number, QueryTerm[]>();
  for (const t of [...base, ...draft.extra]) {
    const term: QueryTerm = {
      term: t.term,
      weight:
        draft.translated.has(t.term) && base.includes(t) ? t.weight * TRANSLATED_SOURCE_WEIGHT : t.weight,
      position: draft.remap.get(t.position) ?? t.position,
    };
    const list = positions.get(term.position);
    if (list) list.push(term);
    else positions.set(term.position, [term]);
  }
  return positions;
}

function allIn(terms: readonly string[], set: { has(term: string): boolean }): boolean {
  for (const t of terms) if (!set.has(t)) return false;
  return true;
}

/** One term per position and term (the highest weight), first occurrence order. */
function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const t of terms) {
    let i = 0;
    while (i < out.length && (out[i].position !== t.position || out[i].term !== t.term)) i++;
    if (i === out.length) out.push(t);
    else if (out[i].weight < t.weight) out[i] = t;
  }
  return out;
}

/** The vocabulary term closest to `word` within `maxDistance` edits (ties: the first found). */
export function closest(
  word: string,
  vocabulary: readonly string[],
  maxDistance: number,
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const v of vocabulary) {
    if (Math.abs(v.length - word.length) > maxDistance || v.length < 4) continue;
    if (v[0] !== word[0]) continue;
    const d = editDistance(word, v, bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = v;
    }
  }
  return best;
}

// Rows of the distance table, reused across calls (no allocation per comparison).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance, abandoned early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (rowA.length < m + 1) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) {
    prev2[j] = 0;
    prev[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m];
}

export { COMPOUND_PART_WEIGHT };
