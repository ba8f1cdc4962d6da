import {
  POLICY_CARD_VERBS,
  renderFeedbackCard,
  renderFeedbackThanksCard,
  renderPassageCard,
  verbsInTemplates,
} from '../../../../src/teams/cards/policy/policyCards';
import { da } from '../../../../src/teams/texts/da';
import { en } from '../../../../src/teams/texts/en';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const PASSAGE = {
  title: 'Herningmodellen Børn og Unge',
  section: 'Herningmodellen Børn og Unge > Herningmodel Skole',
  quote: 'Herningmodel Skole er et toårigt forløb.',
  source: 'https://example.org/herningmodellen',
};

describe('policy cards', () => {
  it('renders a valid passage card with title, section, quote and a link to the source', () => {
    const card = renderPassageCard(cardTemplates, PASSAGE, da.policy);
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('Herningmodellen Børn og Unge');
    expect(text).toContain('Afsnit: Herningmodellen Børn og Unge > Herningmodel Skole');
    expect(text).toContain('»Herningmodel Skole er et toårigt forløb.«');
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: da.policy.search.openSource,
        url: 'https://example.org/herningmodellen',
      },
    ]);
  });

  it('shows a non-web source as text and has no link', () => {
    const card = renderPassageCard(
      cardTemplates,
      { ...PASSAGE, source: 'knowledge/herningmodellen.md' },
      da.policy,
    );
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Kilde: knowledge/herningmodellen.md');
    expect(card.actions).toEqual([]);
  });

  it('does not expand template expressions found in document text', () => {
    const card = renderPassageCard(
      cardTemplates,
      { ...PASSAGE, quote: 'Pris ${price} og ${1+1}' },
      da.policy,
    );
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Pris $ {price} og $ {1+1}');
  });

  it('renders the feedback card in Danish and English with both verbs and a comment input', () => {
    for (const texts of [da.policy, en.policy]) {
      const card = renderFeedbackCard(cardTemplates, texts);
      expect(validateAdaptiveCard(card)).toEqual([]);
      const text = JSON.stringify(card);
      expect(text).toContain(texts.feedback.cardTitle);
      expect(text).toContain('"id":"comment"');
      const verbs = (card.actions as { verb: string }[]).map((a) => a.verb);
      expect(verbs).toEqual([...POLICY_CARD_VERBS]);
    }
    expect(JSON.stringify(renderFeedbackCard(cardTemplates, da.policy))).toContain('Var svaret nyttigt?');
  });

  it('renders the thanks card', () => {
    const card = renderFeedbackThanksCard(cardTemplates, da.policy.feedback.thanks);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(da.policy.feedback.thanks);
  });

  it('lists exactly the declared verbs in its templates', () => {
    expect(verbsInTemplates().sort()).toEqual([...POLICY_CARD_VERBS].sort());
  });
});
