/** The studio's map: a plain 2D canvas that draws the scenario and turns pointer and keys into edits. */
import { t } from '../../i18n';
import { cellName } from '../../scenario/grid';
import type { Cell } from '../../scenario/model';
import type { TerrainCode } from '../../scenario/vocab';
import { css, PERIMETER_COLOUR, POST_COLOUR, SECTOR_COLOUR, TERRAIN_COLOUR } from '../../store/mapStyle';
import { el } from './dom';
import type { MapModel } from './mapModel';

/** What the pointer does on the map. */
export type Tool = 'paint' | 'post' | 'team' | 'sector' | 'perimeter' | 'path';

/** A problem with a place on the map. */
export interface MapMark {
  cell: Cell;
  severity: 'error' | 'warning';
  message: string;
}

/** Everything the map draws besides the scenario. */
export interface MapView {
  model: MapModel;
  tool: Tool;
  code: TerrainCode;
  contact: string | null;
  sector: string | null;
  tMs: number;
  /** Where each contact is at tMs (cell units). */
  positions: { id: string; x: number; y: number }[];
  /** The observation range in cells for a small unlit contact in the open, or null when unknown. */
  range: number | null;
  marks: MapMark[];
}

/** What the map asks the studio to do. */
export interface MapActions {
  paint(cells: Cell[]): void;
  movePost(cell: Cell): void;
  moveTeam(id: string, cell: Cell): void;
  addTeam(cell: Cell): void;
  rect(tool: 'sector' | 'perimeter', from: Cell, to: Cell): void;
  addWaypoint(cell: Cell): void;
  moveWaypoint(index: number, cell: Cell): void;
}

/** The mounted map. */
export interface MapCanvas {
  canvas: HTMLCanvasElement;
  draw(view: MapView): void;
}

const MARGIN = 18;
const TRUTH_COLOUR: Record<string, string> = {
  bird: '#cfd8dc',
  authorized: '#9be39b',
  hobbyist: '#ffd27a',
  suspicious: '#ff8a8a',
  hazard: '#ff8a8a',
  routine: '#cfd8dc',
  operator: '#ff8a8a',
};

type Drag =
  | { kind: 'paint'; cells: Map<string, Cell> }
  | { kind: 'rect'; tool: 'sector' | 'perimeter'; from: Cell; to: Cell }
  | { kind: 'post'; to: Cell }
  | { kind: 'team'; id: string; to: Cell }
  | { kind: 'waypoint'; index: number; to: Cell }
  | { kind: 'add'; to: Cell };

const same = (a: Cell | null, b: Cell | null) => !!a && !!b && a.c === b.c && a.r === b.r;

/** Mounts the map canvas in `parent`. */
export function mountMapCanvas(parent: HTMLElement, actions: MapActions): MapCanvas {
  const canvas = el('canvas', {
    tabindex: 0,
    role: 'application',
    'aria-label': t('studio:map.canvas'),
    class: 'studio-map',
  });
  const readout = el('p', { class: 'studio-map-readout', 'aria-live': 'polite' });
  parent.append(canvas, readout);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  let view: MapView | null = null;
  let drag: Drag | null = null;
  let cursor: Cell = { c: 0, r: 0 };
  let size = 20;

  const cellAt = (e: PointerEvent): Cell | null => {
    if (!view) return null;
    const box = canvas.getBoundingClientRect();
    const c = Math.floor((e.clientX - box.left - MARGIN) / size);
    const r = Math.floor((e.clientY - box.top - MARGIN) / size);
    return c >= 0 && r >= 0 && c < view.model.cols && r < view.model.rows ? { c, r } : null;
  };

  const start = (cell: Cell): Drag | null => {
    if (!view) return null;
    const m = view.model;
    if (view.tool === 'paint') return { kind: 'paint', cells: new Map([[cellName(cell), cell]]) };
    if (view.tool === 'sector' || view.tool === 'perimeter')
      return { kind: 'rect', tool: view.tool, from: cell, to: cell };
    if (view.tool === 'post') return { kind: 'post', to: cell };
    if (view.tool === 'team') {
      const t = m.team.find((x) => same(x.cell, cell));
      return t ? { kind: 'team', id: t.id, to: cell } : { kind: 'add', to: cell };
    }
    const contact = m.contacts.find((c) => c.id === view?.contact);
    const index = contact ? contact.path.findIndex((w) => same(w.cell, cell)) : -1;
    return index >= 0 ? { kind: 'waypoint', index, to: cell } : { kind: 'add', to: cell };
  };

  const move = (cell: Cell) => {
    if (!drag) return;
    if (drag.kind === 'paint') drag.cells.set(cellName(cell), cell);
    else drag.to = cell;
  };

  const finish = () => {
    const d = drag;
    drag = null;
    if (!d || !view) return;
    if (d.kind === 'paint') actions.paint([...d.cells.values()]);
    else if (d.kind === 'rect') actions.rect(d.tool, d.from, d.to);
    else if (d.kind === 'post') actions.movePost(d.to);
    else if (d.kind === 'team') actions.moveTeam(d.id, d.to);
    else if (d.kind === 'waypoint') actions.moveWaypoint(d.index, d.to);
    else if (view.tool === 'team') actions.addTeam(d.to);
    else actions.addWaypoint(d.to);
  };

  canvas.addEventListener('pointerdown', (e) => {
    const cell = cellAt(e);
    if (!cell) return;
    canvas.setPointerCapture(e.pointerId);
    cursor = cell;
    drag = start(cell);
    redraw();
  });
  canvas.addEventListener('pointermove', (e) => {
    const cell = cellAt(e);
    if (!cell) return;
    if (drag) move(cell);
    cursor = cell;
    redraw();
  });
  canvas.addEventListener('pointerup', () => finish());
  canvas.addEventListener('pointercancel', () => {
    drag = null;
    redraw();
  });

  const STEPS: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  canvas.addEventListener('keydown', (e) => {
    if (!view) return;
    const step = STEPS[e.key];
    if (step) {
      e.preventDefault();
      cursor = {
        c: Math.max(0, Math.min(view.model.cols - 1, cursor.c + step[0])),
        r: Math.max(0, Math.min(view.model.rows - 1, cursor.r + step[1])),
      };
      move(cursor);
      redraw();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (drag) finish();
      else {
        drag = start(cursor);
        if (drag?.kind !== 'rect' && drag?.kind !== 'team' && drag?.kind !== 'waypoint') finish();
      }
      redraw();
    } else if (e.key === 'Escape' && drag) {
      drag = null;
      redraw();
    }
  });

  new ResizeObserver(() => redraw()).observe(parent);

  function redraw(): void {
    if (!view) return;
    const m = view.model;
    const w = Math.max(100, parent.clientWidth);
    const hAvail = Math.max(100, parent.clientHeight - 24);
    size = Math.max(8, Math.floor(Math.min((w - MARGIN - 4) / m.cols, (hAvail - MARGIN - 4) / m.rows)));
    const cw = MARGIN + size * m.cols + 4;
    const ch = MARGIN + size * m.rows + 4;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(cw * dpr);
    canvas.height = Math.round(ch * dpr);
    canvas.style.width = `${cw}px`;
    canvas.style.height = `${ch}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintMap(ctx, view, size, drag);
    if (document.activeElement === canvas || drag) {
      ctx.strokeStyle = '#ffd27a';
      ctx.lineWidth = 2;
      ctx.strokeRect(MARGIN + cursor.c * size + 1, MARGIN + cursor.r * size + 1, size - 2, size - 2);
    }
    readout.textContent = describeCell(view, cursor);
    canvas.dataset.cellSize = String(size);
    canvas.dataset.margin = String(MARGIN);
    canvas.dataset.marks = [...new Set(view.marks.map((m) => cellName(m.cell)))].join(' ');
  }
  canvas.addEventListener('focus', redraw);
  canvas.addEventListener('blur', redraw);

  return {
    canvas,
    draw(next) {
      view = next;
      redraw();
    },
  };
}

/** One line about a cell: its name, terrain, and what stands or is wrong there. */
function describeCell(view: MapView, cell: Cell): string {
  const m = view.model;
  const parts = [`${cellName(cell)}: ${terrainWord(m.terrain[cell.r]?.[cell.c] ?? '.')}`];
  if (same(m.post.cell, cell)) parts.push(t('studio:map.cellPost', { name: m.post.name }));
  for (const member of m.team) if (same(member.cell, cell)) parts.push(t('studio:map.cellTeam', { name: member.name }));
  for (const mark of view.marks) {
    if (!same(mark.cell, cell)) continue;
    const message = mark.message;
    parts.push(
      mark.severity === 'error' ? t('studio:map.cellError', { message }) : t('studio:map.cellWarning', { message }),
    );
  }
  return parts.join(' · ');
}

/** Each terrain code's plain word in the studio. */
const TERRAIN_WORD: Record<TerrainCode, () => string> = {
  '.': () => t('studio:terrain.open'),
  '=': () => t('studio:terrain.road'),
  '~': () => t('studio:terrain.water'),
  '#': () => t('studio:terrain.structure'),
  '*': () => t('studio:terrain.vegetation'),
  '^': () => t('studio:terrain.high'),
  '-': () => t('studio:terrain.border'),
};

/** The plain word for a terrain code. */
export function terrainWord(code: string): string {
  return code in TERRAIN_WORD ? TERRAIN_WORD[code as TerrainCode]() : t('studio:terrain.unknown', { code });
}

function rectCells(a: Cell, b: Cell): Cell[] {
  const out: Cell[] = [];
  for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++)
    for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) out.push({ c, r });
  return out;
}

function outline(ctx: CanvasRenderingContext2D, cells: Cell[], size: number): void {
  const set = new Set(cells.map((c) => `${c.c},${c.r}`));
  const has = (c: number, r: number) => set.has(`${c},${r}`);
  ctx.beginPath();
  for (const { c, r } of cells) {
    const x = MARGIN + c * size;
    const y = MARGIN + r * size;
    const edge = (x1: number, y1: number, x2: number, y2: number) => {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    };
    if (!has(c, r - 1)) edge(x, y, x + size, y);
    if (!has(c, r + 1)) edge(x, y + size, x + size, y + size);
    if (!has(c - 1, r)) edge(x, y, x, y + size);
    if (!has(c + 1, r)) edge(x + size, y, x + size, y + size);
  }
  ctx.stroke();
}

const centre = (v: number, size: number) => MARGIN + v * size + size / 2;

function paintTerrain(ctx: CanvasRenderingContext2D, view: MapView, size: number, drag: Drag | null): void {
  const m = view.model;
  ctx.fillStyle = '#0e1318';
  ctx.fillRect(0, 0, MARGIN + size * m.cols + 4, MARGIN + size * m.rows + 4);
  for (let r = 0; r < m.rows; r++) {
    for (let c = 0; c < m.cols; c++) {
      const pending = drag?.kind === 'paint' && drag.cells.has(cellName({ c, r }));
      const code = pending ? view.code : (m.terrain[r]?.[c] ?? '');
      ctx.fillStyle = code in TERRAIN_COLOUR ? css(TERRAIN_COLOUR[code as TerrainCode]) : '#000';
      ctx.fillRect(MARGIN + c * size, MARGIN + r * size, size - 1, size - 1);
    }
  }
  ctx.fillStyle = '#a7b3c0';
  ctx.font = `${Math.min(12, size * 0.6)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let c = 0; c < m.cols; c++) ctx.fillText(String.fromCharCode(65 + c), centre(c, size), MARGIN / 2);
  for (let r = 0; r < m.rows; r++) ctx.fillText(String(r + 1), MARGIN / 2, centre(r, size));
}

function paintAreas(ctx: CanvasRenderingContext2D, view: MapView, size: number, drag: Drag | null): void {
  const m = view.model;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = css(SECTOR_COLOUR);
  ctx.fillStyle = css(SECTOR_COLOUR);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  for (const s of m.sectors) {
    const cells =
      drag?.kind === 'rect' && drag.tool === 'sector' && s.id === view.sector ? rectCells(drag.from, drag.to) : s.cells;
    ctx.lineWidth = s.id === view.sector ? 2.5 : 1.5;
    outline(ctx, cells, size);
    if (cells[0]) ctx.fillText(s.name, MARGIN + cells[0].c * size + 3, MARGIN + cells[0].r * size + 3);
  }
  if (drag?.kind === 'rect' && drag.tool === 'sector' && !m.sectors.some((s) => s.id === view.sector)) {
    outline(ctx, rectCells(drag.from, drag.to), size);
  }
  ctx.setLineDash([]);
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = css(PERIMETER_COLOUR);
  const perimeter = drag?.kind === 'rect' && drag.tool === 'perimeter' ? rectCells(drag.from, drag.to) : m.perimeter;
  outline(ctx, perimeter, size);
}

function paintPeople(ctx: CanvasRenderingContext2D, view: MapView, size: number, drag: Drag | null): void {
  const m = view.model;
  const post = drag?.kind === 'post' ? drag.to : m.post.cell;
  if (post && view.range !== null) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(MARGIN, MARGIN, size * m.cols, size * m.rows);
    ctx.clip();
    ctx.strokeStyle = 'rgba(127, 211, 255, 0.8)';
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(centre(post.c, size), centre(post.r, size), view.range * size, 0, Math.PI * 2);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.restore();
  }
  ctx.font = `bold ${Math.min(12, size * 0.55)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const t of m.team) {
    const cell = drag?.kind === 'team' && drag.id === t.id ? drag.to : t.cell;
    if (!cell) continue;
    ctx.fillStyle = '#0b0f14';
    ctx.strokeStyle = css(POST_COLOUR);
    ctx.lineWidth = 2;
    const s = size * 0.6;
    ctx.fillRect(centre(cell.c, size) - s / 2, centre(cell.r, size) - s / 2, s, s);
    ctx.strokeRect(centre(cell.c, size) - s / 2, centre(cell.r, size) - s / 2, s, s);
    ctx.fillStyle = css(POST_COLOUR);
    ctx.fillText('T', centre(cell.c, size), centre(cell.r, size));
  }
  if (post) {
    ctx.fillStyle = css(POST_COLOUR);
    ctx.beginPath();
    ctx.arc(centre(post.c, size), centre(post.r, size), size * 0.38, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#0b0f14';
    ctx.fillText('P', centre(post.c, size), centre(post.r, size));
  }
}

function paintContacts(ctx: CanvasRenderingContext2D, view: MapView, size: number, drag: Drag | null): void {
  ctx.font = `${Math.min(11, size * 0.5)}px system-ui, sans-serif`;
  for (const c of view.model.contacts) {
    const selected = c.id === view.contact;
    const colour = TRUTH_COLOUR[c.truth] ?? '#ffffff';
    const cells = c.path.map((w, i) => (selected && drag?.kind === 'waypoint' && drag.index === i ? drag.to : w.cell));
    ctx.strokeStyle = colour;
    ctx.globalAlpha = selected ? 1 : 0.45;
    ctx.lineWidth = selected ? 2 : 1;
    ctx.beginPath();
    cells.forEach((w, i) => {
      if (i === 0) ctx.moveTo(centre(w.c, size), centre(w.r, size));
      else ctx.lineTo(centre(w.c, size), centre(w.r, size));
    });
    ctx.stroke();
    ctx.fillStyle = colour;
    cells.forEach((w, i) => {
      ctx.beginPath();
      ctx.arc(centre(w.c, size), centre(w.r, size), selected ? 4 : 2.5, 0, Math.PI * 2);
      ctx.fill();
      if (selected) {
        ctx.textAlign = 'left';
        ctx.fillText(String(i + 1), centre(w.c, size) + 5, centre(w.r, size) - 7);
      }
    });
    ctx.globalAlpha = 1;
  }
  ctx.textAlign = 'center';
  for (const p of view.positions) {
    const c = view.model.contacts.find((x) => x.id === p.id);
    ctx.fillStyle = TRUTH_COLOUR[c?.truth ?? ''] ?? '#fff';
    ctx.strokeStyle = '#0b0f14';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(centre(p.x, size), centre(p.y, size) - size * 0.35);
    ctx.lineTo(centre(p.x, size) + size * 0.3, centre(p.y, size) + size * 0.25);
    ctx.lineTo(centre(p.x, size) - size * 0.3, centre(p.y, size) + size * 0.25);
    ctx.closePath();
    ctx.stroke();
    ctx.fill();
    ctx.fillStyle = '#e6ebf0';
    ctx.fillText(p.id, centre(p.x, size), centre(p.y, size) + size * 0.55);
  }
}

function paintMarks(ctx: CanvasRenderingContext2D, view: MapView, size: number): void {
  for (const mark of view.marks) {
    const x = MARGIN + mark.cell.c * size;
    const y = MARGIN + mark.cell.r * size;
    ctx.strokeStyle = mark.severity === 'error' ? '#ff8a8a' : '#ffd27a';
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 2, y + 2, size - 5, size - 5);
    ctx.fillStyle = ctx.strokeStyle;
    ctx.beginPath();
    ctx.moveTo(x + size - 2, y + 2);
    ctx.lineTo(x + size - 2, y + size * 0.4);
    ctx.lineTo(x + size * 0.6, y + 2);
    ctx.fill();
  }
}

/** Draws the whole map for a view (and the drag under way). */
function paintMap(ctx: CanvasRenderingContext2D, view: MapView, size: number, drag: Drag | null): void {
  paintTerrain(ctx, view, size, drag);
  paintAreas(ctx, view, size, drag);
  paintContacts(ctx, view, size, drag);
  paintPeople(ctx, view, size, drag);
  paintMarks(ctx, view, size);
}
