import { da, type Texts } from './da';
import { en } from './en';

export type { Texts };
export type Language = 'da' | 'en';

/** English when the Teams locale is English (en-US, en-GB, ...); Danish otherwise. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function textsFor(language: Language): Texts {
  return language === 'en' ? en : da;
}
