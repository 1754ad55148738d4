/**
 * On narrow screens (phones, portrait tablets) the play screen's side panels become tabs under the map: tracks,
 * messages, the report form while it is open and the facilitator view while it is on. CSS shows the chosen panel
 * (`data-tab` on the play grid) and hides the tab bar on wide screens, where every panel stays in view.
 */
import { t } from '../i18n';
import { type Session, session } from '../store/session';
import { currentView } from '../store/view';
import { h } from './dom';

type Tab = 'tracks' | 'messages' | 'report' | 'facilitator';

const TABS: readonly Tab[] = ['tracks', 'messages', 'report', 'facilitator'];

function label(tab: Tab, waiting: number): string {
  if (tab === 'tracks') return t('layout:tabs.tracks');
  if (tab === 'messages') return t('layout:tabs.messages', { count: waiting });
  if (tab === 'report') return t('layout:tabs.report');
  return t('layout:tabs.facilitator');
}

function reportOpen(s: Session): boolean {
  return s.reportOpen && s.selectedTrack !== null;
}

/** Messages still waiting for an acknowledgement, shown on the Messages tab so they are not missed. */
function waitingMessages(): number {
  return currentView()?.messages.filter((m) => m.requiresAck && m.ackedMs === null).length ?? 0;
}

/** Mounts the tab bar into the play grid `main` and keeps its `data-tab` in step; returns a function that unsubscribes it. */
export function mountPlayTabs(main: HTMLElement): () => void {
  const map = session.getState().current?.scenario.map;
  if (map) main.style.setProperty('--map-aspect', String(map.rows / map.cols));
  const buttons = new Map<Tab, HTMLButtonElement>();
  const bar = h('div', { class: 'play-tabs', role: 'tablist', 'aria-label': t('layout:tabs.label') });
  for (const tab of TABS) {
    const b = h('button', { type: 'button', role: 'tab', id: `play-tab-${tab}`, 'data-tab': tab });
    b.addEventListener('click', () => choose(tab));
    buttons.set(tab, b);
    bar.append(b);
  }
  main.append(bar);
  let current: Tab = 'tracks';
  const choose = (tab: Tab) => {
    current = tab;
    main.dataset.tab = tab;
    for (const [name, b] of buttons) b.setAttribute('aria-selected', String(name === tab));
  };
  const draw = () => {
    const s = session.getState();
    const waiting = waitingMessages();
    for (const [tab, b] of buttons) b.textContent = label(tab, waiting);
    buttons.get('messages')?.toggleAttribute('data-waiting', waiting > 0);
    const report = buttons.get('report');
    const facilitator = buttons.get('facilitator');
    if (report) report.hidden = !reportOpen(s);
    if (facilitator) facilitator.hidden = !s.facilitator;
    if ((current === 'report' && !reportOpen(s)) || (current === 'facilitator' && !s.facilitator)) choose('tracks');
  };
  choose('tracks');
  draw();
  const offs = [
    session.subscribe((s) => s.engine, draw),
    session.subscribe(reportOpen, (open) => {
      if (open) choose('report');
      draw();
    }),
    session.subscribe(
      (s) => s.facilitator,
      (on) => {
        if (on) choose('facilitator');
        draw();
      },
    ),
    session.subscribe(
      (s) => s.selectedTrack,
      (track) => {
        if (track && !reportOpen(session.getState())) choose('tracks');
      },
    ),
  ];
  return () => {
    for (const off of offs) off();
  };
}
