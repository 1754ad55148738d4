/** "Leave" during play: an in-page confirmation before leaving a running, unfinished run. */
import { t } from '../i18n';
import { backToLibrary } from '../store/actions';
import { session } from '../store/session';
import { button, h } from './dom';
import { restoreFocus } from './focus';

/** Leaves at once when no run is going on; otherwise holds play and asks first, in a dialog appended to `root`. */
export function confirmLeave(root: HTMLElement): void {
  const { engine, paused } = session.getState();
  if (!engine || engine.ended) {
    backToLibrary();
    return;
  }
  const returnTo = document.activeElement;
  session.setState({ paused: true });
  const stay = button(t('app:leave.stay'), () => {
    overlay.remove();
    session.setState({ paused });
    restoreFocus(returnTo);
  });
  const leave = button(t('app:leave.leave'), backToLibrary, { class: 'primary' });
  const overlay = h(
    'div',
    {
      class: 'overlay',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'leave-title',
      'aria-describedby': 'leave-text',
    },
    h(
      'div',
      { class: 'probe' },
      h('h2', { id: 'leave-title' }, t('app:leave.title')),
      h('p', { id: 'leave-text' }, t('app:leave.text')),
      h('div', { class: 'row' }, stay, leave),
    ),
  );
  overlay.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') stay.click();
  });
  root.append(overlay);
  stay.focus();
}
