import type { Analyzer } from '../../text/analyzer';
import { createFramingStripper } from '../../text/framing';

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

/** A word or phrase of the editable lists with its full-weight terms. */
export interface Phrase {
  readonly text: string;
  readonly terms: readonly string[];
}

/** Words the editable lists and the glossary know, for telling names and documents the collection lacks. */
export interface KnownWords {
  readonly analyzer: Analyzer;
  readonly englishWords: ReadonlySet<string>;
  readonly knownWords: ReadonlySet<string>;
  readonly lexiconTerms: ReadonlySet<string>;
  /** Terms of the Danish lists alone (synonyms and out-of-scope topics), without the glossary. */
  readonly documentTerms: ReadonlySet<string>;
}

/** The lexical resources analysed once, as `compileResources` returns them. */
export type CompiledResources = ReturnType<typeof compileResources>;

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
  // Words of the editable lists: a name they hold ("Aarhus", "PALS") is known, not unknown. The
  // glossary's Danish side is left out: it says what an English name is called in Danish ("De
  // Utrolige År"), not that the documents know it.
  const knownWords = new Set(wordsOf([...resources.synonyms.flat(), ...topicWords]));
  const termsOf = (words: Iterable<string>) =>
    new Set([...words].flatMap((w) => analyzer.wordTerms(w).map((t) => t.term)));
  // A plan the glossary only translates to ("contingency plan" -> "beredskabsplan") is not known
  // by that: only the Danish lists (synonyms, out-of-scope topics) say a plan is one of ours or not.
  const documentTerms = termsOf(wordsOf([...resources.synonyms.flat(), ...topicWords]));
  return { analyzer, englishWords, knownWords, lexiconTerms: termsOf(knownWords), documentTerms };
}

/** The lexical resources analysed once: phrases as terms, and the words the lists know. */
export function compileResources(analyzer: Analyzer, resources: LexicalResources) {
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
    // A question's possessives are read as the word they hold ("children's" -> children); the
    // glossary's own phrases are read the same way, or "children's act" could never match.
    .map(([en, da]) => ({ en: phrase(en.replace(/(\p{L}+)['’]s\b/gu, '$1')), da: analyzer.analyse(da) }))
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
