import type { Texts } from '../da';
import { da } from '../da';
import { common } from './common';
import { pathway } from './pathway';
import { policy } from './policy';
import { questions } from './questions';

/**
 * English texts, used when a user writes in English. Coordination threads and knowledge updates are
 * Danish-only workflows and use the Danish section.
 */
export const en: Texts = {
  ...da,
  common,
  policy,
  pathway,
  questions,
};
