/** The translator: ICU plurals in both languages, language choice from preferences, and switching. */
import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage, onLanguageChange, pickLanguage, setLanguage, t } from '../../../src/i18n';

afterEach(async () => {
  await setLanguage('en');
});

describe('translator', () => {
  it('speaks English by default and Spanish after a switch, telling listeners', async () => {
    expect(currentLanguage()).toBe('en');
    expect(t('app:language.auto', { name: 'English' })).toBe('Browser language (English)');
    const heard: string[] = [];
    const stop = onLanguageChange((language) => heard.push(language));
    await setLanguage('es');
    stop();
    await setLanguage('en');
    expect(heard).toEqual(['es']);
    await setLanguage('es');
    expect(t('app:language.label')).toBe('Idioma');
  });

  it('picks the first supported language from browser tags or POSIX locales', () => {
    expect(pickLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickLanguage(['es_ES.UTF-8'])).toBe('es');
    expect(pickLanguage(['EN-gb'])).toBe('en');
    expect(pickLanguage(['de', undefined, 'C'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
