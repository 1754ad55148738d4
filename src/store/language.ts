/** Which language the trainer speaks: the trainee's setting, else `?lang=` in the address, else the browser's languages. */
import { type Language, pickLanguage } from '../i18n';
import type { LanguageSetting } from './settings';

/** The language for a setting; 'auto' takes the address's `lang` parameter first, then the browser's preferences. */
export function languageFor(setting: LanguageSetting, param: string | null, preferences: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  return pickLanguage(param ? [param, ...preferences] : preferences);
}
