/** Browser entry point: loads the library, reads saved settings and runs, and mounts the app. */
import './ui/styles.css';
import { initAar } from './store/aarActions';
import { loadLibrary, persist, startSession } from './store/actions';
import { builtinScenarios } from './store/builtins';
import { facilitatorFrom, setFacilitator } from './store/facilitator';
import { session } from './store/session';
import { mountApp } from './ui/app';

const root = document.getElementById('app');
if (root) {
  loadLibrary(builtinScenarios());
  const params = new URLSearchParams(location.search);
  startSession(params);
  const facilitator = facilitatorFrom(params);
  setFacilitator(facilitator.on);
  if (facilitator.problem) session.setState({ notice: { kind: 'error', text: facilitator.problem } });
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
}
