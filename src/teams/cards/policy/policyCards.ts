/**
 * Typed render functions for the policy capability's Adaptive Card templates (Designer-compatible
 * JSON next to this file, expanded with adaptivecards-templating).
 */
import type { CardTemplates } from '../shared/cardTemplates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import type { Citation } from '../../../domain/citations';
import { sanitiseQuotedMarkdown } from '../../../domain/text/quotedMarkdown';
import { isWebUrl } from '../../citations';
import type { Texts } from '../../texts';
import feedbackCardTemplate from './feedbackCard.json';
import feedbackThanksCardTemplate from './feedbackThanksCard.json';
import passageCardTemplate from './passageCard.json';
import { actionExecuteVerbsIn } from '../shared/templateVerbs';

/** Action.Execute verbs of the fallback feedback card (one constant per verb). */
export const POLICY_FEEDBACK_HELPFUL_VERB = 'policy.feedback.helpful';
export const POLICY_FEEDBACK_NOT_HELPFUL_VERB = 'policy.feedback.notHelpful';
export const POLICY_CARD_VERBS = [POLICY_FEEDBACK_HELPFUL_VERB, POLICY_FEEDBACK_NOT_HELPFUL_VERB] as const;
export type PolicyCardVerb = (typeof POLICY_CARD_VERBS)[number];

/** An Adaptive Card as plain JSON. */
export type { AdaptiveCardJson };

/** A card that quotes one policy passage with its title, section and source (message extension result). */
export function renderPassageCard(
  cardTemplates: CardTemplates,
  citation: Citation,
  texts: Texts['policy'],
): AdaptiveCardJson {
  return cardTemplates.expand(passageCardTemplate, {
    title: templateSafe(sanitiseQuotedMarkdown(citation.title)),
    section: templateSafe(sanitiseQuotedMarkdown(citation.section)),
    quote: templateSafe(sanitiseQuotedMarkdown(citation.quote)),
    source: templateSafe(citation.source.trim()),
    sourceIsUrl: isWebUrl(citation.source),
    labels: {
      citedFrom: texts.search.citedFrom,
      section: texts.search.sectionLabel,
      source: texts.search.sourceLabel,
      openSource: texts.search.openSource,
    },
  });
}

/** "Var svaret nyttigt?": fallback feedback for clients without Teams' built-in feedback buttons. */
export function renderFeedbackCard(cardTemplates: CardTemplates, texts: Texts['policy']): AdaptiveCardJson {
  return cardTemplates.expand(feedbackCardTemplate, {
    title: texts.feedback.cardTitle,
    helpful: texts.feedback.helpful,
    notHelpful: texts.feedback.notHelpful,
    commentLabel: texts.feedback.commentLabel,
    commentPlaceholder: texts.feedback.commentPlaceholder,
  });
}

/** Replaces the feedback card after a click. */
export function renderFeedbackThanksCard(cardTemplates: CardTemplates, message: string): AdaptiveCardJson {
  return cardTemplates.expand(feedbackThanksCardTemplate, { message: templateSafe(message) });
}

/** Every Action.Execute verb used in this capability's templates (for the verb/handler test). */
export function verbsInTemplates(): string[] {
  return actionExecuteVerbsIn([passageCardTemplate, feedbackCardTemplate, feedbackThanksCardTemplate]);
}
