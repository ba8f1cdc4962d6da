/** The policy Q&A cards: a cited passage (web and file source, Danish and English) and feedback. */
import {
  renderFeedbackCard,
  renderFeedbackThanksCard,
  renderPassageCard,
} from '../../teams/cards/policy/policyCards';
import { textsFor } from '../../teams/texts';
import type { CatalogueCard } from './catalogueCard';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

export function policyCards(): CatalogueCard[] {
  const da = textsFor('da');
  const en = textsFor('en');
  const citation = {
    title: 'Børne- og ungepolitik 2024',
    section: 'Børne- og ungepolitik 2024 > Temaer > Leg og læring',
    quote:
      'Alle børn og unge skal have mulighed for at lære gennem leg og deltage i fællesskaber, hvor de bliver udfordret og oplever, at de lykkes.',
    source: 'https://www.herning.dk/politikker/boerne-og-ungepolitik',
  };
  const file = { ...citation, source: 'knowledge/herningmodellen.md' };
  return [
    {
      name: 'policy-passage-web-source',
      template: 'policy/passageCard.json',
      renderer: 'renderPassageCard',
      card: renderPassageCard(cardTemplates, citation, da.policy),
    },
    {
      name: 'policy-passage-file-source',
      template: 'policy/passageCard.json',
      renderer: 'renderPassageCard',
      card: renderPassageCard(cardTemplates, file, da.policy),
    },
    {
      name: 'policy-passage-english',
      template: 'policy/passageCard.json',
      renderer: 'renderPassageCard',
      card: renderPassageCard(cardTemplates, citation, en.policy),
    },
    {
      name: 'policy-feedback',
      template: 'policy/feedbackCard.json',
      renderer: 'renderFeedbackCard',
      card: renderFeedbackCard(cardTemplates, da.policy),
    },
    {
      name: 'policy-feedback-english',
      template: 'policy/feedbackCard.json',
      renderer: 'renderFeedbackCard',
      card: renderFeedbackCard(cardTemplates, en.policy),
    },
    {
      name: 'policy-feedback-thanks',
      template: 'policy/feedbackThanksCard.json',
      renderer: 'renderFeedbackThanksCard',
      card: renderFeedbackThanksCard(cardTemplates, da.policy.feedback.thanks),
    },
    {
      name: 'policy-feedback-not-stored',
      template: 'policy/feedbackThanksCard.json',
      renderer: 'renderFeedbackThanksCard',
      card: renderFeedbackThanksCard(cardTemplates, da.policy.feedback.notStored),
    },
  ];
}
