/** The languages the trainer speaks, and choosing one from a list of preferences. */

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for a language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** Whether a value is one of the trainer's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the trainer's languages among preferences given as BCP 47 tags (`navigator.languages`, "es-MX") or
 * POSIX locales (`LANG`, "es_ES.UTF-8"); English when none is one of them.
 */
export function pickLanguage(preferences: readonly (string | undefined)[]): Language {
  for (const preference of preferences) {
    const primary = preference?.split(/[-_.@]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
