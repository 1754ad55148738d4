/** The play screen's top bar: clock, pause and speed, posture, emissions, comms, help. */
import type { State } from '../engine/types';
import { seatSender } from '../store/classroom/link';
import { setHelpOpen, setPosture, setSpeed, skipToEnd, toggleEmissions, togglePause } from '../store/play';
import { session } from '../store/session';
import { SPEEDS } from '../store/settings';
import { button, h } from './dom';
import { clockText, conditionsText } from './format';
import { confirmLeave } from './leave';

const POSTURE_LABEL = { normal: 'Normal', alert: 'Alert', cover: 'Take cover' } as const;

function group(label: string, ...children: Node[]): HTMLElement {
  return h(
    'div',
    { role: 'group', 'aria-label': label, class: 'group' },
    h('span', { class: 'glabel' }, label),
    ...children,
  );
}

/** Mounts the HUD; returns a function that unsubscribes it. */
export function mountHud(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const { scenario } = current;
  const clock = h('span', { class: 'clock', role: 'timer', 'aria-live': 'off', 'aria-label': 'Clock' });
  const status = h('span', { class: 'status' });
  const pause = button('Pause', togglePause, { 'aria-keyshortcuts': 'Space' });
  const speeds = SPEEDS.map((n) => button(`${n}×`, () => setSpeed(n), { 'aria-label': `Speed ${n}×` }));
  const postures = (['normal', 'alert', 'cover'] as const).map((p) =>
    button(POSTURE_LABEL[p], () => setPosture(p), { 'data-posture': p }),
  );
  const emissions = button('Emissions', toggleEmissions, {
    role: 'switch',
    'aria-label': 'Personal devices and emitters on',
  });
  const comms = h('span', { class: 'comms' });
  const conditions = h('span', { class: 'conditions' });
  const inClass = seatSender() !== null;
  root.append(
    h(
      'div',
      { class: 'hud' },
      h('div', { class: 'clockbox' }, clock, status),
      !inClass && group('Time', pause, ...speeds),
      group('Team posture', ...postures),
      group('Emissions', emissions),
      h('div', { class: 'info' }, comms, conditions),
      h(
        'div',
        { class: 'group end' },
        !inClass && button('Skip to end', skipToEnd),
        button('Help ?', () => setHelpOpen(true), { 'aria-keyshortcuts': '?' }),
        !inClass && button('Leave', () => confirmLeave(root), { title: 'Back to the library; the run stays saved' }),
      ),
    ),
  );
  const drawEngine = (e: State | null) => {
    if (!e) return;
    clock.textContent = clockText(scenario, e.t);
    for (const b of postures) b.setAttribute('aria-pressed', String(b.dataset.posture === e.posture));
    emissions.setAttribute('aria-checked', String(e.emissions === 'on'));
    emissions.textContent = e.emissions === 'on' ? 'Devices ON' : 'Devices OFF';
    const b = scenario.briefing.reporting;
    comms.textContent = `Primary ${e.comms.primary} · Alternate ${e.comms.alternate}`;
    comms.title = `Primary: ${b.primary}. Alternate: ${b.alternate}.`;
    comms.dataset.down = String(e.comms.primary !== 'up' || e.comms.alternate !== 'up');
    conditions.textContent = conditionsText(e.conditions);
  };
  const drawClock = () => {
    const s = session.getState();
    const frozen = s.engine?.frozenProbe !== null;
    const rate = s.speed * s.timeScale;
    status.textContent = s.engine?.ended
      ? 'Ended'
      : frozen
        ? 'Frozen'
        : inClass
          ? 'Class time'
          : s.paused
            ? `Paused (at ${rate}×)`
            : `Running ${rate}×`;
    status.title = s.timeScale === 1 ? '' : `${s.speed}× here times speed=${s.timeScale} from the address`;
    pause.textContent = s.paused ? 'Resume' : 'Pause';
    pause.setAttribute('aria-pressed', String(s.paused));
    for (const [i, b] of speeds.entries()) b.setAttribute('aria-pressed', String(s.speed === SPEEDS[i]));
  };
  drawEngine(session.getState().engine);
  drawClock();
  const offs = [
    session.subscribe((s) => s.engine, drawEngine),
    session.subscribe(
      (s) => [s.paused, s.speed, s.timeScale, s.engine?.frozenProbe, s.engine?.ended].join(),
      drawClock,
    ),
  ];
  return () => {
    for (const off of offs) off();
  };
}
