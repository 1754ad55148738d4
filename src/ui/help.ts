/** The help overlay, opened with `?`: the keyboard and the map key. */
import { t } from '../i18n';
import { setHelpOpen } from '../store/play';
import { session } from '../store/session';
import { button, h, replace } from './dom';
import { restoreFocus } from './focus';
import { keyHelp } from './logic/keymap';
import { mapKey } from './mapKey';

/** Mounts the help overlay; returns a function that unsubscribes it. */
export function mountHelp(root: HTMLElement): () => void {
  let returnTo: Element | null = null;
  const show = (open: boolean) => {
    root.hidden = !open;
    if (!open) {
      const wasOpen = root.hasChildNodes();
      replace(root);
      if (wasOpen) restoreFocus(returnTo);
      return;
    }
    returnTo = document.activeElement;
    const close = button(t('app:help.close'), () => setHelpOpen(false));
    replace(
      root,
      h(
        'div',
        { class: 'overlay', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'help-title' },
        h(
          'div',
          { class: 'help' },
          h(
            'div',
            { class: 'help-columns' },
            h(
              'section',
              {},
              h('h2', { id: 'help-title' }, t('app:help.keyboard')),
              h('p', {}, t('app:help.intro')),
              h(
                'table',
                {},
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'col' }, t('app:help.keys')),
                    h('th', { scope: 'col' }, t('app:help.does')),
                  ),
                ),
                h(
                  'tbody',
                  {},
                  ...keyHelp().map((k) => h('tr', {}, h('td', {}, h('kbd', {}, k.keys)), h('td', {}, k.does))),
                ),
              ),
            ),
            h('section', {}, h('h2', {}, t('app:help.mapKey')), mapKey(session.getState().settings.palette)),
          ),
          close,
        ),
      ),
    );
    close.focus();
  };
  show(session.getState().helpOpen);
  return session.subscribe((s) => s.helpOpen, show);
}
