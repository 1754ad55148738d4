/**
 * The one translator: i18next with ICU messages, holding the current language. Text depends on the language;
 * scores, logs and run files never do. English is bundled; another language's catalogs load when it is chosen.
 */
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { EN } from './en';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages';
import { type Catalog, NAMESPACES, type Namespace } from './namespaces';

const translator = i18next.createInstance();
translator.use(ICU).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: [...NAMESPACES],
  defaultNS: 'app',
  resources: { en: EN },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const CATALOGS: Record<Exclude<Language, 'en'>, () => Promise<Record<Namespace, Catalog>>> = {
  es: async () => (await import('./es')).ES,
};

const listeners = new Set<(language: Language) => void>();

/** The message for a key "namespace:path" in the current language, with its ICU arguments filled in. */
export function t(key: string, values?: Record<string, string | number | Date>): string {
  return translator.t(key, values ?? {});
}

/** The current language. */
export function currentLanguage(): Language {
  const language = translator.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** Loads a language's catalogs if needed, switches every later message to it and tells the listeners. */
export async function setLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !translator.hasResourceBundle(language, 'app')) {
    const catalogs = await CATALOGS[language]();
    for (const ns of NAMESPACES) translator.addResourceBundle(language, ns, catalogs[ns], true, true);
  }
  if (language === currentLanguage()) return;
  await translator.changeLanguage(language);
  for (const listener of listeners) listener(language);
}

/** Calls `listener` after each change of language; returns a function that stops it. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
