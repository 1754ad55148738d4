/** The left panel: focus-sector buttons, the track list with observed cues, and the selected track's classification. */
import type { SeenCues, ViewTrack } from '../engine';
import { t } from '../i18n';
import { valueLabel } from '../scenario/labels';
import type { Scenario } from '../scenario/model';
import { AIR_ASSESSMENTS, type Assessment, GROUND_ASSESSMENTS } from '../scenario/vocab';
import { ASSESSMENT_NAME, affiliationOf } from '../store/affiliation';
import { classify, dropTrack, focusSector, selectTrack, setReportOpen } from '../store/play';
import { session } from '../store/session';
import { viewOf } from '../store/view';
import { button, h, replace } from './dom';
import { clockText } from './format';

const CUE_LABEL: Record<keyof SeenCues, () => string> = {
  type: () => t('app:cues.type'),
  size: () => t('app:cues.size'),
  count: () => t('app:cues.count'),
  sound: () => t('app:cues.sound'),
  lights: () => t('app:cues.lights'),
  lightColor: () => t('app:cues.lightColor'),
  markings: () => t('app:cues.markings'),
  carrying: () => t('app:cues.carrying'),
  altitude: () => t('app:cues.altitude'),
  kind: () => t('app:cues.kind'),
  behavior: () => t('app:cues.behavior'),
  activity: () => t('app:cues.activity'),
  direction: () => t('app:cues.direction'),
};

/** Cues whose values are the report's vocabulary, worded as the report form words them. */
const REPORT_CUES = new Set<keyof SeenCues>(['type', 'size', 'lights', 'activity']);

function cueText(key: keyof SeenCues, value: unknown): string {
  if (key === 'carrying') return value ? t('app:cues.objectAttached') : t('app:cues.nothingSeen');
  if (REPORT_CUES.has(key) && typeof value === 'string') {
    return valueLabel(key as 'type' | 'size' | 'lights' | 'activity', value).toLocaleLowerCase();
  }
  return String(value);
}

/** Cues as "key: value" pairs, in a fixed order. */
function cueList(cues: SeenCues): HTMLElement {
  const keys = (Object.keys(CUE_LABEL) as (keyof SeenCues)[]).filter((k) => cues[k] !== undefined && cues[k] !== '');
  if (keys.length === 0) return h('p', { class: 'hint' }, t('app:tracks.noCues'));
  return h(
    'dl',
    { class: 'cues' },
    ...keys.flatMap((k) => [h('dt', {}, CUE_LABEL[k]()), h('dd', {}, cueText(k, cues[k]))]),
  );
}

function summary(track: ViewTrack): string {
  const c = track.cues;
  const bits = [
    c.type ? valueLabel('type', c.type).toLocaleLowerCase() : c.kind,
    c.size && valueLabel('size', c.size).toLocaleLowerCase(),
    c.activity && valueLabel('activity', c.activity).toLocaleLowerCase(),
  ].filter(Boolean);
  return bits.length > 0 ? bits.join(', ') : t('app:tracks.noDetail');
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
  sel.append(h('option', { value: '' }, t('app:tracks.choose')));
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
  const apply = button(t('app:tracks.classify'), applyChoice);
  const seen = sightText(current.scenario, track);
  return h(
    'section',
    { class: 'details', 'aria-labelledby': 'track-title' },
    h('h3', { id: 'track-title' }, t('app:tracks.track', { label: track.label })),
    h('p', { class: 'meta' }, `${track.cell} · ${seen}`),
    cueList(track.cues),
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'classify-select' }, t('app:tracks.classificationOf', { label: track.label })),
    ),
    h('div', { class: 'row' }, sel, apply),
    h(
      'div',
      { class: 'row' },
      button(t('app:tracks.report', { label: track.label }), () => setReportOpen(true), {
        class: 'primary',
        'aria-keyshortcuts': 'R',
      }),
      button(t('app:tracks.drop', { label: track.label }), () => dropTrack(track.label), {
        title: t('app:tracks.dropTitle'),
      }),
    ),
  );
}

/** Where a track stands: in sight, only an indication now, or lost since a time. */
function sightText(scenario: Scenario, track: ViewTrack): string {
  if (track.sight === 'in-sight') return t('app:tracks.inSight');
  const last = t('app:tracks.lastSeen', { when: clockText(scenario, track.lastSeenMs) });
  return track.sight === 'indication'
    ? `${t('app:tracks.indication', { cell: track.indicationCell ?? '' })} · ${last}`
    : last;
}

/** Mounts the focus and track panel; returns a function that unsubscribes it. */
export function mountTracks(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const sectors = [{ id: null, name: t('app:tracks.noFocus') }, ...current.scenario.sectors];
  const focusButtons = sectors.map((s) => button(s.name, () => focusSector(s.id), { 'data-sector': s.id ?? '' }));
  const list = h('ul', { class: 'tracks', 'aria-label': t('app:tracks.title') });
  const detail = h('div', {});
  root.append(
    h(
      'div',
      { role: 'group', 'aria-label': t('app:tracks.focusSector'), class: 'focus' },
      h('h2', {}, t('app:tracks.focus')),
      ...focusButtons,
    ),
    h('h2', {}, t('app:tracks.title')),
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
    replace(detail, track ? details(track) : h('p', { class: 'hint' }, t('app:tracks.selectHint')));
    if (focused) document.getElementById(focused)?.focus();
  };
  const drawList = (tracks: readonly ViewTrack[], selectedTrack: string | null) => {
    const focusedLabel = list.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.track
      : undefined;
    const items = tracks.map((track) => {
      const aff = affiliationOf(track.classification);
      const what = track.classification ? ASSESSMENT_NAME[track.classification] : t('app:tracks.notClassified');
      const label = `${track.label} ${what} · ${summary(track)}${track.sight === 'in-sight' ? '' : ` ${t('app:tracks.lost')}`}`;
      return h(
        'li',
        {},
        button(label, () => selectTrack(track.label), {
          'aria-pressed': String(track.label === selectedTrack),
          class: `track aff-${aff}`,
          'data-track': track.label,
          'aria-label': t('app:tracks.trackLabel', {
            label: track.label,
            what,
            summary: `${summary(track)}${track.sight === 'in-sight' ? '' : ` ${t('app:tracks.lost')}`}`,
          }),
        }),
      );
    });
    replace(list, ...(items.length > 0 ? items : [h('li', { class: 'hint' }, t('app:tracks.emptyHint'))]));
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
