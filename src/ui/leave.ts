/** "Leave" during play: an in-page confirmation before leaving a running, unfinished run. */
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
  const stay = button('Keep playing', () => {
    overlay.remove();
    session.setState({ paused });
    restoreFocus(returnTo);
  });
  const leave = button('Leave the run', backToLibrary, { class: 'primary' });
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
      h('h2', { id: 'leave-title' }, 'Leave this run?'),
      h(
        'p',
        { id: 'leave-text' },
        'The run is not finished. It stays saved in this browser: reload or reopen Skywatch to resume it where you left off.',
      ),
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
