/** The map tab: tools, the canvas and the time scrubber; the map's gestures become edits. */
import { t } from '../../i18n';
import { cellName } from '../../scenario/grid';
import type { Cell, Scenario } from '../../scenario/model';
import { formatOffset } from '../../scenario/time';
import { TERRAIN_CODES, type TerrainCode } from '../../scenario/vocab';
import type { Edit } from '../edits/types';
import type { PartialScenario } from '../partial';
import { contactsAt, sightRangeAt } from '../scrub';
import { el, field, refill } from './dom';
import { type MapMark, mountMapCanvas, type Tool, terrainWord } from './mapCanvas';
import { type MapModel, mapModelOf } from './mapModel';

const TOOLS: { tool: Tool; label: () => string; hint: () => string }[] = [
  { tool: 'paint', label: () => t('studio:map.paint'), hint: () => t('studio:map.paintHint') },
  { tool: 'post', label: () => t('studio:map.post'), hint: () => t('studio:map.postHint') },
  { tool: 'team', label: () => t('studio:map.team'), hint: () => t('studio:map.teamHint') },
  { tool: 'sector', label: () => t('studio:map.sector'), hint: () => t('studio:map.sectorHint') },
  { tool: 'perimeter', label: () => t('studio:map.perimeter'), hint: () => t('studio:map.perimeterHint') },
  { tool: 'path', label: () => t('studio:map.path'), hint: () => t('studio:map.pathHint') },
];

/** The range "A1:D8" between two cells (a single cell when they are the same). */
function rangeOf(a: Cell, b: Cell): string {
  const from = cellName({ c: Math.min(a.c, b.c), r: Math.min(a.r, b.r) });
  const to = cellName({ c: Math.max(a.c, b.c), r: Math.max(a.r, b.r) });
  return from === to ? from : `${from}:${to}`;
}

/** The map tab's state shared with the other panels. */
export interface MapTabState {
  tMs: number;
  contact: string | null;
}

/** Mounts the map tab; `draw` refreshes it from the text's partial reading, scenario and problems on the map. */
export function mapTab(
  edit: (e: Edit) => void,
  tell: (text: string) => void,
  state: MapTabState,
): { box: HTMLElement; draw(p: PartialScenario, scenario: Scenario | null, marks: MapMark[]): void } {
  let tool: Tool = 'paint';
  let code: TerrainCode = '*';
  let sector: string | null = null;
  let model: MapModel | null = null;
  let partial: PartialScenario | null = null;
  let scenario: Scenario | null = null;
  let marks: MapMark[] = [];

  const hint = el('p', { class: 'hint tool-hint' }, TOOLS[0].hint());
  const codeSel = el('select', { 'aria-label': t('studio:map.terrainToPaint') });
  for (const c of TERRAIN_CODES)
    codeSel.append(el('option', { value: c, selected: c === code }, `${c} ${terrainWord(c)}`));
  codeSel.addEventListener('change', () => {
    code = codeSel.value as TerrainCode;
    redraw();
  });
  const sectorSel = el('select', { 'aria-label': t('studio:map.sectorToDraw') });
  sectorSel.addEventListener('change', () => {
    sector = sectorSel.value || null;
    redraw();
  });
  const contactSel = el('select', { 'aria-label': t('studio:map.contactToDraw') });
  contactSel.addEventListener('change', () => {
    state.contact = contactSel.value || null;
    redraw();
  });
  /** The option each tool needs, shown beside the tools only while that tool is chosen. */
  const optionFields: Partial<Record<Tool, HTMLElement>> = {
    paint: field(t('studio:map.terrain'), codeSel),
    sector: field(t('studio:map.sector'), sectorSel),
    path: field(t('studio:map.contact'), contactSel),
  };
  const showOptions = () => {
    for (const [t, f] of Object.entries(optionFields)) f.hidden = t !== tool;
  };
  showOptions();
  const toolBar = el('div', { class: 'map-tools', role: 'radiogroup', 'aria-label': t('studio:map.tool') });
  for (const each of TOOLS) {
    const radio = el('input', { type: 'radio', name: 'studio-tool', value: each.tool, checked: each.tool === tool });
    radio.addEventListener('change', () => {
      tool = each.tool;
      hint.textContent = each.hint();
      showOptions();
      redraw();
    });
    toolBar.append(el('label', { class: 'tool' }, radio, each.label()));
  }
  const scrub = el('input', { type: 'range', min: 0, max: 600, step: 5, value: 0, 'aria-label': t('studio:map.time') });
  const scrubText = el('output', { class: 'scrub-time' }, '0:00');
  scrub.addEventListener('input', () => {
    state.tMs = Number(scrub.value) * 1000;
    redraw();
  });
  const mapBox = el('div', { class: 'map-box' });
  const canvas = mountMapCanvas(mapBox, {
    paint: (cells) => edit({ kind: 'paint', cells: cells.map(cellName), code }),
    movePost: (cell) => edit({ kind: 'movePost', cell: cellName(cell) }),
    moveTeam: (id, cell) => edit({ kind: 'moveTeam', id, cell: cellName(cell) }),
    addTeam(cell) {
      const n = (partial?.team.length ?? 0) + 1;
      edit({ kind: 'addTeam', member: { id: `t${n}`, name: `Team ${n}`, cell: cellName(cell) } });
    },
    rect(kind, a, b) {
      const cells = rangeOf(a, b);
      if (kind === 'perimeter') edit({ kind: 'setPerimeter', cells });
      else if (sector && partial?.sectors.some((s) => s.id === sector))
        edit({ kind: 'setSectorCells', id: sector, cells });
      else {
        const taken = new Set(partial?.sectors.map((s) => s.id));
        let n = 1;
        while (taken.has(`s${n}`)) n++;
        sector = `s${n}`;
        edit({ kind: 'addSector', sector: { id: sector, name: `Sector ${n}`, cells } });
      }
    },
    addWaypoint(cell) {
      const c = model?.contacts.find((x) => x.id === state.contact);
      if (!c) {
        tell(t('studio:map.chooseContact'));
        return;
      }
      const lastMs = c.path.length > 0 ? c.path[c.path.length - 1].ms : -30_000;
      const at = Math.max(state.tMs, lastMs + 30_000);
      state.tMs = at;
      edit({ kind: 'addWaypoint', contact: c.id, waypoint: { at: formatOffset(at), cell: cellName(cell) } });
    },
    moveWaypoint: (index, cell) => {
      if (state.contact) edit({ kind: 'setWaypoint', contact: state.contact, index, cell: cellName(cell) });
    },
  });

  const options = (
    sel: HTMLSelectElement,
    items: { id: string; text: string }[],
    value: string | null,
    none: string,
  ) => {
    refill(
      sel,
      el('option', { value: '' }, none),
      ...items.map((i) => el('option', { value: i.id, selected: i.id === value }, i.text)),
    );
  };

  function redraw(): void {
    if (!model) return;
    const duration = Math.max(model.durationMs, 1000);
    scrub.max = String(Math.ceil(duration / 1000));
    state.tMs = Math.min(state.tMs, duration);
    scrub.value = String(Math.round(state.tMs / 1000));
    scrubText.textContent = formatOffset(state.tMs);
    const positions = partial ? contactsAt(partial, state.tMs) : [];
    const range = scenario ? sightRangeAt(scenario, state.tMs) : null;
    canvas.draw({ model, tool, code, contact: state.contact, sector, tMs: state.tMs, positions, range, marks });
    canvas.canvas.dataset.tool = tool;
  }

  const box = el(
    'section',
    { class: 'studio-map-tab', 'aria-label': t('studio:tabs.map') },
    el('div', { class: 'map-toolrow' }, toolBar, ...Object.values(optionFields)),
    hint,
    mapBox,
    el('div', { class: 'scrubber' }, el('span', {}, t('studio:map.timeShort')), scrub, scrubText),
  );
  return {
    box,
    draw(p, sc, m) {
      partial = p;
      scenario = sc;
      marks = m;
      model = mapModelOf(p);
      if (state.contact && !p.contacts.some((c) => c.id === state.contact)) state.contact = null;
      if (!state.contact && p.contacts.length > 0) state.contact = p.contacts[p.contacts.length - 1].id;
      options(
        sectorSel,
        p.sectors.map((s) => ({ id: s.id, text: s.name || s.id })),
        sector,
        t('studio:map.newSector'),
      );
      options(
        contactSel,
        p.contacts.map((c) => ({ id: c.id, text: c.label ? `${c.id} (${c.label})` : c.id })),
        state.contact,
        t('studio:map.noContact'),
      );
      canvas.canvas.dataset.cols = String(model.cols);
      canvas.canvas.dataset.rows = String(model.rows);
      redraw();
    },
  };
}
