/** Trainee settings (default speed, palette, sound, language) and their storage. */
import { isLanguage, type Language } from '../i18n';
import type { Palette } from './affiliation';

export type Speed = 1 | 2 | 4;
export const SPEEDS: readonly Speed[] = [1, 2, 4];

/** The language setting: a language, or 'auto' for the browser's. */
export type LanguageSetting = 'auto' | Language;

export interface Settings {
  defaultSpeed: Speed;
  palette: Palette;
  sound: boolean;
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = { defaultSpeed: 1, palette: 'standard', sound: false, language: 'auto' };
export const SETTINGS_KEY = 'skywatch.settings';

/** Settings read from stored text; anything unreadable falls back to the default for that setting. */
export function parseSettings(text: string | null): Settings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = text === null ? {} : JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  return {
    defaultSpeed: SPEEDS.includes(data.defaultSpeed as Speed) ? (data.defaultSpeed as Speed) : 1,
    palette: data.palette === 'colorblind' ? 'colorblind' : 'standard',
    sound: data.sound === true,
    language: isLanguage(data.language) ? data.language : 'auto',
  };
}
