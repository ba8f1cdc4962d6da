import type { Capability, CapabilityId } from '../capability';
import type { Language, Texts } from '../texts';

/** Stands in for a capability that is not switched on, and says so honestly. */
export function createNotAvailableCapability(
  id: CapabilityId,
  featureName: string,
  texts: (language: Language) => Texts,
): Capability {
  return {
    id,
    async onMessage(turn, incoming) {
      await turn.send(texts(incoming.language).common.notAvailableYet(featureName));
    },
  };
}
