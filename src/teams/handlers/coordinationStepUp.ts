import type { Language } from '../../domain/shared/language';
import type { CoordinationThread } from '../../domain/threads/model';
import type { PathwayGuidanceService } from '../../services/pathwayGuidance';
import { createPathwayCards, type PathwayCards } from '../cards/pathway/pathwayCards';
import type { AdaptiveCardJson } from '../cards/shared/expandTemplate';
import type { Texts } from '../texts';

export interface StepUpGuidanceDeps {
  readonly service: PathwayGuidanceService;
  readonly texts: (language: Language) => Texts;
  readonly notificationChannel: { readonly name: string; readonly url: string };
  /** The role ids the card's "involve" suggestions mean (config/threadTemplates.yaml). */
  readonly involveRoles?: (involve: readonly string[]) => readonly string[];
  /** The answer cards prepared at start-up with these texts and this channel; prepared here when not given. */
  readonly answerCards?: PathwayCards;
}

/**
 * What the lead sees after stepping a thread up at a review: the pathway guidance for the thread's
 * (pseudonymous) description, with the duty-to-notify banner always shown, because a step up is
 * exactly the moment to consider a notification. Only ever the lead's own answer to the click.
 */
export function createStepUpGuidance(
  deps: StepUpGuidanceDeps,
): (thread: CoordinationThread, language?: Language) => Promise<AdaptiveCardJson> {
  const answerCards = deps.answerCards ?? createPathwayCards(deps);
  return async (thread, language = 'da') => {
    const classified = await deps.service.classify(thread.summary);
    const guidance = { ...classified, dutyToNotify: true };
    return answerCards.answer({
      language,
      guidance,
      warnings: deps.service.warnings,
      summary: deps.service.summarize(guidance, language),
      triageQuestions: deps.service.triageQuestions,
      involveRoles: deps.involveRoles?.(guidance.involve.map((role) => role.da)),
    });
  };
}
