/** The page's language: chosen before the app mounts and again when the trainee changes the setting. */
import { currentLanguage, type Language, setLanguage } from '../i18n';
import { languageFor } from '../store/language';
import type { LanguageSetting } from '../store/settings';

/** The language a setting means here: the setting, else the address's `lang` parameter, else the browser's languages. */
export function resolveLanguage(setting: LanguageSetting): Language {
  return languageFor(setting, new URLSearchParams(location.search).get('lang'), navigator.languages);
}

/** Switches the messages to the language a setting means (loading it if needed) and keeps `<html lang>` in step. */
export async function applyLanguage(setting: LanguageSetting): Promise<void> {
  await setLanguage(resolveLanguage(setting));
  document.documentElement.lang = currentLanguage();
}
