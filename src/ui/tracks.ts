/** The left panel: focus-sector buttons, the track list with observed cues, and the selected track's classification. */
import type { SeenCues, ViewTrack } from '../engine';
import type { Scenario } from '../scenario/model';
import { AIR_ASSESSMENTS, type Assessment, GROUND_ASSESSMENTS } from '../scenario/vocab';
import { ASSESSMENT_NAME, affiliationOf } from '../store/affiliation';
import { classify, dropTrack, focusSector, selectTrack, setReportOpen } from '../store/play';
import { session } from '../store/session';
import { viewOf } from '../store/view';
import { button, h, replace } from './dom';
import { clockText } from './format';

const CUE_LABEL: Record<keyof SeenCues, string> = {
  type: 'Type',
  size: 'Size',
  count: 'Count',
  sound: 'Sound',
  lights: 'Lights',
  lightColor: 'Light colour',
  markings: 'Markings',
  carrying: 'Carrying',
  altitude: 'Altitude',
  kind: 'Kind',
  behavior: 'Behaviour',
  activity: 'Activity',
  direction: 'Heading',
};

function cueText(key: keyof SeenCues, value: unknown): string {
  if (key === 'carrying') return value ? 'object attached' : 'nothing seen';
  return String(value);
}

/** Cues as "key: value" pairs, in a fixed order. */
function cueList(cues: SeenCues): HTMLElement {
  const keys = (Object.keys(CUE_LABEL) as (keyof SeenCues)[]).filter((k) => cues[k] !== undefined && cues[k] !== '');
  if (keys.length === 0) return h('p', { class: 'hint' }, 'No cues observed yet.');
  return h(
    'dl',
    { class: 'cues' },
    ...keys.flatMap((k) => [h('dt', {}, CUE_LABEL[k]), h('dd', {}, cueText(k, cues[k]))]),
  );
}

function summary(track: ViewTrack): string {
  const c = track.cues;
  const bits = [c.type ?? c.kind, c.size, c.activity].filter(Boolean);
  return bits.length > 0 ? bits.join(', ') : 'no detail yet';
}

function isGround(track: ViewTrack): boolean {
  return (
    track.cues.kind !== undefined ||
    (track.classification !== null && GROUND_ASSESSMENTS.some((a) => a === track.classification))
  );
}

function details(track: ViewTrack): HTMLElement {
  const current = session.getState().current;
  if (!current) return h('div', {});
  const choices: readonly Assessment[] = isGround(track) ? GROUND_ASSESSMENTS : AIR_ASSESSMENTS;
  const sel = h('select', { id: 'classify-select' });
  sel.append(h('option', { value: '' }, '— choose —'));
  for (const a of choices) {
    const opt = h('option', { value: a }, ASSESSMENT_NAME[a]);
    if (a === track.classification) opt.selected = true;
    sel.append(opt);
  }
  const applyChoice = () => {
    if (sel.value && sel.value !== track.classification) classify(track.label, sel.value as Assessment);
  };
  sel.addEventListener('change', applyChoice);
  sel.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    applyChoice();
  });
  const apply = button('Classify', applyChoice);
  const seen = sightText(current.scenario, track);
  return h(
    'section',
    { class: 'details', 'aria-labelledby': 'track-title' },
    h('h3', { id: 'track-title' }, `Track ${track.label}`),
    h('p', { class: 'meta' }, `${track.cell} · ${seen}`),
    cueList(track.cues),
    h('div', { class: 'row' }, h('label', { for: 'classify-select' }, `Classification of ${track.label}`)),
    h('div', { class: 'row' }, sel, apply),
    h(
      'div',
      { class: 'row' },
      button(`Report ${track.label}…`, () => setReportOpen(true), { class: 'primary', 'aria-keyshortcuts': 'R' }),
      button(`Drop ${track.label}`, () => dropTrack(track.label), {
        title: 'Drop this track: a mark made by mistake, or one that follows nothing any more',
      }),
    ),
  );
}

/** Where a track stands: in sight, only an indication now, or lost since a time. */
function sightText(scenario: Scenario, track: ViewTrack): string {
  if (track.sight === 'in-sight') return 'in sight';
  const last = `last seen ${clockText(scenario, track.lastSeenMs)}`;
  return track.sight === 'indication' ? `faint indication near ${track.indicationCell} · ${last}` : last;
}

/** Mounts the focus and track panel; returns a function that unsubscribes it. */
export function mountTracks(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const sectors = [{ id: null, name: 'No focus' }, ...current.scenario.sectors];
  const focusButtons = sectors.map((s) => button(s.name, () => focusSector(s.id), { 'data-sector': s.id ?? '' }));
  const list = h('ul', { class: 'tracks', 'aria-label': 'Tracks' });
  const detail = h('div', {});
  root.append(
    h('div', { role: 'group', 'aria-label': 'Focus sector', class: 'focus' }, h('h2', {}, 'Focus'), ...focusButtons),
    h('h2', {}, 'Tracks'),
    list,
    detail,
  );
  let drawnDetail = '';
  let drawnList = '';
  const draw = () => {
    const state = session.getState();
    const view = viewOf(state);
    const { selectedTrack } = state;
    if (!view) return;
    for (const b of focusButtons) b.setAttribute('aria-pressed', String((b.dataset.sector || null) === view.focus));
    const listKey = JSON.stringify([
      selectedTrack,
      view.tracks.map((t) => [t.label, t.classification, t.sight, summary(t)]),
    ]);
    if (listKey !== drawnList) {
      drawnList = listKey;
      drawList(view.tracks, selectedTrack);
    }
    const track = view.tracks.find((t) => t.label === selectedTrack);
    const key = track
      ? JSON.stringify([track.label, track.cues, track.classification, track.sight, track.cell, track.indicationCell])
      : '';
    if (key === drawnDetail) return;
    const focused = detail.contains(document.activeElement) ? (document.activeElement as HTMLElement).id : '';
    drawnDetail = key;
    replace(
      detail,
      track ? details(track) : h('p', { class: 'hint' }, 'Select a track (J / K) to classify and report it.'),
    );
    if (focused) document.getElementById(focused)?.focus();
  };
  const drawList = (tracks: readonly ViewTrack[], selectedTrack: string | null) => {
    const focusedLabel = list.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.track
      : undefined;
    const items = tracks.map((t) => {
      const aff = affiliationOf(t.classification);
      const what = t.classification ? ASSESSMENT_NAME[t.classification] : 'Not classified';
      const label = `${t.label} ${what} · ${summary(t)}${t.sight === 'in-sight' ? '' : ' (lost)'}`;
      return h(
        'li',
        {},
        button(label, () => selectTrack(t.label), {
          'aria-pressed': String(t.label === selectedTrack),
          class: `track aff-${aff}`,
          'data-track': t.label,
          'aria-label': `Track ${t.label}: ${what} · ${summary(t)}${t.sight === 'in-sight' ? '' : ' (lost)'}`,
        }),
      );
    });
    replace(
      list,
      ...(items.length > 0
        ? items
        : [h('li', { class: 'hint' }, 'Click a sighting on the map (or press I then M) to mark it.')]),
    );
    if (focusedLabel) list.querySelector<HTMLElement>(`[data-track="${focusedLabel}"]`)?.focus();
  };
  draw();
  const offs = [
    session.subscribe((s) => s.engine?.tracks, draw),
    session.subscribe((s) => s.engine?.contacts, draw),
    session.subscribe((s) => s.engine?.focus, draw),
    session.subscribe((s) => s.selectedTrack, draw),
  ];
  return () => {
    for (const off of offs) off();
  };
}
