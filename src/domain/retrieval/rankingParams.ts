/**
 * The ranking's tuning values in one place, in the spirit of MiniSearch's BM25Params. Each was set
 * on the own and blind dev questions; `npm run eval -- --sweep <name>=<v1,v2,...>` prints the dev
 * figures for other values (never the sealed set). Scores multiply, so a "boost" of 0.3 means up to
 * 30 % more, and a "share" is a fraction of the top candidate's value.
 */
export interface RankingParams {
  /** How much a word the collection does not know counts against coverage, relative to its rarest word. */
  readonly unknownWordShare: number;
  /**
   * The same for a shorter unknown word (stem under unknownTopicWordLength): more often the
   * writer's own everyday verb or adverb ("tror", "stadig", "paste") than a topic the documents lack.
   */
  readonly shortUnknownWordShare: number;
  /** Least need a question position has, so a very common word still counts a little. */
  readonly minPositionNeed: number;
  /** Expanded terms at or above this weight count as the question's own words (heading matches). */
  readonly strongTermWeight: number;
  /** Candidates the BM25F index hands to the rerank for an answer. */
  readonly candidatePool: number;
  /** Reranked candidates kept for an answer (citations, follow-ups and closest topics come from them). */
  readonly rerankedHits: number;
  /** Candidates whose headings are offered as closest topics when the engine abstains. */
  readonly closestTopicHits: number;
  /** Extra candidates fetched beyond the limit for the search box (`passages`). */
  readonly searchExtraCandidates: number;
  /**
   * The abstention threshold rises by this much for a question holding a compound with a part the
   * collection never uses ("forældresamtale", "lektiehjælp"): it names a topic beside one the
   * documents have, whereas a question that covers less in the documents' own words is mostly
   * told at length or in other framing.
   */
  readonly unknownWordThresholdLift: number;
  /** Least length (of its stem) at which an unknown word counts as naming a topic for that lift. */
  readonly unknownTopicWordLength: number;
  /** Confidence = coverage x (base + (1 - base) x dominance of the top hit over the second). */
  readonly confidenceBase: number;
  /**
   * A top section that holds this many of the question's topic words (see corroborationNeedShare)
   * is corroborated: out-of-scope questions share one word with the documents ("PPR", "underretning"),
   * answerable questions told at length share several, and only their coverage is low.
   */
  readonly corroboratingWords: number;
  /** A topic word's need is at least this share of the collection's rarest word's (idf). */
  readonly corroborationNeedShare: number;
  /**
   * ... and that the section covers by at least this share of its need: the word itself, a synonym
   * (0.85) or another word class (0.75), not a part of a compound (0.6).
   */
  readonly corroborationCoverShare: number;
  /**
   * A corroborated answer's confidence is multiplied by this: at 0.3 / 0.22 it passes the gate at
   * 0.22 instead of 0.3 (the dev and retired sets' out-of-scope questions hold at most two such
   * words below a confidence of 0.45).
   */
  readonly corroborationLift: number;
  /** Most passages an answer quotes. */
  readonly maxCitations: number;
  /** Most sentences in one quote (a list is quoted whole). */
  readonly maxUnits: number;
  /**
   * Most sentences of a section's opening paragraph quoted whole when the question asks only what
   * the headings name ("hvad vil byrådet" under "Byrådets mål"): the paragraph is the answer.
   */
  readonly wholeParagraphUnits: number;
  /** Share of rerank coverage that comes from the best single sentence rather than the whole section. */
  readonly passageShare: number;
  /** Rerank factor at zero coverage: score x (floor + (1 - floor) x coverage). */
  readonly coverageFloor: number;
  /** Rerank boost when every pair of neighbouring question words stands side by side in the text. */
  readonly proximityBoost: number;
  /** Rerank boost for a section whose own heading the question quotes word for word. */
  readonly headingQuoteBoost: number;
  /**
   * Rerank boost for a section whose own heading announces the kind of answer asked for ("Hvem
   * har været med" for "who drew up the strategy"): such a question's asking words are mostly stop
   * words, so the words alone lead to the section that repeats the topic instead.
   */
  readonly announcingHeadingBoost: number;
  /** Rerank boost when the question names every word of the section's own heading ... */
  readonly headingMatchBoost: number;
  /** ... raised to this power of the share named, so a partial match counts much less. */
  readonly headingMatchExponent: number;
  /**
   * Rerank factor for a section of a neighbouring policy (its title names an out-of-scope area,
   * such as "Sundhedspolitik"): it shares the words but is rarely what Børn og Unge staff ask about.
   */
  readonly neighbouringPolicyFactor: number;
  /**
   * A question whose best own section scores under this share of a neighbouring policy's best
   * section is about that policy's area and is abstained (neighbouring sections are never quoted).
   */
  readonly neighbourLeadShare: number;
  /**
   * Rerank boost, for a question that asks what a term is ("hvad er Herningmodellen"), for a
   * section with a sentence that defines it ("Herningmodellen er kommunens måde ..."), over one
   * that only names it ("Herningmodellen samler fire dele").
   */
  readonly definitionBoost: number;
  /**
   * Rerank boost, for a question about what a written thing must hold ("hvad skal en underretning
   * indeholde"), for a section that tells how to write it ("Sådan ...", "Beskriv konkret ...").
   */
  readonly contentSectionBoost: number;
  /** Rerank factor for a document's first (overview) section. */
  readonly overviewBoost: number;
  /** How much a sentence of the answer's type (a year for "hvornår") gains when choosing the quote. */
  readonly typeBoost: number;
  /** Base of a typed sentence's score: typed x (base + its own coverage). */
  readonly typedUnitBase: number;
  /** A runner-up section close enough to the top one to give the typed sentence ("hvornår" -> a year). */
  readonly runnerUpShare: number;
  /**
   * Share of the question a sentence with a year must cover to answer "hvilket år" ("fra 2018" in a
   * sentence about the policy asked for, not in one that only shares a word with the question).
   */
  readonly yearSentenceCoverage: number;
  /**
   * How much more of the question a lower-ranked section's typed sentence must hold to go first
   * instead of a better-ranked section's ("tavshedspligt hvilken lov": the sentence that names the
   * law beside "tavshedspligt" over one that only shares "lov").
   */
  readonly typedSentenceMargin: number;
  /** A list item's sentence score factor when choosing the quote (a lead-in wins over one item). */
  readonly listItemFactor: number;
  /** A list lead-in's sentence score factor ("Det gør vi ved at:"). */
  readonly listLeadFactor: number;
  /** A following sentence joins the quote when it scores this share of the best one ... */
  readonly continuationShare: number;
  /** ... or at least this much. */
  readonly continuationFloor: number;
  /** A second place in the top section gets its own quote when it scores this share of the first. */
  readonly secondPassageShare: number;
  /** Further sections are cited only when their score is this share of the top one ... */
  readonly extraCitationScoreShare: number;
  /** ... and they cover this share of what the top section covers. */
  readonly extraCitationCoverageShare: number;
  /**
   * Least confidence for the asking sentences of a message asked without the story around them:
   * the story may have held the subject ("Hvordan søger man om det?"), so only a clear answer counts.
   */
  readonly storylessMinConfidence: number;
  /**
   * Least confidence for a whole message, story and all, asked when neither its asking sentences nor
   * their parts found an answer: the question's subject may lie further back in the story.
   */
  readonly wholeMessageMinConfidence: number;
}

export const RANKING_PARAMS: RankingParams = Object.freeze({
  unknownWordShare: 0.45,
  shortUnknownWordShare: 0.45,
  minPositionNeed: 0.05,
  strongTermWeight: 0.8,
  candidatePool: 20,
  rerankedHits: 8,
  closestTopicHits: 5,
  searchExtraCandidates: 10,
  unknownWordThresholdLift: 0.05,
  unknownTopicWordLength: 8,
  confidenceBase: 0.85,
  corroboratingWords: 3,
  corroborationNeedShare: 0.2,
  corroborationCoverShare: 0.7,
  corroborationLift: 1.36,
  maxCitations: 3,
  maxUnits: 3,
  wholeParagraphUnits: 5,
  passageShare: 0.5,
  coverageFloor: 0.4,
  proximityBoost: 0.3,
  headingQuoteBoost: 0.5,
  announcingHeadingBoost: 0.5,
  headingMatchBoost: 0.35,
  headingMatchExponent: 3,
  neighbouringPolicyFactor: 0.8,
  neighbourLeadShare: 0.3,
  definitionBoost: 0.4,
  contentSectionBoost: 0.3,
  overviewBoost: 1.1,
  typeBoost: 0.6,
  typedUnitBase: 0.5,
  runnerUpShare: 0.6,
  yearSentenceCoverage: 0.1,
  typedSentenceMargin: 0.05,
  listItemFactor: 0.8,
  listLeadFactor: 1.05,
  continuationShare: 0.75,
  continuationFloor: 0.3,
  secondPassageShare: 0.9,
  extraCitationScoreShare: 0.8,
  extraCitationCoverageShare: 0.6,
  storylessMinConfidence: 0.7,
  wholeMessageMinConfidence: 0.4,
});

/** Names of the ranking parameters, for the eval's sweep. */
export const RANKING_PARAM_NAMES = Object.keys(RANKING_PARAMS) as (keyof RankingParams)[];
