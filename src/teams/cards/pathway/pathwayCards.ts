import type { CardTemplates } from '../shared/cardTemplates';
import { LANGUAGES } from '../../../domain/shared/language';
import {
  prepareCardTemplate,
  withSharedValues,
  type AdaptiveCardJson,
  type PreparedCardTemplate,
} from '../shared/expandTemplate';
import type { Language, Texts } from '../../texts';
import answerTemplate from './answerCard.json';
import { answerCardView, sharedAnswerCardView, type AnswerCardModel } from './answerCardView';
import { PATHWAY_VERBS } from './verbs';
import intakeTemplate from './intakeCard.json';

export type { AdaptiveCardJson };
type PathwayTexts = Texts['pathway'];

export function renderIntakeCard(
  cardTemplates: CardTemplates,
  texts: PathwayTexts,
  language: Language,
): AdaptiveCardJson {
  return cardTemplates.expand(intakeTemplate, {
    ...texts.intake,
    verb: PATHWAY_VERBS.classify,
    lang: language,
  });
}

/** What an answer card shows besides the labels and channel its cards were prepared with. */
export type AnswerCardContent = Omit<AnswerCardModel, 'texts' | 'notificationChannel'>;

/** The pathway answer cards, prepared once per language at start-up and rendered on each turn. */
export interface PathwayCards {
  answer(content: AnswerCardContent): AdaptiveCardJson;
}

/**
 * Prepares the answer card for every language with one notification channel: the shared values
 * written in (sharedAnswerCardView) and the parts that then hold no binding expanded once, so a
 * turn's expansion evaluates only what its description changes. Built by the wiring and handed to
 * the handlers that render the card.
 */
export function createPathwayCards(options: {
  readonly texts: (language: Language) => Texts;
  readonly notificationChannel: AnswerCardModel['notificationChannel'];
}): PathwayCards {
  const { notificationChannel } = options;
  const prepared = new Map<Language, { texts: PathwayTexts; template: PreparedCardTemplate }>();
  for (const language of LANGUAGES) {
    const texts = options.texts(language).pathway;
    const shared = sharedAnswerCardView(texts, language, notificationChannel);
    prepared.set(language, {
      texts,
      template: prepareCardTemplate(withSharedValues(answerTemplate, shared)),
    });
  }
  return {
    answer(content) {
      const { texts, template } = prepared.get(content.language)!;
      return template.expand(answerCardView({ ...content, texts, notificationChannel }));
    },
  };
}
