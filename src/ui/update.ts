/** The offline app's quiet "new version ready" prompt: a polite status region with Reload and Later, never a dialog. */
import { registerSW } from 'virtual:pwa-register';
import { t } from '../i18n';
import { button, h, replace } from './dom';

/**
 * Registers the service worker (a no-op in dev and in the single file) and, when a new version waits, offers a reload in
 * a status region added empty at start, so screen readers announce the offer when it appears.
 */
export function offerUpdates(parent: HTMLElement): void {
  const region = h('div', { class: 'update-prompt', role: 'status', 'aria-label': t('app:update.label') });
  parent.append(region);
  const update = registerSW({
    onNeedRefresh: () =>
      replace(
        region,
        h('p', {}, t('app:update.ready')),
        button(t('app:update.reload'), () => void update(true)),
        button(t('app:update.later'), () => replace(region)),
      ),
    onOfflineReady: () => {
      document.documentElement.dataset.offline = 'ready';
    },
  });
}
