/** The app shell: a notice line and the current screen, swapped when the session's screen changes. */
import { t } from '../i18n';
import { plainWords } from '../scenario/labels';
import { dismissNotice } from '../store/actions';
import { type Screen, session } from '../store/session';
import { mountAnnouncer } from './announcer';
import { mountBriefing } from './briefing';
import { mountClassDebrief } from './classroom/classDebrief';
import { mountConsole } from './classroom/console';
import { mountJoin } from './classroom/join';
import { mountDebrief } from './debrief';
import { button, h, replace } from './dom';
import { mountLibrary } from './library';
import { mountPlay } from './play';
import { mountStudioScreen } from './studio';

const SCREENS: Record<Screen, (root: HTMLElement) => () => void> = {
  library: mountLibrary,
  briefing: mountBriefing,
  play: mountPlay,
  debrief: mountDebrief,
  join: mountJoin,
  console: mountConsole,
  classDebrief: mountClassDebrief,
  studio: mountStudioScreen,
};

function mountNotice(root: HTMLElement): () => void {
  const text = h('p', {});
  const items = h('ul', { class: 'notice-items' });
  const box = h(
    'div',
    { class: 'notice', role: 'status', 'aria-live': 'polite' },
    h('div', {}, text, items),
    button(t('app:notice.dismiss'), dismissNotice),
  );
  root.append(box);
  const draw = (notice: ReturnType<typeof session.getState>['notice']) => {
    box.hidden = notice === null;
    box.dataset.kind = notice?.kind ?? '';
    text.textContent = plainWords(notice?.text ?? '');
    replace(items, ...(notice?.items ?? []).map((line) => h('li', {}, plainWords(line))));
    items.hidden = !notice?.items;
  };
  draw(session.getState().notice);
  return session.subscribe((s) => s.notice, draw);
}

/** Mounts the app into a root element; returns a function that unmounts it. */
export function mountApp(root: HTMLElement): () => void {
  const screen = h('main', { class: 'screen' });
  const notice = h('div', { class: 'notice-slot' });
  replace(root, notice, screen);
  const offNotice = mountNotice(notice);
  const offAnnouncer = mountAnnouncer(root);
  let unmount = () => {};
  const show = (name: Screen) => {
    unmount();
    replace(screen);
    screen.dataset.screen = name;
    unmount = SCREENS[name](screen);
  };
  show(session.getState().screen);
  const offScreen = session.subscribe((s) => s.screen, show);
  return () => {
    offScreen();
    offNotice();
    offAnnouncer();
    unmount();
  };
}
