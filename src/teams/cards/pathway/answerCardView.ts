import { templateSafe } from '../shared/expandTemplate';
import { markdownInline, markdownList } from '../shared/markdown';
import type { Citation } from '../../../domain/citations';
import { type PseudonymousSummary, type SafetyLevelTexts } from '../../../domain/pathways';
import type { PathwayGuidance } from '../../../services/pathwayGuidance';
import type { Language, Texts } from '../../texts';
import { groupReasonsByQuote } from './reasonGroups';
import { PATHWAY_VERBS, PREFILL_VERB } from './verbs';

/**
 * The answer card's view: what the pathway answer card template (answerCard.json) shows, built
 * from the guidance in the user's language. The cards themselves are prepared in pathwayCards.ts.
 */
type PathwayTexts = Texts['pathway'];

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

export interface AnswerCardModel {
  readonly texts: PathwayTexts;
  readonly language: Language;
  readonly guidance: PathwayGuidance;
  readonly warnings: { readonly acute: SafetyLevelTexts; readonly notify: SafetyLevelTexts };
  readonly notificationChannel: { readonly name: string; readonly url: string };
  readonly summary: PseudonymousSummary;
  /** The description as the user wrote it: carried by the triage button, never stored. */
  readonly description?: string;
  /** The configured triage questions, by id, in both languages. */
  readonly triageQuestions?: Readonly<Record<string, { readonly da: string; readonly en: string }>>;
  /**
   * The role ids (roles.yaml) the card's "involve" suggestions mean; "Start koordineringstråd"
   * carries them into the form (config/threadTemplates.yaml maps suggestions to roles).
   */
  readonly involveRoles?: readonly string[];
}

/**
 * What the answer card template shows, section by section. Built in one place (answerCardView) so
 * a new section is one field here, one builder line there and one block in answerCard.json.
 * Every string is Teams Markdown: user and document text is escaped on the way in.
 */
export interface AnswerCardView {
  /** What to do now, above everything else; only when the description calls for a warning. */
  readonly urgent: {
    readonly show: boolean;
    readonly style: 'attention' | 'warning';
    readonly titleColor: 'Attention' | 'Default';
    readonly title: string;
    /** A numbered list: call 112 (acute only), notify in writing today, do not tell the parents. */
    readonly doNow: string;
    /** Set when the statistical model, not a rule, raised the warning. */
    readonly patternNote: string;
    readonly channelButton: string;
    readonly channelUrl: string;
  };
  readonly pathway: {
    readonly heading: string;
    readonly name: string;
    readonly summary: string;
    readonly alsoConsider: string;
  };
  /** Behind one tap when a warning is shown, so the card fits a screen; open otherwise. */
  readonly details: { readonly collapsible: boolean; readonly visible: boolean; readonly button: string };
  /** Each quote of the user's words once, followed by the signals found in it. */
  readonly reasons: { readonly heading: string; readonly groups: readonly { readonly text: string }[] };
  readonly steps: { readonly heading: string; readonly warnings: string; readonly list: string };
  readonly involve: { readonly heading: string; readonly list: string };
  readonly citations: {
    readonly heading: string;
    readonly items: readonly { readonly quote: string; readonly source: string }[];
  };
  readonly laws: { readonly heading: string; readonly list: string };
  readonly disclaimer: string;
  /** One line on the personal duty when the family is the concern and no warning was raised. */
  readonly standingDuty: string;
  /** Three yes/no questions when the description touches a risk concept without a warning. */
  readonly triage: {
    readonly show: boolean;
    readonly heading: string;
    readonly intro: string;
    readonly questions: readonly { readonly id: string; readonly label: string }[];
    readonly yes: string;
    readonly submit: string;
    readonly verb: string;
    readonly description: string;
    readonly lang: Language;
  };
  readonly thread: {
    readonly button: string;
    readonly verb: string;
    readonly prefill: {
      readonly pathway: string;
      readonly ageOrGrade: string;
      readonly summary: string;
      readonly roles: string;
      readonly lang: Language;
    };
  };
}

function citationLine(citation: Citation): { quote: string; source: string } {
  return {
    quote: markdownInline(cut(`"${citation.quote}"`, MAX_QUOTE)),
    source: markdownInline(`${citation.title} - ${citation.section}`),
  };
}

function urgentView(model: AnswerCardModel): AnswerCardView['urgent'] {
  const { guidance, warnings, language: lang } = model;
  const doNow = model.texts.answer.doNow;
  const level = guidance.acute ? warnings.acute : warnings.notify;
  return {
    show: guidance.acute || guidance.dutyToNotify,
    style: guidance.acute ? 'attention' : 'warning',
    titleColor: guidance.acute ? 'Attention' : 'Default',
    title: markdownInline(level.title[lang]),
    doNow: markdownList(
      guidance.acute
        ? [doNow.call112, doNow.notifyToday, doNow.dontTellParents]
        : [doNow.notifyToday, doNow.dontTellParents],
      'numbered',
    ),
    // A warning no rule raised comes from the statistical model: say it is a pattern match.
    patternNote: guidance.safetyFindings.some((f) => f.source === 'model')
      ? markdownInline(model.texts.answer.patternMatch)
      : '',
    channelButton: model.texts.answer.openNotificationChannel(model.notificationChannel.name),
    channelUrl: model.notificationChannel.url,
  };
}

function triageView(model: AnswerCardModel): AnswerCardView['triage'] {
  const { guidance, texts, language } = model;
  const t = texts.answer.triage;
  const triage = guidance.triage;
  return {
    show: triage !== undefined && model.description !== undefined,
    heading: t.heading,
    intro: markdownInline(
      guidance.safetyFindings.some((f) => f.source === 'model')
        ? t.introPattern
        : t.intro(triage?.touched.map((c) => c[language].toLowerCase()).join(', ') ?? ''),
    ),
    questions: (triage?.questions ?? []).map((id) => ({
      id,
      label: model.triageQuestions?.[id]?.[language] ?? id,
    })),
    yes: t.yes,
    submit: t.submit,
    verb: PATHWAY_VERBS.triage,
    description: templateSafe(model.description ?? ''),
    lang: language,
  };
}

/** The answer card's content, in the order it is shown. */
export function answerCardView(model: AnswerCardModel): AnswerCardView {
  const { texts, language: lang, guidance, warnings } = model;
  const t = texts.answer;
  const urgent = urgentView(model);
  const reasonGroups = groupReasonsByQuote(guidance.reasons, lang, t.ruledOutPrefix).map((group) => ({
    text: `_${markdownInline(cut(`"${group.quote}"`, MAX_QUOTE))}_ - ${markdownInline(group.signals.join(' · '))}`,
  }));
  const warningTexts = [
    ...(guidance.acute ? [warnings.acute] : []),
    ...(guidance.dutyToNotify ? [warnings.notify] : []),
  ].map((level) => `**${markdownInline(level.title[lang])}**\n\n${markdownInline(level.text[lang])}`);
  return {
    urgent,
    pathway: {
      heading: t.pathwayHeading,
      name: markdownInline(guidance.pathwayName[lang]),
      summary: markdownInline(guidance.pathwaySummary[lang]),
      alsoConsider:
        guidance.alsoConsiderNames.length > 0
          ? markdownInline(t.alsoConsider(guidance.alsoConsiderNames.map((p) => p.name[lang]).join(', ')))
          : '',
    },
    details: { collapsible: urgent.show, visible: !urgent.show, button: t.detailsButton },
    reasons: {
      heading: t.reasonsHeading,
      groups: reasonGroups.length > 0 ? reasonGroups : [{ text: t.noReasons }],
    },
    steps: {
      heading: t.stepsHeading,
      warnings: warningTexts.join('\n\n'),
      list: markdownList(
        guidance.nextSteps.map((step) => markdownInline(step[lang])),
        'numbered',
      ),
    },
    involve: {
      heading: t.involveHeading,
      list: markdownList(guidance.involve.map((role) => markdownInline(role[lang]))),
    },
    citations: { heading: t.citationsHeading, items: guidance.citations.map(citationLine) },
    laws: {
      heading: t.lawHeading,
      list: markdownList(
        guidance.lawReferences.map((law) =>
          markdownInline(`${law.title}${law.section ? ` ${law.section}` : ''}`),
        ),
      ),
    },
    disclaimer: t.disclaimer,
    standingDuty: guidance.standingDutyReminder
      ? markdownInline(t.standingDuty(model.notificationChannel.name))
      : '',
    triage: triageView(model),
    thread: {
      button: t.startThread,
      verb: PREFILL_VERB,
      prefill: {
        pathway: model.summary.pathway,
        ageOrGrade: templateSafe(cut(model.summary.ageOrGrade, MAX_PREFILL_AGE_OR_GRADE)),
        summary: templateSafe(cut(model.summary.summary, MAX_PREFILL_SUMMARY)),
        roles: templateSafe((model.involveRoles ?? []).join(',')),
        lang,
      },
    },
  };
}

/**
 * The parts of answerCardView that are the same on every card in one language with one
 * notification channel: labels, verbs and the channel's button. They are written into the template
 * once (withSharedValues), so a turn evaluates only what its description changes. A test checks
 * that the card is the same either way.
 */
export function sharedAnswerCardView(
  texts: PathwayTexts,
  language: Language,
  notificationChannel: AnswerCardModel['notificationChannel'],
) {
  const t = texts.answer;
  return {
    urgent: {
      channelButton: t.openNotificationChannel(notificationChannel.name),
      channelUrl: notificationChannel.url,
    },
    pathway: { heading: t.pathwayHeading },
    details: { button: t.detailsButton },
    reasons: { heading: t.reasonsHeading },
    steps: { heading: t.stepsHeading },
    involve: { heading: t.involveHeading },
    citations: { heading: t.citationsHeading },
    laws: { heading: t.lawHeading },
    disclaimer: t.disclaimer,
    triage: {
      heading: t.triage.heading,
      submit: t.triage.submit,
      verb: PATHWAY_VERBS.triage,
      lang: language,
    },
    thread: { button: t.startThread, verb: PREFILL_VERB, prefill: { lang: language } },
  } satisfies DeepPartial<AnswerCardView>;
}

type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
