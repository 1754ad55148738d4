/** Browser entry point: sets the language, loads the library, reads saved settings and runs, mounts the app and registers the offline app's service worker. */
import './ui/styles.css';
import { initAar } from './store/aarActions';
import { loadLibrary, persist } from './store/actions';
import { builtinScenarios } from './store/builtins';
import { startClassroom } from './store/classroom/startup';
import { session } from './store/session';
import { savedSettings, startSession } from './store/startup';
import { mountApp } from './ui/app';
import { applyLanguage } from './ui/language';
import { offerUpdates } from './ui/update';
import './ui/touch.css';

function start(root: HTMLElement): void {
  loadLibrary(builtinScenarios());
  const params = new URLSearchParams(location.search);
  startSession(params);
  startClassroom(params);
  initAar();
  let unmount = mountApp(root);
  document.body.dataset.palette = session.getState().settings.palette;
  session.subscribe(
    (s) => s.settings.palette,
    (p) => {
      document.body.dataset.palette = p;
    },
  );
  // The setting is offered in the library only: re-mounting redraws the current screen in the new language.
  session.subscribe(
    (s) => s.settings.language,
    (setting) =>
      void applyLanguage(setting).then(() => {
        const focused = document.activeElement?.id;
        unmount();
        unmount = mountApp(root);
        if (focused) document.getElementById(focused)?.focus();
      }),
  );
  addEventListener('pagehide', persist);
  offerUpdates(document.body);
}

const root = document.getElementById('app');
if (root) {
  // The language is set before anything is drawn, so the page never shows English first.
  void applyLanguage(savedSettings().language)
    .catch(() => undefined)
    .then(() => start(root));
}
