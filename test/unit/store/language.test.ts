/** The trainer's language: the setting wins, then the address's lang parameter, then the browser's languages. */
import { describe, expect, test } from 'vitest';
import { languageFor } from '../../../src/store/language';

describe('languageFor', () => {
  test('a chosen language wins over the address and the browser', () => {
    expect(languageFor('en', 'es', ['es-MX'])).toBe('en');
    expect(languageFor('es', null, ['en-US'])).toBe('es');
  });

  test('auto takes the lang parameter, then the browser, then English', () => {
    expect(languageFor('auto', 'es', ['en-US'])).toBe('es');
    expect(languageFor('auto', 'fr', ['es-AR', 'en'])).toBe('es');
    expect(languageFor('auto', null, ['de-DE', 'en-GB'])).toBe('en');
    expect(languageFor('auto', null, ['de-DE'])).toBe('en');
    expect(languageFor('auto', null, [])).toBe('en');
  });
});
