import { da, type Texts } from './da';
import { en } from './en';

export type Language = 'da' | 'en';
export type { Texts };

export function textsFor(language: Language): Texts {
  return language === 'en' ? en : da;
}
