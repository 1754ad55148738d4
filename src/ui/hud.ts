/** The play screen's top bar: clock, pause and speed, posture, emissions, comms, help. */
import type { State } from '../engine/types';
import { t } from '../i18n';
import { seatSender } from '../store/classroom/link';
import { setHelpOpen, setPosture, setSpeed, skipToEnd, toggleEmissions, togglePause } from '../store/play';
import { session } from '../store/session';
import { SPEEDS } from '../store/settings';
import { button, h } from './dom';
import { clockText, commsStatusText, conditionsText } from './format';
import { confirmLeave } from './leave';

const POSTURE_LABEL = {
  normal: () => t('app:hud.normal'),
  alert: () => t('app:hud.alert'),
  cover: () => t('app:hud.cover'),
} as const;

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
  const clock = h('span', { class: 'clock', role: 'timer', 'aria-live': 'off', 'aria-label': t('app:hud.clock') });
  const status = h('span', { class: 'status' });
  const pause = button(t('app:hud.pause'), togglePause, { 'aria-keyshortcuts': 'Space' });
  const speeds = SPEEDS.map((n) => button(`${n}×`, () => setSpeed(n), { 'aria-label': t('app:hud.speed', { n }) }));
  const postures = (['normal', 'alert', 'cover'] as const).map((p) =>
    button(POSTURE_LABEL[p](), () => setPosture(p), { 'data-posture': p }),
  );
  const emissions = button(t('app:hud.emissions'), toggleEmissions, {
    role: 'switch',
    'aria-label': t('app:hud.emissionsLabel'),
  });
  const comms = h('span', { class: 'comms' });
  const conditions = h('span', { class: 'conditions' });
  const inClass = seatSender() !== null;
  root.append(
    h(
      'div',
      { class: 'hud' },
      h('div', { class: 'clockbox' }, clock, status),
      !inClass && group(t('app:hud.time'), pause, ...speeds),
      group(t('app:hud.posture'), ...postures),
      group(t('app:hud.emissions'), emissions),
      h('div', { class: 'info' }, comms, conditions),
      h(
        'div',
        { class: 'group end' },
        !inClass && button(t('app:hud.skip'), skipToEnd),
        button(t('app:hud.help'), () => setHelpOpen(true), { 'aria-keyshortcuts': '?' }),
        !inClass && button(t('app:hud.leave'), () => confirmLeave(root), { title: t('app:hud.leaveTitle') }),
      ),
    ),
  );
  const drawEngine = (e: State | null) => {
    if (!e) return;
    clock.textContent = clockText(scenario, e.t);
    for (const b of postures) b.setAttribute('aria-pressed', String(b.dataset.posture === e.posture));
    emissions.setAttribute('aria-checked', String(e.emissions === 'on'));
    emissions.textContent = e.emissions === 'on' ? t('app:hud.devicesOn') : t('app:hud.devicesOff');
    const b = scenario.briefing.reporting;
    comms.textContent = t('app:hud.comms', {
      primary: commsStatusText(e.comms.primary),
      alternate: commsStatusText(e.comms.alternate),
    });
    comms.title = t('app:hud.commsTitle', { primary: b.primary, alternate: b.alternate });
    comms.dataset.down = String(e.comms.primary !== 'up' || e.comms.alternate !== 'up');
    conditions.textContent = conditionsText(e.conditions);
  };
  const drawClock = () => {
    const s = session.getState();
    const frozen = s.engine?.frozenProbe !== null;
    const rate = s.speed * s.timeScale;
    status.textContent = s.engine?.ended
      ? t('app:hud.ended')
      : frozen
        ? t('app:hud.frozen')
        : inClass
          ? t('app:hud.classTime')
          : s.paused
            ? t('app:hud.paused', { rate })
            : t('app:hud.running', { rate });
    status.title = s.timeScale === 1 ? '' : t('app:hud.scaleTitle', { speed: s.speed, scale: s.timeScale });
    pause.textContent = s.paused ? t('app:hud.resume') : t('app:hud.pause');
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
