/** The play screen: HUD, focus and track panel, the Phaser map, messages, report form and overlays. */

import { t } from '../i18n';
import { cellName } from '../scenario/grid';
import type { TerrainCode } from '../scenario/vocab';
import { startLoop } from '../store/loop';
import { sightingCells } from '../store/play';
import { session } from '../store/session';
import { viewOf } from '../store/view';
import { mountSeatBar } from './classroom/seatBar';
import { mountDiscussion } from './discussion';
import { h } from './dom';
import { mountFacilitator } from './facilitator';
import { focusMap } from './focus';
import { mountHelp } from './help';
import { mountHud } from './hud';
import { mountInSight } from './inSight';
import { listenKeys } from './keyboard';
import { mountMessages } from './messages';
import { announcePlay } from './playAnnouncements';
import { mountPlayTabs } from './playTabs';
import { mountProbe } from './probe';
import { mountReportForm } from './reportForm';
import { mountTracks } from './tracks';

const TERRAIN: Record<TerrainCode, () => string> = {
  '.': () => t('app:terrain.open'),
  '=': () => t('app:terrain.road'),
  '~': () => t('app:terrain.water'),
  '#': () => t('app:terrain.structure'),
  '*': () => t('app:terrain.vegetation'),
  '^': () => t('app:terrain.highGround'),
  '-': () => t('app:terrain.border'),
};

function mountReadout(root: HTMLElement): () => void {
  const draw = () => {
    const state = session.getState();
    const { current, cursor } = state;
    const view = viewOf(state);
    if (!current || !view) return;
    const code = current.scenario.map.terrain[cursor.r]?.[cursor.c];
    const sector = current.scenario.sectors.find((s) => s.cells.some((c) => c.c === cursor.c && c.r === cursor.r));
    const seen = sightingCells(view).some((c) => c.c === cursor.c && c.r === cursor.r);
    root.textContent = `${t('app:play.cursor', { cell: cellName(cursor) })} · ${code ? (TERRAIN[code]?.() ?? code) : ''}${sector ? ` · ${sector.name}` : ''}${seen ? ` · ${t('app:play.somethingHere')}` : ''}`;
  };
  draw();
  const offs = [session.subscribe((s) => s.cursor, draw), session.subscribe((s) => s.engine?.contacts, draw)];
  return () => {
    for (const off of offs) off();
  };
}

/** Mounts the play screen; returns a function that tears it down (the map, the loop, the listeners). */
export function mountPlay(root: HTMLElement): () => void {
  const current = session.getState().current;
  const hud = h('header', { class: 'hud-slot' });
  const left = h('section', { class: 'left', 'aria-label': t('app:play.leftPanel') });
  const mapBox = h('div', {
    class: 'map',
    id: 'map',
    role: 'application',
    tabindex: 0,
    'aria-label': t('access:play.map'),
  });
  const skip = h('a', { href: '#map', class: 'skip-link' }, t('access:skipToMap'));
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    focusMap();
  });
  const title = h(
    'h1',
    { class: 'sr-only', tabindex: -1 },
    t('access:play.title', { title: current?.scenario.title ?? '' }),
  );
  const inSight = h('div', { class: 'in-sight-slot' });
  const readout = h('p', { class: 'readout', 'aria-live': 'off' });
  const facilitator = h('div', { class: 'facilitator-slot' });
  const right = h('section', { class: 'right', 'aria-label': t('app:play.rightPanel') });
  const report = h('div', { class: 'report-slot' });
  const seatBar = h('div', { class: 'seat-bar-slot' });
  const main = h(
    'div',
    { class: 'play-main' },
    left,
    h('div', { class: 'map-wrap' }, mapBox, inSight, h('div', { class: 'under-map' }, readout, facilitator)),
    h('div', { class: 'right-wrap' }, right, report),
  );
  const area = h('div', { class: 'play-area' }, seatBar, hud, main);
  const probe = h('div', { class: 'overlay-slot' });
  const discussion = h('div', { class: 'overlay-slot' });
  const help = h('div', { class: 'overlay-slot' });
  root.append(skip, title, h('div', { class: 'play' }, area, probe, discussion, help));
  const offs = [
    mountSeatBar(seatBar),
    mountHud(hud),
    mountTracks(left),
    mountMessages(right),
    mountReportForm(report),
    mountReadout(readout),
    mountInSight(inSight),
    announcePlay(),
    mountFacilitator(facilitator),
    mountProbe(probe, area),
    mountDiscussion(discussion),
    mountHelp(help),
    mountPlayTabs(main),
    listenKeys(),
    startLoop(),
  ];
  if (document.activeElement === document.body || document.activeElement === null) focusMap();
  let game: { destroy: (removeCanvas: boolean) => void } | null = null;
  let closed = false;
  import('../game/game')
    .then(({ createGame }) => {
      if (!closed) game = createGame(mapBox);
    })
    .catch(() =>
      session.setState({
        notice: {
          kind: 'error',
          text: t('app:play.mapFailed'),
        },
      }),
    );
  return () => {
    closed = true;
    for (const off of offs) off();
    game?.destroy(true);
  };
}
