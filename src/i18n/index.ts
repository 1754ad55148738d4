/** Translation for every layer: the translator and the languages. */
export { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, pickLanguage } from './languages';
export { currentLanguage, onLanguageChange, setLanguage, t } from './translate';
