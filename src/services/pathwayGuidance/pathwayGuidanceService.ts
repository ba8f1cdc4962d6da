import type { Citation } from '../../domain/citations';
import type { Language } from '../../domain/shared/language';
import type { PathwayId } from '../../domain/shared/pathwayId';
import {
  buildPseudonymousSummary,
  type ClassifyOptions,
  type SafetyFinding,
  type Localized,
  type PathwayClassification,
  type PathwayGuidanceConfig,
  type PseudonymousSummary,
  type SafetyLevelTexts,
  type TriageQuestionId,
} from '../../domain/pathways';
import type { ClassifierHost } from '../../ports/classifierHost';
import type { Logger } from '../../ports/logger';
import type { SafetyReviewer } from '../../ports/safetyReviewer';
import type { PassageFinder } from '../contracts';
import { classifierInThisThread } from './classifierInThisThread';

/** The classification plus what the user needs to act on it: the pathway's name and policy citations. */
export interface PathwayGuidance extends PathwayClassification {
  readonly pathwayName: Localized;
  readonly pathwaySummary: Localized;
  readonly alsoConsiderNames: readonly { readonly id: PathwayId; readonly name: Localized }[];
  /** Policy passages from the Q&A engine; empty when none were found or the engine is not available. */
  readonly citations: readonly Citation[];
}

/** The rules' reading of a text that reads as a concern (see PathwayGuidanceService.readAsConcern). */
export interface ConcernReading {
  readonly text: string;
  readonly classification: PathwayClassification;
}

export interface PathwayGuidanceService {
  classify(text: string, options?: ClassifyOptions): Promise<PathwayGuidance>;
  /**
   * The rules' classification, read a second time by the optional safety reviewer (a language
   * model): it may add a warning the rules missed, never remove one. Without a reviewer, or when it
   * fails or is late, the rules' result stands. The outcome is logged to `turnLogger` when given
   * (a turn's logger, with its correlation id), else to the service's logger.
   */
  classifyReviewed(
    text: string,
    options?: ClassifyOptions,
    turnLogger?: Logger,
    firstReading?: ConcernReading,
  ): Promise<PathwayGuidance>;
  /** True when any safety rule fires or the text describes a concern about a child. */
  readsAsConcern(text: string): Promise<boolean>;
  /**
   * The text's reading when it reads as a concern, else undefined. Given back to classifyReviewed
   * for the same text, it stands in for the rules' first reading: a free-text turn then asks the
   * classifier once, not twice.
   */
  readAsConcern(text: string): Promise<ConcernReading | undefined>;
  /** A classification made elsewhere (the card catalogue's fixed examples) with names and citations. */
  guidanceFor(classification: PathwayClassification): PathwayGuidance;
  /** Age/grade, setting and signal categories; never the user's words, names or CPR numbers. */
  summarize(guidance: PathwayClassification, language: Language): PseudonymousSummary;
  /** Banner texts for the acute and duty-to-notify warnings. */
  readonly warnings: { readonly acute: SafetyLevelTexts; readonly notify: SafetyLevelTexts };
  /** The triage questions as the card asks them, by id (empty when none are configured). */
  readonly triageQuestions: Readonly<Partial<Record<TriageQuestionId, Localized>>>;
}

export interface PathwayGuidanceDeps {
  readonly config: PathwayGuidanceConfig;
  /**
   * Where descriptions are read (worker threads in the running bot); by default a classifier in
   * this thread, built from `config`.
   */
  readonly classifier?: ClassifierHost;
  readonly passageFinder?: PassageFinder;
  readonly logger: Logger;
  /** How many policy passages to cite (default 3). */
  readonly citationLimit?: number;
  /**
   * For the default classifier: run a few sample descriptions at creation so the first real user
   * does not wait for the regular expressions to compile (default true).
   */
  readonly warmUp?: boolean;
  /** Optional second reader (LLM) that may only raise warnings. */
  readonly safetyReviewer?: SafetyReviewer;
  /** Deadline for the second reading (default 4000 ms). */
  readonly reviewTimeoutMs?: number;
}

/** What the card shows for a warning only the second reader raised. */
const REVIEWER_LABELS = {
  notify: {
    da: 'En sprogmodel læste beskrivelsen som en sag med pligt til at underrette - vurder det selv',
    en: 'A language model read the description as a case with a duty to notify - judge for yourself',
  },
  acute: {
    da: 'En sprogmodel læste beskrivelsen som akut fare - vurder det selv nu',
    en: 'A language model read the description as immediate danger - judge for yourself now',
  },
} as const;

/**
 * The optional second reader's warnings, as findings the card can show. The rules' result stands
 * when there is no reader, or it fails or is late: the reader can only ever add to it.
 */
async function secondReading(
  deps: PathwayGuidanceDeps,
  text: string,
  language: Language,
): Promise<SafetyFinding[]> {
  const reviewer = deps.safetyReviewer;
  if (!reviewer) return [];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.reviewTimeoutMs ?? 4000);
  try {
    const review = await reviewer.review(text, controller.signal);
    const quote = language === 'en' ? 'Second reading' : 'Anden læsning';
    return [
      ...(review.acute
        ? [{ ruleId: 'reviewer.acute', level: 'acute' as const, label: REVIEWER_LABELS.acute, quote }]
        : []),
      ...(review.notify
        ? [{ ruleId: 'reviewer.notify', level: 'notify' as const, label: REVIEWER_LABELS.notify, quote }]
        : []),
    ];
  } catch (error) {
    // The rules' result stands; the reviewer can only ever add to it.
    deps.logger.warn('safety review unavailable', { error: (error as Error).name });
    return [];
  } finally {
    clearTimeout(timer);
  }
}

/** The claim's reading stands in for classify when it is of the same text with nothing added. */
async function readingOf(
  classifier: ClassifierHost,
  text: string,
  options: ClassifyOptions | undefined,
  reading: ConcernReading | undefined,
): Promise<PathwayClassification> {
  const plain = options?.triageAnswers === undefined && options?.raisedElsewhere === undefined;
  return reading !== undefined && reading.text === text && plain
    ? reading.classification
    : classifier.classify(text, options);
}

export function createPathwayGuidanceService(deps: PathwayGuidanceDeps): PathwayGuidanceService {
  const { config, passageFinder, logger } = deps;
  const classifier = deps.classifier ?? classifierInThisThread(config, { warmUp: deps.warmUp });
  const limit = deps.citationLimit ?? 3;
  const byId = new Map(config.pathways.pathways.map((p) => [p.id, p]));

  function citationsFor(pathway: PathwayId): Citation[] {
    if (!passageFinder) return [];
    try {
      return passageFinder.findPassages(byId.get(pathway)!.citationQuery, limit).slice(0, limit);
    } catch (error) {
      // Citations are helpful, not essential: the warnings and steps must still reach the user.
      logger.warn('pathway citations unavailable', { error: (error as Error).name });
      return [];
    }
  }

  function guidanceFor(result: PathwayClassification): PathwayGuidance {
    const definition = byId.get(result.pathway)!;
    return {
      ...result,
      pathwayName: definition.name,
      pathwaySummary: definition.summary,
      alsoConsiderNames: result.alsoConsider.map((id) => ({ id, name: byId.get(id)!.name })),
      citations: citationsFor(result.pathway),
    };
  }

  async function guide(
    text: string,
    options: ClassifyOptions | undefined,
    log: Logger = logger,
    reading?: ConcernReading,
  ): Promise<PathwayGuidance> {
    const started = performance.now();
    const result = await readingOf(classifier, text, options, reading);
    const guidance = guidanceFor(result);
    // Outcome only: never the description, the quotes or the child's details.
    log.info('pathway classified', {
      pathway: result.pathway,
      dutyToNotify: result.dutyToNotify,
      acute: result.acute,
      // How many warnings only the statistical model raised: how often it speaks where rules did not.
      modelWarnings: result.safetyFindings.filter((f) => f.source === 'model').length,
      citations: guidance.citations.length,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return guidance;
  }

  return {
    classify: (text, options) => guide(text, options),
    async classifyReviewed(text, options, turnLogger, firstReading) {
      const first = await guide(text, options, turnLogger, firstReading);
      if (first.acute || !deps.safetyReviewer) return first;
      const raised = await secondReading(deps, text, first.context.language);
      const higher = raised.filter((f) => (f.level === 'acute' ? !first.acute : !first.dutyToNotify));
      if (higher.length === 0) return first;
      (turnLogger ?? logger).info('safety review raised a warning', { levels: higher.map((f) => f.level) });
      return guide(
        text,
        { ...options, raisedElsewhere: [...(options?.raisedElsewhere ?? []), ...higher] },
        turnLogger,
      );
    },
    readsAsConcern: (text: string) => classifier.readsAsConcern(text),
    async readAsConcern(text: string) {
      const classification = await classifier.classifyIfConcern(text);
      return classification === undefined ? undefined : { text, classification };
    },
    guidanceFor,
    summarize: (guidance, language) => buildPseudonymousSummary(guidance, config, language),
    warnings: { acute: config.safety.levels.acute, notify: config.safety.levels.notify },
    triageQuestions: Object.fromEntries(
      Object.entries(config.safety.triage?.questions ?? {}).map(([id, q]) => [id, q.question]),
    ),
  };
}
