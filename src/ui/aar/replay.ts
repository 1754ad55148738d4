/** The replay: ground truth and the trainee's picture side by side, rebuilt by the engine at any moment. */
import type { ContactState, State, Track } from '../../engine/types';
import { t } from '../../i18n';
import { cellName, cellOf } from '../../scenario/grid';
import { ASSESSMENT_LABEL, truthLabel } from '../../scenario/labels';
import type { Scenario } from '../../scenario/model';
import { replaySnapshots, stateAt } from '../../scoring/aar';
import type { RunRecord } from '../../store/runRecord';
import { button, h, replace, select, svg } from '../dom';
import { clockText } from '../format';
import { mapPreview, previewPoint } from '../mapPreview';

const SPEEDS = [1, 4, 16, 60] as const;

/** A label's box in preview units: left, top, width, height. */
type Box = { x: number; y: number; w: number; h: number };

const LABEL_H = 12;

/** The baseline for a label that overlaps none of the labels already placed, trying above then below the marker. */
function freeBaseline(placed: Box[], left: number, width: number, preferred: number): number {
  const tries = [0, -1, 1, -2, 2, 3, -3, 4].map((k) => preferred + k * LABEL_H);
  const clear = (y: number) =>
    !placed.some((b) => left < b.x + b.w && left + width > b.x && y - LABEL_H < b.y + b.h && y > b.y);
  const y = tries.find(clear) ?? preferred;
  placed.push({ x: left, y: y - LABEL_H, w: width, h: LABEL_H });
  return y;
}

function contactMarker(scenario: Scenario, c: ContactState, placed: Box[]): SVGGElement {
  const meta = scenario.contacts.find((x) => x.id === c.id);
  const p = previewPoint(c.x, c.y);
  const right = c.x > scenario.map.cols / 2;
  const text = meta?.label || c.id;
  const width = text.length * 6.2;
  const lx = right ? p.x - 9 : p.x + 9;
  const ly = freeBaseline(placed, right ? lx - width : lx, width, p.y - 8);
  const g = svg('g', {
    class: `replay-contact ${meta?.domain ?? 'air'} p-${c.perception}`,
    'data-contact': c.id,
    'data-x': c.x.toFixed(3),
    'data-y': c.y.toFixed(3),
    'data-cell': cellName(cellOf(c)),
  });
  g.append(
    meta?.domain === 'ground'
      ? svg('rect', { x: p.x - 6, y: p.y - 6, width: 12, height: 12 })
      : svg('circle', { cx: p.x, cy: p.y, r: 7 }),
    svg('text', { x: lx, y: ly, class: 'replay-label', 'text-anchor': right ? 'end' : 'start' }, text),
  );
  return g;
}

/** A track of the trainee as the replay and the printed final board draw it. */
export function trackMarker(t: Track): SVGGElement {
  const p = previewPoint(t.x, t.y);
  const g = svg('g', { class: `replay-track ${t.visible ? 'seen' : 'stale'}`, 'data-track': t.label });
  g.append(
    svg('rect', { x: p.x - 8, y: p.y - 8, width: 16, height: 16, rx: 3 }),
    svg('text', { x: p.x, y: p.y + 4, class: 'replay-track-label' }, t.label),
  );
  return g;
}

function indicationMarker(c: ContactState): SVGElement | null {
  if (c.perception !== 'indication' || !c.indicationCell) return null;
  const p = previewPoint(c.indicationCell.c, c.indicationCell.r);
  return svg('circle', { cx: p.x, cy: p.y, r: 10, class: 'replay-indication' });
}

function contactLine(scenario: Scenario, c: ContactState): HTMLLIElement {
  const meta = scenario.contacts.find((x) => x.id === c.id);
  const name = meta?.label || c.id;
  const seen =
    c.perception === 'observable'
      ? t('aar:replay.observable')
      : c.perception === 'indication'
        ? t('aar:replay.faint')
        : t('aar:replay.notSeen');
  const truth = meta ? truthLabel(meta.domain, meta.truth) : '';
  return h('li', { 'data-contact': c.id }, t('aar:replay.contact', { name, truth, cell: cellName(cellOf(c)), seen }));
}

function trackLine(track: Track): HTMLLIElement {
  const what = track.classification ? ASSESSMENT_LABEL[track.classification] : t('aar:replay.notClassified');
  const where = { label: track.label, cell: cellName(cellOf(track)), what };
  return h('li', {}, track.visible ? t('aar:replay.track', where) : t('aar:replay.trackLastSeen', where));
}

/** The replay's texts in the current language. */
function replayText() {
  return {
    truthMap: t('aar:replay.truthMap'),
    pictureMap: t('aar:replay.pictureMap'),
    truthList: t('aar:replay.truthList'),
    pictureList: t('aar:replay.pictureList'),
    clock: t('aar:replay.clock'),
    time: t('aar:replay.time'),
    speed: t('aar:replay.speed'),
    noContact: t('aar:replay.noContact'),
    noTracks: t('aar:replay.noTracks'),
    play: t('aar:replay.play'),
    pause: t('aar:replay.pause'),
    scrub: t('aar:replay.scrub'),
    truthCaption: t('aar:replay.truthCaption'),
    pictureCaption: t('aar:replay.pictureCaption'),
  };
}

/** Mounts the replay into `root`; returns `seek` (jump to a moment) and a cleanup. */
export function mountReplay(
  root: HTMLElement,
  scenario: Scenario,
  record: RunRecord,
): { seek: (tMs: number) => void; off: () => void } {
  const text = replayText();
  const snaps = replaySnapshots(scenario, { seed: record.seed, actions: record.actions });
  const endMs = snaps.final.t;
  const truthMap = mapPreview(scenario, text.truthMap);
  const pictureMap = mapPreview(scenario, text.pictureMap);
  const truthLayer = svg('g', { class: 'replay-layer' });
  const pictureLayer = svg('g', { class: 'replay-layer' });
  truthMap.append(truthLayer);
  pictureMap.append(pictureLayer);
  const truthList = h('ul', { class: 'replay-list', 'aria-label': text.truthList });
  const pictureList = h('ul', { class: 'replay-list', 'aria-label': text.pictureList });
  const clock = h('output', { class: 'replay-clock', 'aria-live': 'off', 'aria-label': text.clock });
  const scrub = h('input', {
    type: 'range',
    min: 0,
    max: endMs,
    step: 250,
    value: 0,
    'aria-label': text.scrub,
  });
  const speed = select(
    text.speed,
    SPEEDS.map((n) => ({ value: String(n), text: `${n}×` })),
    '16',
  );
  let t = 0;
  let playing = false;
  let frame = 0;
  let last = 0;

  const draw = (): void => {
    const state: State = stateAt(scenario, snaps, t);
    root.dataset.t = String(state.t);
    clock.textContent = `${clockText(scenario, state.t)} (${Math.round((state.t / Math.max(1, endMs)) * 100)}%)`;
    scrub.value = String(state.t);
    scrub.setAttribute('aria-valuetext', clockText(scenario, state.t));
    const active = state.contacts.filter((c) => c.active);
    const placed: Box[] = [];
    replace(truthLayer, ...active.map((c) => contactMarker(scenario, c, placed)));
    replace(pictureLayer, ...active.map(indicationMarker), ...state.tracks.map(trackMarker));
    replace(
      truthList,
      ...(active.length ? active.map((c) => contactLine(scenario, c)) : [h('li', {}, text.noContact)]),
    );
    replace(pictureList, ...(state.tracks.length ? state.tracks.map(trackLine) : [h('li', {}, text.noTracks)]));
  };
  const seek = (tMs: number): void => {
    t = Math.max(0, Math.min(endMs, tMs));
    draw();
  };
  const tick = (now: number): void => {
    if (!playing) return;
    t = Math.min(endMs, t + (now - last) * Number(speed.input.value));
    last = now;
    draw();
    if (t >= endMs) setPlaying(false);
    else frame = requestAnimationFrame(tick);
  };
  const play = button(text.play, () => setPlaying(!playing), { class: 'primary' });
  function setPlaying(on: boolean): void {
    playing = on;
    play.textContent = on ? text.pause : text.play;
    cancelAnimationFrame(frame);
    if (on) {
      if (t >= endMs) t = 0;
      last = performance.now();
      frame = requestAnimationFrame(tick);
    }
  }
  scrub.addEventListener('input', () => {
    setPlaying(false);
    seek(Number(scrub.value));
  });
  root.append(
    h(
      'div',
      { class: 'replay-controls' },
      play,
      speed.field,
      h('label', { class: 'field scrub' }, h('span', {}, text.time), scrub),
      clock,
    ),
    h(
      'div',
      { class: 'replay-maps' },
      h('figure', { class: 'replay-fig' }, truthMap, h('figcaption', {}, text.truthCaption), truthList),
      h('figure', { class: 'replay-fig' }, pictureMap, h('figcaption', {}, text.pictureCaption), pictureList),
    ),
  );
  draw();
  return { seek, off: () => setPlaying(false) };
}
