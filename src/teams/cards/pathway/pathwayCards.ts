import { expandCard, templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import type { Citation } from '../../../domain/citations';
import { formatReason, type PseudonymousSummary, type SafetyLevelTexts } from '../../../domain/pathways';
import type { PathwayGuidance } from '../../../services/pathwayGuidance';
import { COORDINATION_VERBS } from '../coordination/verbs';
import type { Language, Texts } from '../../texts';
import answerTemplate from './answerCard.json';
import intakeTemplate from './intakeCard.json';

export type { AdaptiveCardJson };
type PathwayTexts = Texts['pathway'];

/** Every Action.Execute verb the pathway cards use. A test checks each one has a handler. */
export const PATHWAY_VERBS = {
  /** The intake card's submit button (handled by the pathway capability). */
  classify: 'pathway.classify',
} as const;

/** The answer card's "Start koordineringstråd" button (handled by the coordination capability). */
export const PREFILL_VERB = COORDINATION_VERBS.prefill;

/** The prefill the coordination form accepts: at most this many characters of summary. */
export const MAX_PREFILL_SUMMARY = 500;
const MAX_PREFILL_AGE_OR_GRADE = 40;
const MAX_QUOTE = 300;
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const shortened = text.slice(0, max - 1);
  const lastBreak = Math.max(shortened.lastIndexOf('\n'), shortened.lastIndexOf(' '));
  return `${shortened.slice(0, lastBreak > max / 2 ? lastBreak : max - 1)}…`;
}

export function renderIntakeCard(texts: PathwayTexts, language: Language): AdaptiveCardJson {
  return expandCard(intakeTemplate, { ...texts.intake, verb: PATHWAY_VERBS.classify, lang: language });
}

export interface AnswerCardModel {
  readonly texts: PathwayTexts;
  readonly language: Language;
  readonly guidance: PathwayGuidance;
  readonly warnings: { readonly acute: SafetyLevelTexts; readonly notify: SafetyLevelTexts };
  readonly notificationChannel: { readonly name: string; readonly url: string };
  readonly summary: PseudonymousSummary;
}

function citationLine(citation: Citation): { quote: string; source: string } {
  return {
    quote: templateSafe(cut(`"${citation.quote}"`, MAX_QUOTE)),
    source: templateSafe(`${citation.title} - ${citation.section}`),
  };
}

export function renderAnswerCard(model: AnswerCardModel): AdaptiveCardJson {
  const { texts, language: lang, guidance, warnings } = model;
  const t = texts.answer;
  const reasons = guidance.reasons.map((reason) => {
    const line =
      reason.kind === 'ruledOut'
        ? `${t.ruledOutPrefix}: ${reason.label[lang]} ("${reason.quote}")`
        : formatReason(reason, lang);
    return { text: templateSafe(`- ${cut(line, MAX_QUOTE)}`) };
  });
  const laws = guidance.lawReferences.map((law) => ({
    text: `- ${law.title}${law.section ? ` ${law.section}` : ''}`,
  }));
  return expandCard(answerTemplate, {
    acute: guidance.acute,
    acuteTitle: warnings.acute.title[lang],
    acuteText: warnings.acute.text[lang],
    notify: guidance.dutyToNotify,
    notifyTitle: warnings.notify.title[lang],
    notifyText: warnings.notify.text[lang],
    notifyButton: t.openNotificationChannel(model.notificationChannel.name),
    notifyUrl: model.notificationChannel.url,
    pathwayHeading: t.pathwayHeading,
    pathwayName: guidance.pathwayName[lang],
    pathwaySummary: guidance.pathwaySummary[lang],
    hasAlsoConsider: guidance.alsoConsiderNames.length > 0,
    alsoConsider: t.alsoConsider(guidance.alsoConsiderNames.map((p) => p.name[lang]).join(', ')),
    reasonsHeading: t.reasonsHeading,
    reasons: reasons.length > 0 ? reasons : [{ text: t.noReasons }],
    stepsHeading: t.stepsHeading,
    steps: guidance.nextSteps.map((step, i) => ({ text: `${i + 1}. ${step[lang]}` })),
    involveHeading: t.involveHeading,
    involve: guidance.involve.map((role) => ({ text: `- ${role[lang]}` })),
    hasCitations: guidance.citations.length > 0,
    citationsHeading: t.citationsHeading,
    citations: guidance.citations.map(citationLine),
    hasLaws: laws.length > 0,
    lawHeading: t.lawHeading,
    laws,
    disclaimer: t.disclaimer,
    threadButton: t.startThread,
    prefillVerb: PREFILL_VERB,
    prefill: {
      pathway: model.summary.pathway,
      ageOrGrade: cut(model.summary.ageOrGrade, MAX_PREFILL_AGE_OR_GRADE),
      summary: cut(model.summary.summary, MAX_PREFILL_SUMMARY),
    },
  });
}
