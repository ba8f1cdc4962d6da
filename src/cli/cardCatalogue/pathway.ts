/** The pathway cards: the intake form and answers with and without the acute and notify banners. */
import {
  createPathwayClassifier,
  type PathwayClassifier,
  type PathwayGuidanceConfig,
} from '../../domain/pathways';
import type { Language } from '../../domain/shared/language';
import { loadPathwayConfig } from '../../infrastructure/configFiles/pathwayConfig';
import { createSilentLogger } from '../../infrastructure/logging/pinoLogger';
import { createPathwayGuidanceService } from '../../services/pathwayGuidance';
import { hostOf } from '../../services/pathwayGuidance/classifierInThisThread';
import { createPathwayCards, renderIntakeCard } from '../../teams/cards/pathway/pathwayCards';
import { textsFor } from '../../teams/texts';
import { CONFIG_DIR, expanded, type CatalogueCard } from './catalogueCard';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

export function pathwayCards(): CatalogueCard[] {
  const da = textsFor('da');
  const en = textsFor('en');
  const config = loadPathwayConfig(CONFIG_DIR);
  // The fixed examples are classified here, in order and at once; the service adds names and citations.
  const classifier = createPathwayClassifier(config);
  const service = catalogueGuidanceService(config, classifier);
  const channel = {
    name: 'Herning Kommunes digitale underretning',
    url: 'https://www.herning.dk/underretning',
  };
  const answerCards = createPathwayCards({ texts: textsFor, notificationChannel: channel });
  const answer = (text: string, language: Language) => {
    const guidance = service.guidanceFor(classifier.classify(text));
    return answerCards.answer({
      language,
      guidance,
      warnings: service.warnings,
      summary: service.summarize(guidance, language),
      description: text,
      triageQuestions: service.triageQuestions,
    });
  };
  const a = (name: string, text: string, language: Language = 'da'): CatalogueCard => ({
    name,
    template: 'pathway/answerCard.json',
    renderer: 'createPathwayCards(...).answer',
    card: answer(text, language),
  });
  return [
    {
      name: 'pathway-intake',
      template: 'pathway/intakeCard.json',
      renderer: 'renderIntakeCard',
      card: renderIntakeCard(cardTemplates, da.pathway, 'da'),
    },
    {
      name: 'pathway-intake-english',
      template: 'pathway/intakeCard.json',
      renderer: 'renderIntakeCard',
      card: renderIntakeCard(cardTemplates, en.pathway, 'en'),
    },
    a('pathway-answer-no-banner', 'drengen på 4 år i børnehaven taler meget lidt og leger mest alene'),
    a('pathway-answer-notify-banner', 'en elev i 8. klasse fortæller at hendes stedfar slår hende'),
    a(
      'pathway-answer-acute-and-notify',
      'en pige på 14 år fortæller at hun ikke tør gå hjem i dag, fordi far har truet med at slå hende ihjel',
    ),
    expanded(
      a(
        'pathway-answer-acute-and-notify-expanded',
        'en pige på 14 år fortæller at hun ikke tør gå hjem i dag, fordi far har truet med at slå hende ihjel',
      ),
    ),
    expanded(
      a(
        'pathway-answer-notify-banner-expanded',
        'en elev i 8. klasse fortæller at hendes stedfar slår hende',
      ),
    ),
    a(
      'pathway-answer-skolestart',
      'pigen skal starte i børnehaveklassen efter sommerferien og har svært ved at sidde stille',
    ),
    a('pathway-answer-triage', 'pigen på 9 år har en bule i panden og siger ikke så meget i dag'),
    a('pathway-answer-standing-duty', 'familien har mistet deres bolig og drengen på 7 er træt i timerne'),
    a(
      'pathway-answer-english-notify',
      'a 9-year-old boy in 3rd grade says his mother hits him when she is drunk',
      'en',
    ),
  ];
}

/** The guidance service with two fixed passages in place of the knowledge index. */
function catalogueGuidanceService(config: PathwayGuidanceConfig, classifier: PathwayClassifier) {
  return createPathwayGuidanceService({
    config,
    classifier: hostOf(classifier),
    passageFinder: {
      findPassages: () => [
        {
          title: 'Herningmodellen Børn og Unge',
          section: 'Herningmodellen > Herningmodel Skole',
          quote:
            'Lærere og pædagoger sparrer tidligt med PPR og socialrådgiver om elever, de er bekymrede for.',
          source: 'https://www.herning.dk/herningmodellen',
        },
        {
          title: 'Barnets Lov',
          section: '§ 133 Skærpet underretningspligt',
          quote:
            'Fagpersoner skal underrette kommunen, hvis de får kendskab til, at et barn kan have behov for særlig støtte.',
          source: 'https://www.retsinformation.dk/',
        },
      ],
    },
    logger: createSilentLogger(),
  });
}
