import type { Texts } from '../da';
import { da } from '../da';
import { common } from './common';

/**
 * English texts, used when a user writes in English. Sections without an English version fall back
 * to Danish (coordination and updates are Danish-only workflows).
 */
export const en: Texts = {
  ...da,
  common,
};
