/** The play screen's keyboard map: a pure key → command table, listed in the help overlay. */
import { t } from '../../i18n';

export type Command =
  | { kind: 'pause' }
  | { kind: 'speed'; speed: 1 | 2 | 4 }
  | { kind: 'focus'; step: 1 | -1 }
  | { kind: 'track'; step: 1 | -1 }
  | { kind: 'cursor'; dc: number; dr: number }
  | { kind: 'mark' }
  | { kind: 'next-sighting' }
  | { kind: 'classify' }
  | { kind: 'report' }
  | { kind: 'posture'; posture: 'normal' | 'alert' | 'cover' }
  | { kind: 'emissions' }
  | { kind: 'ack' }
  | { kind: 'help' }
  | { kind: 'facilitator' }
  | { kind: 'close' };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** One row of the help overlay: the keys as shown, and what they do. */
export interface KeyHelp {
  keys: string;
  does: string;
}

/** The help overlay's rows, in the current language. */
export function keyHelp(): readonly KeyHelp[] {
  return [
    { keys: t('app:keys.space'), does: t('app:keys.pause') },
    { keys: '1 / 2 / 4', does: t('app:keys.speed') },
    { keys: 'F / Shift+F', does: t('app:keys.focus') },
    { keys: 'J / K', does: t('app:keys.track') },
    { keys: t('app:keys.arrows'), does: t('app:keys.cursor') },
    { keys: 'I', does: t('app:keys.nextSighting') },
    { keys: t('app:keys.markKeys'), does: t('app:keys.mark') },
    { keys: 'C', does: t('app:keys.classify') },
    { keys: 'R', does: t('app:keys.report') },
    { keys: 'Y / W / T', does: t('app:keys.posture') },
    { keys: 'E', does: t('app:keys.emissions') },
    { keys: 'A', does: t('app:keys.ack') },
    { keys: 'G', does: t('app:keys.facilitator') },
    { keys: '?', does: t('app:keys.help') },
    { keys: t('app:keys.escape'), does: t('app:keys.close') },
  ];
}

const PLAIN: Record<string, Command> = {
  ' ': { kind: 'pause' },
  '1': { kind: 'speed', speed: 1 },
  '2': { kind: 'speed', speed: 2 },
  '4': { kind: 'speed', speed: 4 },
  f: { kind: 'focus', step: 1 },
  j: { kind: 'track', step: 1 },
  k: { kind: 'track', step: -1 },
  ArrowUp: { kind: 'cursor', dc: 0, dr: -1 },
  ArrowDown: { kind: 'cursor', dc: 0, dr: 1 },
  ArrowLeft: { kind: 'cursor', dc: -1, dr: 0 },
  ArrowRight: { kind: 'cursor', dc: 1, dr: 0 },
  i: { kind: 'next-sighting' },
  m: { kind: 'mark' },
  Enter: { kind: 'mark' },
  c: { kind: 'classify' },
  r: { kind: 'report' },
  y: { kind: 'posture', posture: 'normal' },
  w: { kind: 'posture', posture: 'alert' },
  t: { kind: 'posture', posture: 'cover' },
  e: { kind: 'emissions' },
  a: { kind: 'ack' },
  g: { kind: 'facilitator' },
  '?': { kind: 'help' },
  Escape: { kind: 'close' },
};

/** What the focused element is, as far as key handling cares. */
export interface FocusLike {
  tag: string;
  /** The input's type attribute (inputs only). */
  type?: string | null;
  role?: string | null;
  editable?: boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password', 'date', 'time']);

/** Whether the focused element takes typed characters (text fields, text areas, selects): play keys leave it alone. */
export function takesTyping(f: FocusLike): boolean {
  if (f.editable || f.tag === 'TEXTAREA' || f.tag === 'SELECT') return true;
  return f.tag === 'INPUT' && TEXT_INPUT_TYPES.has((f.type ?? 'text').toLowerCase());
}

/** Whether the focused element is pressed by Enter (a button, link or radio): Enter then goes to it, not to the map. */
export function pressedByEnter(f: FocusLike): boolean {
  return f.tag === 'BUTTON' || f.tag === 'A' || f.role === 'radio' || (f.tag === 'INPUT' && !takesTyping(f));
}

/** The command for a key press on the play screen, or null when the key means nothing there. */
export function commandFor(e: KeyLike): Command | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (e.key === 'F' || (e.key === 'f' && e.shiftKey)) return { kind: 'focus', step: -1 };
  const key = e.key.length === 1 && e.key !== '?' ? e.key.toLowerCase() : e.key;
  if (e.shiftKey && key.length === 1 && /[a-z]/.test(key)) return null;
  return Object.hasOwn(PLAIN, key) ? PLAIN[key] : null;
}
