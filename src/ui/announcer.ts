/** The one polite announcer: a visually hidden live region that screen readers read as lines are added to it. */
import { h } from './dom';

const KEPT = 5;
let region: HTMLElement | null = null;

/** Adds the announcer to `parent` (once, before anything is announced); returns a function that removes it. */
export function mountAnnouncer(parent: HTMLElement): () => void {
  const el = h('div', { class: 'sr-only announcer', role: 'log', 'aria-live': 'polite', 'aria-atomic': 'false' });
  parent.append(el);
  region = el;
  return () => {
    el.remove();
    if (region === el) region = null;
  };
}

/** Announces a line politely (the last few stay in the region; older ones are removed). */
export function announce(text: string): void {
  if (!region || !text) return;
  region.append(h('p', {}, text));
  while (region.childElementCount > KEPT) region.firstElementChild?.remove();
}
