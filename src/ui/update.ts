/** The offline app's quiet "new version ready" prompt: a polite status bar with Reload and Later, never a dialog. */
import { registerSW } from 'virtual:pwa-register';
import { button, h } from './dom';

/** Registers the service worker (a no-op in dev and in the single file) and offers a reload when a new version waits. */
export function offerUpdates(parent: HTMLElement): void {
  const update = registerSW({
    onNeedRefresh: () => parent.append(updatePrompt(() => void update(true))),
    onOfflineReady: () => {
      document.documentElement.dataset.offline = 'ready';
    },
  });
}

/** The prompt itself: its text, Reload (runs `reload`; a run in progress is saved and offered again) and Later. */
export function updatePrompt(reload: () => void): HTMLElement {
  const bar = h('div', { class: 'update-prompt', role: 'status', 'aria-label': 'Update' });
  bar.append(
    h('p', {}, 'A new version of Skywatch is ready.'),
    button('Reload', reload),
    button('Later', () => bar.remove()),
  );
  return bar;
}
