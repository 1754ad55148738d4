/** Browser entry point: loads the library, reads saved settings and runs, mounts the app and registers the offline app's service worker. */
import './ui/styles.css';
import { pickLanguage, setLanguage } from './i18n';
import { initAar } from './store/aarActions';
import { loadLibrary, persist } from './store/actions';
import { builtinScenarios } from './store/builtins';
import { startClassroom } from './store/classroom/startup';
import { session } from './store/session';
import { startSession } from './store/startup';
import { mountApp } from './ui/app';
import { offerUpdates } from './ui/update';

const root = document.getElementById('app');
if (root) {
  await setLanguage(pickLanguage(navigator.languages));
  loadLibrary(builtinScenarios());
  const params = new URLSearchParams(location.search);
  startSession(params);
  startClassroom(params);
  initAar();
  mountApp(root);
  document.body.dataset.palette = session.getState().settings.palette;
  session.subscribe(
    (s) => s.settings.palette,
    (p) => {
      document.body.dataset.palette = p;
    },
  );
  addEventListener('pagehide', persist);
  offerUpdates(document.body);
}
