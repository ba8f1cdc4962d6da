import type { Analyzer } from '../text/analyzer';
import { COMPOUND_PART_WEIGHT } from '../text/analyzer';
import {
  addDerivations,
  addVerbsOfUnheldNouns,
  addSynonyms,
  dedupe,
  indexGlossary,
  indexSynonyms,
  positionsOf,
  startDraft,
  translateEnglish,
} from './expansion/draft';
import {
  exampleTermsOf,
  indexOutOfScope,
  outOfScopeHitsIn,
  type OutOfScopeHit,
} from './expansion/questionSignals';
import { detectLanguage } from '../shared/language';
import { compileResources, type LexicalResources } from './expansion/resources';
import { rewriteQuestion, type QuestionReading } from './expansion/rewrite';
import { createVocabularyCaches, fixEnglishSpellingInDraft, fixSpellingInDraft } from './expansion/spelling';
import { documentsUnknownTo, namesUnknownTo } from './expansion/unknownNames';
import { neighbourAreasOf, neighbourDocumentsIn } from './neighbourAreas';
import type { QueryTerm } from './searchIndex';

export { EMPTY_RESOURCES, GENERAL_TOPIC, type LexicalResources } from './expansion/resources';
export { closest, editDistance } from './expansion/spelling';

export interface ExpandedQuery {
  readonly terms: readonly QueryTerm[];
  /** Positions with their primary terms (what the user asked for). */
  readonly positions: ReadonlyMap<number, readonly QueryTerm[]>;
  /** Out-of-scope phrases found in the question, with their terms. */
  readonly outOfScopeHits: readonly OutOfScopeHit[];
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
   * klassen"), and the figures of a claim put up for checking ("... ved 20 procent. Er det
   * rigtigt?"): they say what kind of answer is wanted, not words the answer must hold.
   */
  readonly exampleTerms?: ReadonlySet<string>;
}

/** A content word of the request framing ("politikken" in "hvad siger politikken om"). */
const CONTEXT_WEIGHT = 0.5;

/** What expansion reads of the search index: whether it holds a term, and its terms for spelling. */
type IndexVocabulary = { has(term: string): boolean; vocabularyList(): readonly string[] };

export interface QueryExpander {
  expand(question: string, vocabulary: IndexVocabulary, reading?: QuestionReading): ExpandedQuery;
}

export function createQueryExpander(analyzer: Analyzer, resources: LexicalResources): QueryExpander {
  const compiled = { ...compileResources(analyzer, resources), analyzer, glossaryWords: resources.glossary };
  const { synonymGroups, glossary, outOfScope, known } = compiled;
  const glossaryIndex = indexGlossary(glossary);
  const outOfScopeIndex = indexOutOfScope(outOfScope);
  const synonymIndex = indexSynonyms(synonymGroups);
  const vocabulary = createVocabularyCaches();
  // The glossary's English words, for mending a misspelt English word before translation.
  const englishTerms = new Set(glossary.flatMap((g) => g.en.terms));
  const english = { terms: englishTerms, list: [...englishTerms] };
  // One edit only: two edits from a glossary word is mostly another English word (planning, playing).
  const englishVocabulary = createVocabularyCaches(() => 1);
  const neighbourAreas = neighbourAreasOf([
    ...resources.outOfScope,
    ...Object.values(resources.outOfScopeTopics ?? {}).flat(),
  ]);

  function expand(
    rawQuestion: string,
    index: IndexVocabulary,
    reading: QuestionReading = 'focused',
  ): ExpandedQuery {
    if (reading === 'wholeMessage') {
      // Read whole, the story's capitalised words are mostly its people ("Hannes afskedsreception")
      // and its everyday words trip the out-of-scope lists ("frokost", "printeren"): only the focused
      // question (its asking sentences, and the sentence kept before a short one) says what the
      // documents lack.
      const focused = expandRead(rawQuestion, index, 'focused');
      return {
        ...expandRead(rawQuestion, index, 'wholeMessage'),
        outOfScopeHits: focused.outOfScopeHits,
        unknownNames: focused.unknownNames,
      };
    }
    return expandRead(rawQuestion, index, reading);
  }

  function expandRead(rawQuestion: string, index: IndexVocabulary, reading: QuestionReading): ExpandedQuery {
    const { text: question, context } = rewriteQuestion(compiled, rawQuestion, index, reading);
    const base = analyzer.analyse(question);
    const draft = startDraft(base);
    if (detectLanguage(question) === 'en') {
      const { nearestKnown: nearestEnglish } = englishVocabulary;
      fixEnglishSpellingInDraft(draft, base, index, english, vocabulary.nearestKnown, nearestEnglish);
    }
    translateEnglish(draft, glossary, glossaryIndex);
    fixSpellingInDraft(draft, base, index, vocabulary.nearestKnown);
    addSynonyms(draft, synonymGroups, synonymIndex);
    const families = vocabulary.familiesOf(index.vocabularyList());
    addVerbsOfUnheldNouns(draft, base, families, (term) => index.has(term));
    addDerivations(draft, base, families);
    const positions = positionsOf(draft, base);
    const terms = [...positions.values()].flat();
    // The framing's own content words join the search, weakly, at positions of their own: they
    // can lift the document they point at but are not part of what the answer must cover.
    context.forEach((term, i) => terms.push({ term, weight: CONTEXT_WEIGHT, position: -1 - i }));
    return {
      terms: dedupe(terms),
      positions,
      outOfScopeHits: outOfScopeHitsIn(
        analyzer,
        outOfScope,
        question,
        base,
        outOfScopeIndex,
        draft.translated,
      ),
      text: question,
      context,
      unknownNames: namesUnknownTo(known, question, index),
      unknownDocuments: [
        ...documentsUnknownTo(known, question, index),
        ...neighbourDocumentsIn(question, neighbourAreas),
      ],
      exampleTerms: exampleTermsOf(analyzer, question, rawQuestion),
    };
  }

  return { expand };
}

export { COMPOUND_PART_WEIGHT };
