import type { Texts } from '../da';
import { da } from '../da';
import { common } from './common';
import { coordination } from './coordination';
import { pathway } from './pathway';
import { policy } from './policy';
import { questions } from './questions';

/**
 * English texts, used when a user writes in English or their Teams language is English. Knowledge
 * updates are a Danish-only workflow and use the Danish section.
 */
export const en: Texts = {
  ...da,
  common,
  coordination,
  policy,
  pathway,
  questions,
};
