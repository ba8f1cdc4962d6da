import type { Language } from '../shared/language';
import type { PathwayId } from '../shared/pathwayId';
import type { Speaker } from './speaker';
import type {
  LawReference,
  Localized,
  PathwayGuidanceConfig,
  SafetyLevel,
  SettingId,
  TriageAnswers,
  TriageQuestionId,
} from './schema';

/** What the classifier tells about a description, and the options it takes. */

export interface SafetyFinding {
  readonly ruleId: string;
  readonly level: SafetyLevel;
  readonly label: Localized;
  /** The user's own words that raised the rule. */
  readonly quote: string;
  /**
   * 'model': raised by the statistical safety model (a pattern in the words), not by a rule; the
   * card says so. Absent for rules, triage answers and the second reader.
   */
  readonly source?: 'model';
}

export interface SignalFinding {
  readonly pathway: PathwayId;
  readonly signalId: string;
  readonly label: Localized;
  readonly quote: string;
}

export type ReasonKind = 'acute' | 'notify' | 'ruledOut' | 'signal' | 'context';

export interface Reason {
  readonly kind: ReasonKind;
  readonly label: Localized;
  readonly quote: string;
}

export interface ChildContext {
  readonly ageYears?: number;
  readonly grade?: { readonly min: number; readonly max: number };
  readonly settings: readonly SettingId[];
  readonly pregnancy: boolean;
  readonly speaker: Speaker;
  readonly language: Language;
}

export interface PathwayClassification {
  readonly pathway: PathwayId;
  readonly alsoConsider: readonly PathwayId[];
  readonly dutyToNotify: boolean;
  readonly acute: boolean;
  readonly safetyFindings: readonly SafetyFinding[];
  /** Signals the writer explicitly ruled out ("ingen tegn på vold"); they lowered no other warning. */
  readonly ruledOut: readonly SafetyFinding[];
  readonly signalFindings: readonly SignalFinding[];
  readonly reasons: readonly Reason[];
  readonly nextSteps: readonly Localized[];
  readonly involve: readonly Localized[];
  readonly lawReferences: readonly LawReference[];
  readonly context: ChildContext;
  /**
   * Set when the description touches a risk concept but raised no warning: the card asks these
   * questions and classifies again with the answers (a yes raises the warning).
   */
  readonly triage?: {
    readonly touched: readonly Localized[];
    readonly questions: readonly TriageQuestionId[];
  };
  /**
   * The social pathway or a family signal: the card keeps one short line on the personal duty to
   * notify and the official channel, even when no warning was raised.
   */
  readonly standingDutyReminder: boolean;
}

export interface ClassifyOptions {
  /** The user's answers to the triage questions, when the card asked them. */
  readonly triageAnswers?: TriageAnswers;
  /**
   * Warnings raised outside the rules (an optional language model). They are added to the rules'
   * findings: nothing here can lower or remove a warning.
   */
  readonly raisedElsewhere?: readonly SafetyFinding[];
}

export interface PathwayClassifier {
  classify(text: string, options?: ClassifyOptions): PathwayClassification;
  /** True when a safety rule fires or the text describes a concern about a particular child. */
  readsAsConcern(text: string): boolean;
  /**
   * The classification of a text that reads as a concern, else undefined: what a free-text turn
   * asks (is it a concern? then what?) in one reading.
   */
  classifyIfConcern(text: string): PathwayClassification | undefined;
  readonly config: PathwayGuidanceConfig;
}
