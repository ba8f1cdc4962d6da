import type { Language } from '../../domain/shared/language';
import { da, type Texts } from './da';
import { en } from './en';

export type { Language, Texts };

export function textsFor(language: Language): Texts {
  return language === 'en' ? en : da;
}
